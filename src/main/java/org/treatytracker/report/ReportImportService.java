package org.treatytracker.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.treatytracker.draftfile.ImportGuard;
import org.treatytracker.api.BudgetExceededException;
import org.treatytracker.draftfile.Deadline;
import org.treatytracker.api.ProblemException;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.position.Stance;
import org.treatytracker.provision.BracketService;
import org.treatytracker.provision.Provision;
import org.treatytracker.provision.ProvisionService;
import org.treatytracker.provision.ProvisionVersion;
import org.treatytracker.source.Paragraph;
import org.treatytracker.source.SourceDocument;
import org.treatytracker.source.SourceDto;
import org.treatytracker.source.SourceKind;
import org.treatytracker.source.SourceService;
import org.treatytracker.stakeholder.Stakeholder;
import org.treatytracker.stakeholder.StakeholderNames;
import org.treatytracker.stakeholder.StakeholderService;
import org.treatytracker.text.DocumentText;
import org.treatytracker.text.ParsedDraft;
import org.treatytracker.report.reading.ReportReader;
import org.treatytracker.report.reading.MentionFinder;
import org.treatytracker.report.reading.SpeakerFinder;
import org.treatytracker.report.reading.StatementDetector;
import org.treatytracker.report.reading.AlternativeLinker;

/**
 * Reads a report into the tracker: stores it with its numbered paragraphs and agenda items, records every
 * mention of a provision of the reading it discusses, and suggests the positions its sentences record (which
 * {@link SuggestionReviewService} puts before a person). All or nothing; the same text twice changes nothing.
 */
@ApplicationScoped
@Transactional
public class ReportImportService {

    @Inject
    NegotiationService negotiations;

    @Inject
    SourceService sources;

    @Inject
    ProvisionService provisions;

    @Inject
    MentionRepository mentions;

    @Inject
    SuggestionRepository suggestions;

    @Inject
    StakeholderService stakeholders;

    @Inject
    ImportGuard guard;

    /**
     * Imports a report within its budgets: larger reports are refused with 413 (a Chair's report is some tens of
     * kilobytes), and one that takes longer than max-time with 422. The report is read before the transaction
     * begins, so that no connection is held meanwhile; the transaction, whose timeout is longer than the time
     * budget, is rolled back by this thread when the deadline passes, never by the transaction manager's.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ReportDto.Imported ingest(String slug, String sent, Long readingId, SourceKind kind, String url, Deadline deadline) {
        String text = DocumentText.clean(sent);
        int max = guard.maxReportCharacters();
        if (text.length() > max) {
            throw new BudgetExceededException(413, "treaty.imports.max-report-characters", max + " characters", "a report may hold at most "
                    + max + " characters (the budget treaty.imports.max-report-characters); this one has " + text.length());
        }
        ReportReader.Report report = ReportReader.read(text);
        deadline.check();
        return QuarkusTransaction.requiringNew().timeout(guard.transactionTimeoutSeconds())
                .call(() -> store(slug, text, readingId, kind, url, report, deadline));
    }

    private ReportDto.Imported store(String slug, String text, Long readingId, SourceKind kind, String url,
                                     ReportReader.Report report, Deadline deadline) {
        Negotiation negotiation = negotiations.get(slug);
        Optional<SourceDocument> existing = sources.findByText(negotiation, text);
        if (existing.isPresent()) {
            SourceDocument source = existing.get();
            SourceService.ParagraphCounts counts = sources.countParagraphs(source);
            return new ReportDto.Imported(true, SourceDto.View.of(source, false), source.getReading() == null ? 0 : source.getReading().getId(),
                    counts.paragraphs(), counts.withAgendaItem(), (int) mentions.count("paragraph.sourceDocument", source),
                    (int) suggestions.count("paragraph.sourceDocument", source));
        }
        if (report.paragraphs().isEmpty()) {
            throw ProblemException.unprocessable("text", "no paragraphs found (numbered lines such as '1. The present report…', or "
                    + "paragraphs separated by blank lines); nothing was stored");
        }
        Reading reading = readingDiscussed(negotiation, report, readingId);
        List<SourceDto.ParagraphContent> contents = report.paragraphs().stream()
                .map(p -> new SourceDto.ParagraphContent(p.number(), p.agendaItem(), p.agendaItemTitle(), p.text())).toList();
        String title = report.title() == null ? "Untitled report" : report.title();
        SourceService.Stored stored = sources.createNew(reading, new SourceDto.Create(kind == null ? SourceKind.CHAIRS_REPORT : kind,
                report.symbol(), title.length() > 1000 ? title.substring(0, 1000) : title, url != null ? url : report.url(), report.date(), reading.getId(), text, contents));

        deadline.check();
        // In number order, as a source's paragraphs are read back elsewhere.
        List<Paragraph> inOrder = stored.paragraphs().stream().sorted(Comparator.comparingInt(Paragraph::getNumber)).toList();
        Findings found = analyse(inOrder, reading, true, deadline);
        int withAgenda = (int) report.paragraphs().stream().filter(p -> p.agendaItem() != null).count();
        return new ReportDto.Imported(false, SourceDto.View.of(stored.source(), false), reading.getId(), report.paragraphs().size(), withAgenda,
                found.mentions(), found.suggestions());
    }

    /** How many mentions and suggestions an analysis recorded. */
    public record Findings(int mentions, int suggestions) {
    }

    /**
     * Records the mentions of provisions of the reading in every paragraph of a stored source (the seed's report,
     * whose positions are curated rather than suggested). Answers how many.
     */
    public int recordMentions(SourceDocument source, Reading reading) {
        return analyse(sources.paragraphsOf(source), reading, false, Deadline.of(Duration.ofDays(1))).mentions();
    }

    /**
     * Records the mentions of provisions of the reading in the paragraphs (in number order) and, when asked, the
     * positions suggested from them.
     */
    private Findings analyse(List<Paragraph> paragraphs, Reading reading, boolean suggest, Deadline deadline) {
        List<ProvisionVersion> draft = provisions.draftOf(reading.getId());
        Map<String, ProvisionVersion> byEId = new HashMap<>();
        draft.forEach(v -> byEId.put(v.getEId(), v));
        // A quotation names the whole provision it is found in: a paragraph that is a slice of its article's text is
        // named by number ("article 4, paragraph 2"), so its text is not offered to the quotation search twice.
        MentionFinder finder = new MentionFinder(draft.stream().map(v -> new MentionFinder.Target(v.getEId(),
                v.getProvision().getKind().name(), v.getNumber(), v.getTitle(), v.isPartOfParent() ? null : v.getText())).toList());
        int mentionCount = 0;
        int suggestionCount = 0;
        StakeholderNames.Index<Long> register = suggest ? stakeholders.names() : new StakeholderNames.Index<>();
        SpeakerFinder speakers = new SpeakerFinder(name -> register.find(name).isPresent());
        Map<Long, ParsedDraft> parsed = new HashMap<>();
        for (Paragraph paragraph : paragraphs) {
            deadline.check();
            List<MentionFinder.Found> found = finder.find(paragraph.getText());
            for (MentionFinder.Found f : found) {
                mentions.persist(new Mention(paragraph, byEId.get(f.eId()), f.kind(), f.start(), f.end()));
                mentionCount++;
            }
            if (!suggest) {
                continue;
            }
            // The agenda item's chapter is the fallback target, not a provision the sentence is about.
            List<StatementDetector.Mention> named = found.stream()
                    .filter(f -> f.kind() != MentionFinder.Kind.AGENDA_ITEM && f.kind() != MentionFinder.Kind.EXTERNAL_REFERENCE)
                    .map(f -> new StatementDetector.Mention(f.eId(), f.start(), f.end())).toList();
            for (StatementDetector.Statement s : StatementDetector.detect(paragraph.getText(), named,
                    agendaChapter(draft, paragraph.getAgendaItemTitle()), speakers)) {
                ProvisionVersion target = s.target() == null ? null : byEId.get(s.target());
                Optional<AlternativeLinker.Link> alternative = target == null ? Optional.empty()
                        : link(s, parsed.computeIfAbsent(target.getId(), id -> BracketService.parse(target)));
                Stance stance = alternative.isPresent() ? StatementDetector.towardsAlternative(s.stance(), s.clause()) : s.stance();
                Suggestion suggestion = new Suggestion(paragraph, reading, target, s.quantifier(), stance, s.quote());
                alternative.ifPresent(link -> suggestion.about(link.setIndex(), link.alternativeIndex()));
                if (s.speaker() != null) {
                    name(suggestion, s.speaker(), register);
                }
                if (s.among() != null) {
                    suggestion.countedAmong(register.find(s.among()).flatMap(stakeholders::find)
                            .filter(Stakeholder::isGroup).orElse(null), cut(s.among()));
                }
                suggestions.persist(suggestion);
                suggestionCount++;
            }
        }
        return new Findings(mentionCount, suggestionCount);
    }

    /** The alternative a statement is about; a proposal's only when it quotes or numbers one. */
    private static Optional<AlternativeLinker.Link> link(StatementDetector.Statement s, ParsedDraft draft) {
        return s.stance() == Stance.PROPOSE ? AlternativeLinker.linkNamed(s.clause(), draft) : AlternativeLinker.link(s.clause(), draft);
    }

    /**
     * Who the sentence names: the register's stakeholder for the name, or none (the name kept) when the register
     * does not know it; the group only when the register knows it as a group.
     */
    private void name(Suggestion suggestion, SpeakerFinder.Speaker speaker, StakeholderNames.Index<Long> register) {
        Stakeholder stakeholder = register.find(speaker.name()).flatMap(stakeholders::find).orElse(null);
        Stakeholder group = speaker.onBehalfOf() == null ? null
                : register.find(speaker.onBehalfOf()).flatMap(stakeholders::find).filter(Stakeholder::isGroup)
                        .orElse(null);
        suggestion.namedSpeaker(stakeholder, cut(speaker.name()), group,
                speaker.onBehalfOf() == null ? null : cut(speaker.onBehalfOf()), speaker.role());
    }

    private static String cut(String name) {
        return name.length() > 300 ? name.substring(0, 300) : name;
    }

    /** The mentions recorded in a source, in paragraph order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportDto.Span> mentionsOf(long sourceId) {
        SourceDocument source = sources.get(sourceId);
        return mentions.list("from Mention m left join fetch m.provisionVersion v join fetch m.paragraph pa where pa.sourceDocument = ?1"
                        + " order by pa.number, m.start, m.id", source).stream()
                .map(m -> new ReportDto.Span(m.getKind(), m.getProvisionVersion() == null ? null : m.getProvisionVersion().getId(),
                        m.getProvisionVersion() == null ? null : m.getProvisionVersion().getEId(),
                        m.getStart(), m.getEnd(), m.getText(), m.getParagraph().getNumber()))
                .toList();
    }

    /** Every paragraph of every report that mentions a provision (at any reading), with the spans. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportDto.ProvisionEvidence evidence(long provisionId) {
        Provision provision = provisions.get(provisionId);
        Map<Long, List<ReportDto.Span>> spans = new LinkedHashMap<>();
        Map<Long, Paragraph> byId = new LinkedHashMap<>();
        for (Mention m : mentions.listOfProvision(provisionId)) {
            byId.putIfAbsent(m.getParagraph().getId(), m.getParagraph());
            spans.computeIfAbsent(m.getParagraph().getId(), k -> new ArrayList<>()).add(new ReportDto.Span(m.getKind(),
                    m.getProvisionVersion().getId(), m.getProvisionVersion().getEId(), m.getStart(), m.getEnd(), m.getText(),
                    m.getParagraph().getNumber()));
        }
        List<ReportDto.Evidence> evidence = new ArrayList<>();
        byId.forEach((pid, paragraph) -> evidence.add(new ReportDto.Evidence(SourceDto.ParagraphView.of(paragraph),
                paragraph.getSourceDocument().getTitle(), spans.get(pid))));
        return new ReportDto.ProvisionEvidence(provision.getId(), provision.getKind(), evidence);
    }

    /** The reading asked for; else the one whose document symbol the report names; else the latest. */
    private Reading readingDiscussed(Negotiation negotiation, ReportReader.Report report, Long readingId) {
        if (readingId != null) {
            return negotiations.referencedReading(negotiation, readingId);
        }
        List<Reading> all = negotiations.readingsLatestFirst(negotiation);
        Set<String> named = new LinkedHashSet<>(report.symbols());
        return all.stream().filter(r -> r.getDocumentSymbol() != null && named.contains(r.getDocumentSymbol())).findFirst()
                .or(() -> all.stream().findFirst())
                .orElseThrow(() -> ProblemException.unprocessable("reading", "negotiation '" + negotiation.getSlug()
                        + "' has no reading for the report to discuss; create one first"));
    }

    /**
     * The chapter or section whose title is the agenda item's, or the innermost heading's of a report read by its
     * headings. Reports shorten and capitalise titles ("ADAPTATION, AND LOSS AND DAMAGE:", "TECHNOLOGY" for
     * "Technology development and transfer"): compared by their words, a title that begins or ends with the
     * heading's words fits too, when only one part of the draft fits.
     */
    private static String agendaChapter(List<ProvisionVersion> draft, String agendaTitle) {
        if (agendaTitle == null) {
            return null;
        }
        int cut = agendaTitle.lastIndexOf(ReportReader.HEADING_SEPARATOR);
        String innermost = cut < 0 ? agendaTitle : agendaTitle.substring(cut + ReportReader.HEADING_SEPARATOR.length());
        List<ProvisionVersion> parts = draft.stream().filter(v -> PARTS.contains(v.getProvision().getKind().name()) && v.getTitle() != null)
                .toList();
        for (String heading : List.of(words(agendaTitle), words(innermost))) {
            List<String> exact = parts.stream().filter(v -> words(v.getTitle()).equals(heading)).map(ProvisionVersion::getEId).toList();
            if (exact.size() == 1) {
                return exact.get(0);
            }
        }
        String heading = words(innermost);
        List<String> fitting = heading.isEmpty() ? List.of() : parts.stream().map(v -> Map.entry(v.getEId(), words(v.getTitle())))
                .filter(e -> e.getValue().startsWith(heading + " ") || e.getValue().endsWith(" " + heading))
                .map(Map.Entry::getKey).toList();
        return fitting.size() == 1 ? fitting.get(0) : null;
    }

    /** The parts of a draft a report's heading may name. */
    private static final Set<String> PARTS = Set.of("CHAPTER", "SECTION", "PART");

    /** Lower-case words, punctuation and "and" left out: "ADAPTATION, AND LOSS AND DAMAGE:" → "adaptation loss damage". */
    private static String words(String title) {
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !w.equals("and")).collect(Collectors.joining(" "));
    }
}
