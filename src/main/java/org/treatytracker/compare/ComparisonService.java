package org.treatytracker.compare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.treatytracker.api.ProblemException;
import org.treatytracker.compare.ComparisonDto.Status;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.provision.BracketService;
import org.treatytracker.provision.DraftRow;
import org.treatytracker.provision.ProvisionService;
import org.treatytracker.provision.ProvisionVersion;
import org.treatytracker.provision.ProvisionVersionRepository;
import org.treatytracker.provision.ReadingDraft;
import org.treatytracker.text.Alternative;
import org.treatytracker.text.BracketChanges;
import org.treatytracker.text.BracketChangesCache;
import org.treatytracker.text.BracketParser;
import org.treatytracker.text.BracketSet;
import org.treatytracker.text.ParsedDraft;
import org.treatytracker.text.StatusVocabulary;
import org.treatytracker.text.WordDiff;
import org.treatytracker.text.WordDiffs;

/** Compares two readings provision by provision, and follows one provision through all readings. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComparisonService {

    @Inject
    NegotiationService negotiations;

    @Inject
    ProvisionService provisions;

    @Inject
    ProvisionVersionRepository versions;

    /**
     * Provision by provision; with {@code paragraphs}, the paragraphs and subparagraphs that are slices of an
     * article's text are listed too, each after its article, but counted in the totals only through it.
     */
    public ComparisonDto.Comparison compare(String slug, long fromId, long toId, boolean withDiffs, boolean paragraphs) {
        Negotiation negotiation = negotiations.get(slug);
        Reading from = readingOf(negotiation, fromId, "from");
        Reading to = readingOf(negotiation, toId, "to");
        ReadingDraft fromDraft = versions.draftOf(from.getId());
        ReadingDraft toDraft = versions.draftOf(to.getId());
        Map<Long, DraftRow> before = byProvision(fromDraft, paragraphs);
        Map<Long, DraftRow> after = byProvision(toDraft, paragraphs);
        Set<String> fromLabels = from.getLinkLabels();
        Set<String> toLabels = to.getLinkLabels();
        StatusVocabulary vocabulary = negotiation.statusVocabulary();

        List<ComparisonDto.ProvisionChange> changes = new ArrayList<>();
        Map<String, Tally> chapters = new LinkedHashMap<>();
        Map<String, String> chapterTitles = new LinkedHashMap<>();
        Tally total = new Tally();
        List<DraftRow> order = new ArrayList<>(after.values());
        before.values().stream().filter(v -> !after.containsKey(v.provisionId())).forEach(order::add);
        for (DraftRow any : order) {
            DraftRow a = before.get(any.provisionId());
            DraftRow b = after.get(any.provisionId());
            ParsedDraft pa = a == null ? null : BracketService.parse(a.text(), fromLabels, vocabulary);
            ParsedDraft pb = b == null ? null : BracketService.parse(b.text(), toLabels, vocabulary);
            ComparisonDto.ProvisionChange change = change(a, b, pa, pb, withDiffs);
            changes.add(change);
            if ((b != null ? b : a).partOfParent()) {
                continue;
            }
            DraftRow chapter = b != null ? toDraft.chapterOf(b) : fromDraft.chapterOf(a);
            String key = chapter == null ? "" : chapter.eId();
            chapterTitles.putIfAbsent(key, chapter == null ? null : chapter.title());
            chapters.computeIfAbsent(key, k -> new Tally()).add(change, pa, pb);
            total.add(change, pa, pb);
        }
        List<ComparisonDto.ChapterTotals> chapterTotals = new ArrayList<>();
        chapters.forEach((eId, tally) -> chapterTotals.add(new ComparisonDto.ChapterTotals(eId.isEmpty() ? null : eId,
                chapterTitles.get(eId), tally.totals())));
        return new ComparisonDto.Comparison(from.getId(), to.getId(), total.totals(), chapterTotals, changes);
    }

    public List<ComparisonDto.HistoryEntry> history(long provisionId) {
        provisions.get(provisionId);
        List<ComparisonDto.HistoryEntry> entries = new ArrayList<>();
        DraftRow previous = null;
        ParsedDraft previousParsed = null;
        // Each version made a row and looked up in the parsed drafts once (a look-up hashes the whole text), then kept
        // as the next version's "before".
        for (ProvisionVersion version : versions.listOfProvision(provisionId)) {
            DraftRow row = DraftRow.of(version);
            ParsedDraft parsed = BracketService.parse(version);
            ComparisonDto.ProvisionChange change = previous == null ? null : change(previous, row, previousParsed, parsed, true);
            entries.add(new ComparisonDto.HistoryEntry(version.getReading().getId(), version.getReading().getSequenceNumber(),
                    side(row, parsed), change));
            previous = row;
            previousParsed = parsed;
        }
        return entries;
    }

    /**
     * One provision between its versions at any two readings (the earlier first, whichever order they are given in),
     * for the provision page's "compare any two readings"; 404 when it has no version at one of them.
     */
    public ComparisonDto.ProvisionChange between(long provisionId, long fromReadingId, long toReadingId) {
        provisions.get(provisionId);
        ProvisionVersion a = null;
        ProvisionVersion b = null;
        for (ProvisionVersion version : versions.listOfProvision(provisionId)) {
            if (version.getReading().getId() == fromReadingId) {
                a = version;
            }
            if (version.getReading().getId() == toReadingId) {
                b = version;
            }
        }
        if (a == null || b == null) {
            throw ProblemException.notFound("version of provision " + provisionId + " at reading", a == null ? fromReadingId : toReadingId);
        }
        if (a.getReading().getSequenceNumber() > b.getReading().getSequenceNumber()) {
            ProvisionVersion swap = a;
            a = b;
            b = swap;
        }
        return change(DraftRow.of(a), DraftRow.of(b), BracketService.parse(a), BracketService.parse(b), true);
    }

    /** One provision between two versions, either of which may be missing (added, removed). */
    private ComparisonDto.ProvisionChange change(DraftRow a, DraftRow b, ParsedDraft pa, ParsedDraft pb, boolean withDiffs) {
        DraftRow provision = a == null ? b : a;
        if (a == null || b == null) {
            Status status = a == null ? Status.ADDED : Status.REMOVED;
            ParsedDraft only = a == null ? pb : pa;
            List<ComparisonDto.SetChange> sets = only.sets().stream().map(s -> setChange(only, s, null, null)).toList();
            ComparisonDto.Brackets brackets = a == null
                    ? new ComparisonDto.Brackets(0, only.sets().size(), sets, List.of(), List.of(), List.of())
                    : new ComparisonDto.Brackets(only.sets().size(), 0, List.of(), List.of(), sets, List.of());
            return new ComparisonDto.ProvisionChange(provision.provisionId(), provision.provisionWId(), provision.kind(), status,
                    false, false, false, a == null ? null : side(a, pa), b == null ? null : side(b, pb), 0, null, brackets, null);
        }
        boolean renumbered = !Objects.equals(a.number(), b.number()) || !a.eId().equals(b.eId());
        boolean moved = !Objects.equals(a.parentProvisionId(), b.parentProvisionId());
        boolean changed = !Objects.equals(a.text(), b.text()) || !Objects.equals(a.title(), b.title())
                || a.headingBracketed() != b.headingBracketed();
        Status status = renumbered ? Status.RENUMBERED : moved ? Status.MOVED : changed ? Status.CHANGED : Status.UNCHANGED;
        // Diffed once per pair of texts (WordDiffs): the history and every comparison ask for the same pairs again.
        String before = changed ? text(a) : null;
        String after = changed ? text(b) : null;
        WordDiffs.Diff diff = changed ? WordDiffs.shared().diff(before, after) : NO_CHANGE;
        // The runs a reader follows: sentences replaced whole unless few of their words changed; the count stays by word.
        List<WordDiff.Edit> runs = withDiffs && changed ? WordDiffs.shared().readable(before, after) : List.of();
        BracketChanges.Result bc = BracketChangesCache.shared().between(pa, pb); // kept alike, per pair of drafts
        ComparisonDto.Brackets brackets = new ComparisonDto.Brackets(pa.sets().size(), pb.sets().size(),
                bc.opened().stream().map(s -> setChange(pb, s, null, null)).toList(),
                bc.resolved().stream().map(r -> setChange(pa, r.set(), r.alternative(), r.text())).toList(),
                bc.dropped().stream().map(s -> setChange(pa, s, null, null)).toList(),
                bc.amended().stream().map(m -> new ComparisonDto.Amendment(setChange(pa, m.before(), null, null),
                        setChange(pb, m.after(), null, null))).toList());
        return new ComparisonDto.ProvisionChange(provision.provisionId(), provision.provisionWId(), provision.kind(), status,
                renumbered, moved, changed, side(a, pa), side(b, pb), diff.changedWords(),
                withDiffs && changed ? runs.stream().map(e -> new ComparisonDto.Run(e.op(), e.text())).toList() : null, brackets,
                headingChange(a.title(), b.title()));
    }

    /**
     * A heading written as a set of alternatives ({@code [Further guidance] [Additional information]}): which one
     * the later heading kept, by its text; null when the earlier heading is no such set.
     */
    static ComparisonDto.HeadingChange headingChange(String before, String after) {
        if (before == null || !before.strip().startsWith("[")) {
            return null;
        }
        ParsedDraft heading = BracketParser.parse(before.strip(), BracketParser.Mode.TOLERANT);
        if (heading.sets().size() != 1 || heading.sets().get(0).alternatives().size() < 2
                || !heading.renderChoosing(Map.of(0, ParsedDraft.DROP)).isBlank()) {
            return null;
        }
        List<String> alternatives = heading.sets().get(0).alternatives().stream().map(heading::resolvedText).toList();
        String kept = after == null ? null : after.strip();
        int resolved = kept == null ? -1 : alternatives.indexOf(kept);
        return new ComparisonDto.HeadingChange(alternatives, resolved < 0 ? null : resolved, kept);
    }

    private static final WordDiffs.Diff NO_CHANGE = new WordDiffs.Diff(List.of(), 0);

    private static String text(DraftRow v) {
        return (v.title() == null ? "" : v.title() + "\n") + (v.text() == null ? "" : v.text());
    }

    private static ComparisonDto.SetChange setChange(ParsedDraft draft, BracketSet set, Integer resolvedTo, String resolvedText) {
        List<String> alternatives = new ArrayList<>();
        for (Alternative alternative : set.alternatives()) {
            alternatives.add(draft.text(alternative));
        }
        return new ComparisonDto.SetChange(set.index(), alternatives, resolvedTo, resolvedText);
    }

    private static ComparisonDto.Side side(DraftRow v, ParsedDraft parsed) {
        return new ComparisonDto.Side(v.id(), v.eId(), v.number(), v.title(), v.parentEId(), parsed.status(), v.headingBracketed());
    }

    private static Map<Long, DraftRow> byProvision(ReadingDraft draft, boolean withParts) {
        Map<Long, DraftRow> map = new LinkedHashMap<>();
        draft.rows().stream().filter(v -> withParts || !v.partOfParent()).forEach(v -> map.put(v.provisionId(), v));
        return map;
    }

    private Reading readingOf(Negotiation negotiation, long id, String field) {
        Reading reading = negotiations.getReading(id);
        if (!reading.getNegotiation().getId().equals(negotiation.getId())) {
            throw ProblemException.badRequest(field, "reading " + id + " belongs to another negotiation");
        }
        return reading;
    }

    /** Running totals of a comparison. */
    private static final class Tally {
        int added;
        int removed;
        int renumbered;
        int moved;
        int changed;
        int unchanged;
        int setsBefore;
        int setsAfter;
        int alternativesBefore;
        int alternativesAfter;
        int optionsBefore;
        int optionsAfter;
        int opened;
        int resolved;
        int dropped;
        int amended;

        void add(ComparisonDto.ProvisionChange change, ParsedDraft before, ParsedDraft after) {
            switch (change.status()) {
                case ADDED -> added++;
                case REMOVED -> removed++;
                case RENUMBERED -> renumbered++;
                case MOVED -> moved++;
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
            }
            if (before != null) {
                setsBefore += before.sets().size();
                alternativesBefore += before.alternativeCount();
                optionsBefore += before.optionCount();
            }
            if (after != null) {
                setsAfter += after.sets().size();
                alternativesAfter += after.alternativeCount();
                optionsAfter += after.optionCount();
            }
            opened += change.brackets().opened().size();
            resolved += change.brackets().resolved().size();
            dropped += change.brackets().dropped().size();
            amended += change.brackets().amended().size();
        }

        ComparisonDto.Totals totals() {
            return new ComparisonDto.Totals(added, removed, renumbered, moved, changed, unchanged, setsBefore, setsAfter,
                    alternativesBefore, alternativesAfter, optionsBefore, optionsAfter, opened, resolved, dropped, amended);
        }
    }
}
