package org.treatytracker.provision;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.treatytracker.draftfile.ImportGuard;
import org.treatytracker.api.ProblemException;
import org.treatytracker.draftfile.Deadline;
import org.treatytracker.draftfile.DraftFiles;
import org.treatytracker.draftfile.LayoutCleaner;
import org.treatytracker.draftfile.UnreadableDraftException;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.negotiation.ReadingRepository;
import org.treatytracker.text.BracketParser;
import org.treatytracker.text.BracketWarning;
import org.treatytracker.text.DocumentText;
import org.treatytracker.text.DraftOutline;
import org.treatytracker.text.ParsedDraft;
import org.treatytracker.text.ParsedDrafts;
import org.treatytracker.text.ProvisionMatcher;
import org.treatytracker.text.ProvisionParts;
import org.treatytracker.text.StatusVocabulary;
import org.treatytracker.text.Sha256;

/**
 * Imports a whole draft text into a reading, all or nothing: recognises its structure, matches each provision
 * to the previous reading's so that lineage survives renumbering, and keeps stray brackets as text with a
 * warning rather than failing, since official texts have them.
 */
@ApplicationScoped
public class DraftImportService {

    @Inject
    NegotiationService negotiations;

    @Inject
    ReadingRepository readings;

    @Inject
    ProvisionRepository provisions;

    @Inject
    ProvisionVersionRepository versions;

    @Inject
    ImportGuard guard;

    /**
     * Imports a draft file: text or Markdown (UTF-8), a PDF or a Word .docx, by its media type. A file that
     * cannot be read is a 422, not a 500; one that would cost more than the import's budgets is refused with
     * 413 or 422 ({@link org.treatytracker.api.BudgetExceededException}). The file is read and the draft
     * recognised before the transaction begins, so that no connection or lock is held meanwhile; the transaction
     * only writes, with the deadline checked as it goes.
     */
    public ImportReport importDraft(long readingId, String mediaType, byte[] body, Deadline deadline) {
        return importDraft(readingId, mediaType, body, false, deadline);
    }

    /**
     * As {@link #importDraft(long, String, byte[], Deadline)}; with {@code fromAnnexes}, the file is a report
     * whose annexes hold the draft: its body, up to the first annex heading, is left out (a 422 when it has none).
     */
    public ImportReport importDraft(long readingId, String mediaType, byte[] body, boolean fromAnnexes, Deadline deadline) {
        DraftFiles.Read read;
        try {
            read = DraftFiles.read(mediaType, body, guard.budget(), deadline);
        } catch (UnreadableDraftException unreadable) {
            throw ProblemException.unprocessable("body", unreadable.getMessage());
        }
        if (read.text().isBlank()) {
            throw ProblemException.unprocessable("body", "the draft is empty; nothing was imported");
        }
        String text = read.text();
        if (fromAnnexes) {
            text = DraftOutline.annexesOf(text);
            if (text == null) {
                throw ProblemException.unprocessable("from", "from=annexes, but the file has no annex heading (a line such as "
                        + "'Annex I', 'Annex II. Draft rules of procedure' or '[Annex III'); nothing was imported");
            }
        }
        LayoutCleaner.Figures f = read.layout();
        ImportReport.Layout layout = f == null ? null
                : new ImportReport.Layout(f.pages(), f.runningLinesDropped(), f.footnotes(), f.linesJoined(), f.wordsMended());
        return importText(readingId, text, layout, deadline);
    }

    /** Imports a draft's text under a deadline of max-time. */
    public ImportReport importDraft(long readingId, String text) {
        return guard.run(null, deadline -> importText(readingId, text, null, deadline));
    }

    private ImportReport importText(long readingId, String extracted, ImportReport.Layout layout, Deadline deadline) {
        String text = DocumentText.clean(extracted);
        guard.budget().checkCharacters(text.length());
        StatusVocabulary vocabulary = QuarkusTransaction.joiningExisting()
                .call(() -> negotiations.getReading(readingId).getNegotiation().statusVocabulary());
        DraftOutline outline = DraftOutline.of(text);
        deadline.check();
        Set<String> linkLabels = BracketParser.linkLabelsOf(text);
        List<Piece> pieces = piecesOf(outline, linkLabels, vocabulary, deadline);
        return QuarkusTransaction.requiringNew().timeout(guard.transactionTimeoutSeconds())
                .call(() -> store(readingId, text, outline, linkLabels, pieces, layout, deadline));
    }

    private ImportReport store(long readingId, String text, DraftOutline outline, Set<String> linkLabels, List<Piece> pieces,
                               ImportReport.Layout layout, Deadline deadline) {
        Reading reading = negotiations.getReading(readingId);
        String hash = Sha256.of(text);
        List<ProvisionVersion> existing = versions.listOfReading(readingId);
        if (!existing.isEmpty()) {
            if (hash.equals(reading.getDraftSha256())) {
                StatusVocabulary vocabulary = reading.getNegotiation().statusVocabulary();
                List<Stored> stored = existing.stream().map(v -> new Stored(v, ParsedDrafts.shared().parse(v.getText(),
                        BracketParser.Mode.TOLERANT, linkLabels, vocabulary), Match.MATCHED, null)).toList();
                return report(reading, stored, true, List.of(), List.of(), layout);
            }
            throw ProblemException.conflict("reading " + readingId + " already holds " + existing.size()
                    + " provisions from another text; import a new draft into a new reading");
        }
        if (outline.articleCount() == 0 && outline.sectionCount() == 0) {
            throw ProblemException.unprocessable("text", "no article heading found (expected lines such as "
                    + "'Article 17. Title' or '## Article 2bis *(general)*', sections such as 'D. Mitigation' or 'II. Guidance', "
                    + "or annexes such as 'Annex I'); "
                    + "nothing was imported");
        }
        List<ProvisionVersion> previous = previousReading(reading).map(r -> versions.listOfReading(r.getId())).orElse(List.of());
        deadline.check();
        int[] matches = ProvisionMatcher.match(candidatesOf(previous), pieces.stream().map(Piece::candidate).toList());
        deadline.check();

        List<Stored> stored = new ArrayList<>();
        List<ImportReport.Warning> warnings = new ArrayList<>();
        // Every wId of the negotiation, read once: asking per provision would flush thousands of pending rows each time.
        Set<String> usedWIds = provisions.wIdsOf(reading.getNegotiation().getId());
        Set<String> usedEIds = new HashSet<>();
        // The last suffix given to each name: a draft that numbers thousands of provisions alike costs linear time.
        Map<String, Integer> lastWIdSuffix = new HashMap<>();
        Map<String, Integer> lastEIdSuffix = new HashMap<>();
        for (int i = 0; i < pieces.size(); i++) {
            if ((i & 0xFF) == 0) {
                deadline.check();
            }
            Piece piece = pieces.get(i);
            ProvisionVersion parent = piece.parent() < 0 ? null : stored.get(piece.parent()).version();
            Provision provision;
            Match match;
            ProvisionVersion before = matches[i] >= 0 ? previous.get(matches[i]) : null;
            if (before != null) {
                provision = before.getProvision();
                match = Objects.equals(before.getNumber(), piece.number()) ? Match.MATCHED : Match.RENUMBERED;
            } else {
                String eId = piece.kind().eId(piece.number(), piece.title(), parent == null ? null : parent.getEId());
                provision = new Provision(reading.getNegotiation(), freeWId(eId, usedWIds, lastWIdSuffix), piece.kind());
                provisions.persist(provision);
                match = Match.CREATED;
            }
            usedWIds.add(provision.getWId());
            ProvisionVersion version = new ProvisionVersion(provision, reading, i);
            version.place(piece.number(), piece.title(), piece.text(), parent);
            version.bracketHeading(piece.bracketedHeading());
            if (piece.part()) {
                version.markPartOfParent();
            }
            if (!usedEIds.add(version.getEId())) {
                // A published draft may number two provisions alike (or a heading may be misread): both are kept,
                // the second named apart, and the import says so.
                String taken = version.getEId();
                for (int n = lastEIdSuffix.getOrDefault(taken, 1) + 1; !usedEIds.add(version.getEId()); n++) {
                    version.nameApart(taken + "__" + n);
                    lastEIdSuffix.put(taken, n);
                }
                warnings.add(new ImportReport.Warning(piece.line(), null, "a second provision named " + taken
                        + "; kept as " + version.getEId()));
            }
            versions.persist(version);
            stored.add(new Stored(version, piece.parsed(), match, before == null ? null : before.getEId()));
            // A part's brackets are its provision's: warned about once, there.
            for (BracketWarning w : piece.part() ? List.<BracketWarning>of() : piece.parsed().warnings()) {
                warnings.add(new ImportReport.Warning(piece.textLine() + w.line() - 1, w.column(), w.message()));
            }
        }
        reading.importedFrom(hash, linkLabels);
        for (DraftOutline.Note note : outline.notes()) {
            warnings.add(new ImportReport.Warning(note.line(), null, note.message()));
        }
        Set<Long> carried = new HashSet<>();
        stored.forEach(s -> carried.add(s.version().getProvision().getId()));
        List<String> unmatched = previous.stream().filter(v -> !v.isPartOfParent() && !carried.contains(v.getProvision().getId()))
                .map(ProvisionVersion::getEId).toList();
        return report(reading, stored, false, unmatched, warnings, layout);
    }

    /**
     * Corrects an import's match: the version is given to another provision of the same kind (its lineage),
     * and a provision left without versions is removed.
     */
    @Transactional
    public ProvisionVersion relink(long versionId, long provisionId) {
        ProvisionVersion version = versions.findFetched(versionId)
                .orElseThrow(() -> ProblemException.notFound("provision version", versionId));
        Provision target = provisions.findWithNegotiation(provisionId)
                .orElseThrow(() -> ProblemException.unknownReference("provisionId", "provision", provisionId));
        Provision old = version.getProvision();
        if (target == old) {
            return version;
        }
        if (!target.getNegotiation().getId().equals(old.getNegotiation().getId()) || target.getKind() != old.getKind()) {
            throw ProblemException.unprocessable("provisionId", "provision " + provisionId + " is not a " + old.getKind()
                    + " of the same negotiation");
        }
        if (versions.findAt(provisionId, version.getReading().getId()).isPresent()) {
            throw ProblemException.conflict("provision " + provisionId + " already has a version at reading " + version.getReading().getId());
        }
        version.belongTo(target);
        versions.flush();
        if (versions.count("provision", old) == 0) {
            provisions.delete(old);
        }
        return version;
    }

    private ImportReport report(Reading reading, List<Stored> stored, boolean unchanged, List<String> unmatched,
                                List<ImportReport.Warning> warnings, ImportReport.Layout layout) {
        int sets = 0;
        int alternatives = 0;
        int groups = 0;
        int options = 0;
        long articles = 0;
        long lettered = 0;
        int bracketedHeadings = 0;
        int paragraphs = 0;
        int subparagraphs = 0;
        int partsMatched = 0;
        int fresh = 0;
        int renumbered = 0;
        List<ImportReport.Entry> entries = new ArrayList<>();
        for (Stored s : stored) {
            ProvisionVersion v = s.version();
            if (v.isPartOfParent()) {
                // Counted in the article whose text it is a slice of; listed among the provisions, not here.
                paragraphs += v.getProvision().getKind() == ProvisionKind.PARAGRAPH ? 1 : 0;
                subparagraphs += v.getProvision().getKind() == ProvisionKind.SUBPARAGRAPH ? 1 : 0;
                partsMatched += s.match() == Match.CREATED ? 0 : 1;
                continue;
            }
            fresh += s.match() == Match.CREATED ? 1 : 0;
            renumbered += s.match() == Match.RENUMBERED ? 1 : 0;
            ParsedDraft draft = s.draft();
            sets += draft.sets().size();
            alternatives += draft.alternativeCount();
            groups += draft.optionGroupCount();
            options += draft.optionCount();
            articles += v.getProvision().getKind() == ProvisionKind.ARTICLE ? 1 : 0;
            lettered += v.getProvision().getKind() == ProvisionKind.SECTION ? 1 : 0;
            bracketedHeadings += v.isHeadingBracketed() ? 1 : 0;
            entries.add(new ImportReport.Entry(v.getEId(), v.getProvision().getWId(), v.getId(), s.match().name(), s.previousEId(),
                    draft.sets().size(), v.isHeadingBracketed()));
        }
        int matched = entries.size() - fresh;
        return new ImportReport(reading.getId(), unchanged, entries.size(), articles, lettered, fresh, matched, renumbered,
                unmatched, sets, alternatives, groups, options, bracketedHeadings,
                new ImportReport.Parts(paragraphs, subparagraphs, partsMatched), warnings, layout, entries);
    }

    /** How a stored version relates to the previous reading: a new provision, or one continued under its number or another. */
    enum Match { CREATED, MATCHED, RENUMBERED }

    /** One provision version as the import stored it, with its parsed draft and its match to the previous reading. */
    private record Stored(ProvisionVersion version, ParsedDraft draft, Match match, String previousEId) {
    }

    private Optional<Reading> previousReading(Reading reading) {
        return readings.find("negotiation = ?1 and sequenceNumber < ?2 order by sequenceNumber desc",
                reading.getNegotiation(), reading.getSequenceNumber()).firstResultOptional();
    }

    /** The eId as wId, or the eId with the first free suffix ({@code art_2__2}) when a provision already has it. */
    private static String freeWId(String eId, Set<String> used, Map<String, Integer> lastSuffix) {
        String wId = eId;
        for (int n = lastSuffix.getOrDefault(eId, 1) + 1; used.contains(wId); n++) {
            wId = eId + "__" + n;
            lastSuffix.put(eId, n);
        }
        return wId;
    }

    private static List<ProvisionMatcher.Candidate> candidatesOf(List<ProvisionVersion> versions) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < versions.size(); i++) {
            index.put(versions.get(i).getId(), i);
        }
        return versions.stream().map(v -> new ProvisionMatcher.Candidate(v.getProvision().getKind().name(), v.getNumber(),
                v.getTitle(), v.getText(), v.getParent() == null ? -1 : index.getOrDefault(v.getParent().getId(), -1),
                v.isPartOfParent())).toList();
    }

    /**
     * What the import makes a provision of: each part of the outline, followed, for an article or a lettered
     * section, by its numbered paragraphs and their lettered subparagraphs (slices of its text).
     */
    record Piece(ProvisionKind kind, String number, String title, String text, int line, int textLine, int parent,
                 boolean bracketedHeading, boolean part, ParsedDraft parsed) {

        ProvisionMatcher.Candidate candidate() {
            return new ProvisionMatcher.Candidate(kind.name(), number, title, text, parent, part);
        }
    }

    private static List<Piece> piecesOf(DraftOutline outline, Set<String> linkLabels, StatusVocabulary vocabulary, Deadline deadline) {
        List<Piece> pieces = new ArrayList<>();
        int[] pieceOf = new int[outline.sections().size()];
        for (int i = 0; i < outline.sections().size(); i++) {
            if ((i & 0x3F) == 0) {
                deadline.check();
            }
            DraftOutline.Section section = outline.sections().get(i);
            ProvisionKind kind = ProvisionKind.valueOf(section.part().name());
            ParsedDraft parsed = ParsedDrafts.shared().parse(section.text(), BracketParser.Mode.TOLERANT, linkLabels, vocabulary);
            pieceOf[i] = pieces.size();
            int at = pieces.size();
            pieces.add(new Piece(kind, section.number(), section.title(), section.text(), section.line(), section.textLine(),
                    section.parent() < 0 ? -1 : pieceOf[section.parent()], section.bracketedHeading(), false, parsed));
            // A decision's operative paragraph outside any section holds its lettered subparagraphs.
            if (!kind.holdsParagraphs() && kind != ProvisionKind.PARAGRAPH) {
                continue;
            }
            List<ProvisionParts.Part> parts = ProvisionParts.of(section.text(), parsed);
            int first = pieces.size();
            for (ProvisionParts.Part part : kind == ProvisionKind.PARAGRAPH ? ProvisionParts.subparagraphsOf(parts) : parts) {
                ProvisionKind partKind = part.kind() == ProvisionParts.Kind.PARAGRAPH ? ProvisionKind.PARAGRAPH : ProvisionKind.SUBPARAGRAPH;
                int line = section.textLine() + part.line() - 1;
                pieces.add(new Piece(partKind, part.number(), null, part.text(), line, line,
                        part.parent() < 0 ? at : first + part.parent(), false, true,
                        ParsedDrafts.shared().parse(part.text(), BracketParser.Mode.TOLERANT, linkLabels, vocabulary)));
            }
        }
        return pieces;
    }
}
