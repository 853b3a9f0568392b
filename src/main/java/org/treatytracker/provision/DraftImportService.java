package org.treatytracker.provision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.treatytracker.api.ProblemException;
import org.treatytracker.draftfile.DraftFiles;
import org.treatytracker.draftfile.LayoutCleaner;
import org.treatytracker.draftfile.UnreadableDraftException;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.negotiation.ReadingRepository;
import org.treatytracker.text.BracketParser;
import org.treatytracker.text.BracketWarning;
import org.treatytracker.text.DraftOutline;
import org.treatytracker.text.ParsedDraft;
import org.treatytracker.text.ProvisionMatcher;
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

    /**
     * Imports a draft file: text or Markdown (UTF-8), a PDF or a Word .docx, by its media type. A file that
     * cannot be read is a 422, not a 500.
     */
    @Transactional
    public ImportReport importDraft(long readingId, String mediaType, byte[] body) {
        DraftFiles.Read read;
        try {
            read = DraftFiles.read(mediaType, body);
        } catch (UnreadableDraftException unreadable) {
            throw ProblemException.unprocessable("body", unreadable.getMessage());
        }
        if (read.text().isBlank()) {
            throw ProblemException.unprocessable("body", "the draft is empty; nothing was imported");
        }
        LayoutCleaner.Figures f = read.layout();
        ImportReport.Layout layout = f == null ? null
                : new ImportReport.Layout(f.pages(), f.runningLinesDropped(), f.footnotes(), f.linesJoined(), f.wordsMended());
        return importText(readingId, read.text(), layout);
    }

    @Transactional
    public ImportReport importDraft(long readingId, String text) {
        return importText(readingId, text, null);
    }

    private ImportReport importText(long readingId, String text, ImportReport.Layout layout) {
        Reading reading = negotiations.getReading(readingId);
        String hash = Sha256.of(text);
        List<ProvisionVersion> existing = versions.listOfReading(readingId);
        if (!existing.isEmpty()) {
            if (hash.equals(reading.getDraftSha256())) {
                Set<String> labels = BracketParser.linkLabelsOf(text);
                List<ParsedDraft> drafts = existing.stream()
                        .map(v -> BracketParser.parse(v.getText(), BracketParser.Mode.TOLERANT, labels, reading.getNegotiation().statusVocabulary())).toList();
                return report(reading, existing, drafts, true, List.of(), List.of(), List.of(), 0, 0, List.of(), layout);
            }
            throw ProblemException.conflict("reading " + readingId + " already holds " + existing.size()
                    + " provisions from another text; import a new draft into a new reading");
        }
        DraftOutline outline = DraftOutline.of(text);
        if (outline.articleCount() == 0 && outline.sectionCount() == 0) {
            throw ProblemException.unprocessable("text", "no article heading found (expected lines such as "
                    + "'Article 17. Title' or '## Article 2bis *(general)*', or lettered sections such as 'D. Mitigation'); "
                    + "nothing was imported");
        }
        Set<String> linkLabels = BracketParser.linkLabelsOf(text);
        List<ProvisionVersion> previous = previousReading(reading).map(r -> versions.listOfReading(r.getId())).orElse(List.of());
        int[] matches = ProvisionMatcher.match(candidatesOf(previous), candidatesOf(outline));

        List<ProvisionVersion> created = new ArrayList<>();
        List<ParsedDraft> drafts = new ArrayList<>();
        List<ImportReport.Warning> warnings = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        List<String> previousEIds = new ArrayList<>();
        Set<String> usedWIds = new HashSet<>();
        Set<String> usedEIds = new HashSet<>();
        int renumbered = 0;
        int fresh = 0;
        for (int i = 0; i < outline.sections().size(); i++) {
            DraftOutline.Section section = outline.sections().get(i);
            ProvisionVersion parent = section.parent() < 0 ? null : created.get(section.parent());
            ProvisionKind kind = ProvisionKind.valueOf(section.part().name());
            Provision provision;
            String status;
            ProvisionVersion before = matches[i] >= 0 ? previous.get(matches[i]) : null;
            if (before != null) {
                provision = before.getProvision();
                boolean sameNumber = java.util.Objects.equals(before.getNumber(), section.number());
                status = sameNumber ? "MATCHED" : "RENUMBERED";
                renumbered += sameNumber ? 0 : 1;
            } else {
                String eId = kind.eId(section.number(), section.title(), parent == null ? null : parent.getEId());
                provision = new Provision(reading.getNegotiation(), freeWId(reading, eId, usedWIds), kind);
                provisions.persist(provision);
                status = "CREATED";
                fresh++;
            }
            usedWIds.add(provision.getWId());
            ProvisionVersion version = new ProvisionVersion(provision, reading, i);
            version.place(section.number(), section.title(), section.text(), parent);
            version.bracketHeading(section.bracketedHeading());
            if (!usedEIds.add(version.getEId())) {
                // A published draft may number two provisions alike (or a heading may be misread): both are kept,
                // the second named apart, and the import says so.
                String taken = version.getEId();
                for (int n = 2; !usedEIds.add(version.getEId()); n++) {
                    version.nameApart(taken + "__" + n);
                }
                warnings.add(new ImportReport.Warning(section.line(), null, "a second provision named " + taken
                        + "; kept as " + version.getEId()));
            }
            versions.persist(version);
            created.add(version);
            statuses.add(status);
            previousEIds.add(before == null ? null : before.getEId());
            ParsedDraft draft = BracketParser.parse(section.text(), BracketParser.Mode.TOLERANT, linkLabels, reading.getNegotiation().statusVocabulary());
            drafts.add(draft);
            for (BracketWarning w : draft.warnings()) {
                warnings.add(new ImportReport.Warning(section.textLine() + w.line() - 1, w.column(), w.message()));
            }
        }
        reading.importedFrom(hash, linkLabels);
        for (DraftOutline.Note note : outline.notes()) {
            warnings.add(new ImportReport.Warning(note.line(), null, note.message()));
        }
        Set<Long> carried = new HashSet<>();
        created.forEach(v -> carried.add(v.getProvision().getId()));
        List<String> unmatched = previous.stream().filter(v -> !carried.contains(v.getProvision().getId()))
                .map(ProvisionVersion::getEId).toList();
        return report(reading, created, drafts, false, statuses, previousEIds, unmatched, fresh, renumbered, warnings, layout);
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

    private ImportReport report(Reading reading, List<ProvisionVersion> all, List<ParsedDraft> drafts, boolean unchanged,
                                List<String> statuses, List<String> previousEIds, List<String> unmatched, int fresh,
                                int renumbered, List<ImportReport.Warning> warnings, ImportReport.Layout layout) {
        int sets = 0;
        int alternatives = 0;
        int groups = 0;
        int options = 0;
        long articles = 0;
        long lettered = 0;
        int bracketedHeadings = 0;
        List<ImportReport.Entry> entries = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ProvisionVersion v = all.get(i);
            ParsedDraft draft = drafts.get(i);
            sets += draft.sets().size();
            alternatives += draft.alternativeCount();
            groups += draft.optionGroupCount();
            options += draft.optionCount();
            articles += v.getProvision().getKind() == ProvisionKind.ARTICLE ? 1 : 0;
            lettered += v.getProvision().getKind() == ProvisionKind.SECTION ? 1 : 0;
            bracketedHeadings += v.isHeadingBracketed() ? 1 : 0;
            String status = statuses.isEmpty() ? "MATCHED" : statuses.get(i);
            String previousEId = previousEIds.isEmpty() ? null : previousEIds.get(i);
            entries.add(new ImportReport.Entry(v.getEId(), v.getProvision().getWId(), v.getId(), status, previousEId,
                    draft.sets().size(), v.isHeadingBracketed()));
        }
        return new ImportReport(reading.getId(), unchanged, all.size(), articles, lettered, fresh, all.size() - fresh, renumbered,
                unmatched, sets, alternatives, groups, options, bracketedHeadings, warnings, layout, entries);
    }

    private java.util.Optional<Reading> previousReading(Reading reading) {
        return readings.find("negotiation = ?1 and sequenceNumber < ?2 order by sequenceNumber desc",
                reading.getNegotiation(), reading.getSequenceNumber()).firstResultOptional();
    }

    private String freeWId(Reading reading, String eId, Set<String> used) {
        String wId = eId;
        for (int n = 2; used.contains(wId) || provisions.existsByWId(reading.getNegotiation().getId(), wId); n++) {
            wId = eId + "__" + n;
        }
        return wId;
    }

    private static List<ProvisionMatcher.Candidate> candidatesOf(List<ProvisionVersion> versions) {
        return versions.stream().map(v -> new ProvisionMatcher.Candidate(v.getProvision().getKind().name(), v.getNumber(),
                v.getTitle(), v.getText())).toList();
    }

    private static List<ProvisionMatcher.Candidate> candidatesOf(DraftOutline outline) {
        return outline.sections().stream().map(s -> new ProvisionMatcher.Candidate(s.part().name(), s.number(), s.title(),
                s.text())).toList();
    }
}
