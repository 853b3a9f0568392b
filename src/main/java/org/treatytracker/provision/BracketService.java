package org.treatytracker.provision;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.treatytracker.api.ProblemException;
import org.treatytracker.config.TreatyConfig;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.text.Alternative;
import org.treatytracker.text.BracketChangesCache;
import org.treatytracker.text.BracketParser;
import org.treatytracker.text.BracketSet;
import org.treatytracker.text.ParsedDraft;
import org.treatytracker.text.ParsedDrafts;
import org.treatytracker.text.QuoteMatcher;
import org.treatytracker.text.StatusVocabulary;
import org.treatytracker.text.WordDiffs;

/** The bracket sets of provision versions and readings: counts, renderings, totals and searches. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BracketService {

    /** How to render a provision's text. */
    public enum Render {
        AS_IS,
        FIRST_ALTERNATIVES,
        CHOSEN
    }

    @Inject
    ProvisionService provisions;

    @Inject
    ProvisionVersionRepository versions;

    @Inject
    NegotiationService negotiations;

    @Inject
    AlternativeBackers backers;

    /**
     * Sizes the caches of parsed texts, word diffs and bracket changes from {@code treaty.cache.parsed-max-bytes},
     * {@code diff-max-bytes} and {@code changes-max-bytes}.
     */
    void sizeTextCaches(@Observes StartupEvent event, TreatyConfig config) {
        ParsedDrafts.shared().resize(config.cache().parsedMaxBytes());
        WordDiffs.shared().resize(config.cache().diffMaxBytes());
        BracketChangesCache.shared().resize(config.cache().changesMaxBytes());
    }

    /**
     * Parses a version's text tolerantly, knowing the link labels of the document its reading came from and how its
     * negotiation marks status and notes.
     */
    public static ParsedDraft parse(ProvisionVersion version) {
        return parse(version.getText(), version.getReading().getLinkLabels(), version.getReading().getNegotiation().statusVocabulary());
    }

    /**
     * Parses a text tolerantly, knowing its reading's link labels and tag forms (for rows read without entities): once
     * per text, kept in {@link ParsedDrafts} for every later reader.
     */
    public static ParsedDraft parse(String text, Set<String> labels, StatusVocabulary vocabulary) {
        return ParsedDrafts.shared().parse(text, BracketParser.Mode.TOLERANT, labels, vocabulary);
    }

    public BracketDto.VersionView ofVersion(long versionId, Render render, String choose) {
        ProvisionVersion version = provisions.getVersion(versionId);
        ParsedDraft draft = parse(version);
        String text = switch (render == null ? Render.AS_IS : render) {
            case AS_IS -> draft.render();
            case FIRST_ALTERNATIVES -> draft.renderFirstAlternatives();
            case CHOSEN -> draft.renderChoosing(choices(choose, draft));
        };
        List<AlternativeBackers.Backing> backings = draft.sets().isEmpty() ? List.of() : backers.of(versionId);
        return new BracketDto.VersionView(version.getId(), version.getEId(), BracketDto.Counts.of(draft),
                draft.sets().stream().map(s -> BracketDto.SetView.of(draft, s, backings)).toList(), version.getText() == null ? null : text);
    }

    public BracketDto.ReadingTotals totals(long readingId) {
        Reading reading = negotiations.getReading(readingId);
        ReadingDraft draft = versions.draftOf(readingId);
        Set<String> labels = reading.getLinkLabels();
        StatusVocabulary vocabulary = reading.getNegotiation().statusVocabulary();
        Map<String, BracketDto.ChapterTotals> byChapter = new LinkedHashMap<>();
        BracketDto.Counts total = BracketDto.Counts.NONE;
        int articles = 0;
        Map<String, Integer> statuses = new TreeMap<>();
        for (DraftRow row : draft.rows()) {
            if (row.partOfParent()) {
                continue; // its brackets are counted in the article whose text it is a slice of
            }
            DraftRow chapter = draft.chapterOf(row);
            ParsedDraft parsed = parse(row.text(), labels, vocabulary);
            if (row.kind() == ProvisionKind.ARTICLE) {
                articles++;
                statuses.merge(parsed.status(), 1, Integer::sum);
            }
            BracketDto.Counts counts = BracketDto.Counts.of(parsed, row.headingBracketed());
            total = total.plus(counts);
            // Keyed by eId, unique within a reading ("" outside any chapter).
            byChapter.merge(chapter == null ? "" : chapter.eId(), new BracketDto.ChapterTotals(chapter == null ? null : chapter.eId(),
                            chapter == null ? null : chapter.title(), 1, counts),
                    (a, b) -> new BracketDto.ChapterTotals(a.eId(), a.title(), a.provisions() + 1, a.counts().plus(b.counts())));
        }
        return new BracketDto.ReadingTotals(readingId, total, List.copyOf(byChapter.values()), articles, statuses);
    }

    /** Every set of the reading with an alternative that contains the words (case and white space ignored). */
    public List<BracketDto.Match> search(long readingId, String contains) {
        Reading reading = negotiations.getReading(readingId);
        Set<String> labels = reading.getLinkLabels();
        StatusVocabulary vocabulary = reading.getNegotiation().statusVocabulary();
        String needle = contains == null ? "" : QuoteMatcher.normalise(contains).toLowerCase(Locale.ROOT);
        List<BracketDto.Match> found = new ArrayList<>();
        for (DraftRow row : versions.draftOf(readingId).rows()) {
            if (row.partOfParent()) {
                continue; // found in its article
            }
            ParsedDraft draft = parse(row.text(), labels, vocabulary);
            for (BracketSet set : draft.sets()) {
                for (Alternative alternative : set.alternatives()) {
                    if (QuoteMatcher.normalise(draft.text(alternative)).toLowerCase(Locale.ROOT).contains(needle)) {
                        found.add(new BracketDto.Match(row.id(), row.provisionId(), row.eId(), BracketDto.SetView.of(draft, set)));
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** "0:1,3:drop" → set 0 takes alternative 1, set 3 is dropped. */
    private static Map<Integer, Integer> choices(String choose, ParsedDraft draft) {
        Map<Integer, Integer> choices = new HashMap<>();
        if (choose == null || choose.isBlank()) {
            return choices;
        }
        for (String pair : choose.split(",")) {
            String[] parts = pair.trim().split(":");
            try {
                int set = Integer.parseInt(parts[0].trim());
                String alt = parts.length == 2 ? parts[1].trim() : "";
                int choice = alt.equalsIgnoreCase("drop") ? ParsedDraft.DROP : Integer.parseInt(alt);
                if (set < 0 || set >= draft.sets().size() || choice < ParsedDraft.DROP
                        || choice >= draft.sets().get(set).alternatives().size()) {
                    throw ProblemException.badRequest("choose", "no set " + set + " with alternative " + alt + " in this provision");
                }
                choices.put(set, choice);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw ProblemException.badRequest("choose", "write choices as set:alternative pairs, e.g. 0:1,3:drop");
            }
        }
        return choices;
    }
}
