package org.treatytracker.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Request;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treatytracker.persistence.ForeignKeys;
import org.treatytracker.api.ETags;
import org.treatytracker.api.WebUrls;
import org.treatytracker.api.Page;
import org.treatytracker.api.ChangedSince;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.text.QuoteMatcher;

/** Stores source documents with their paragraphs, all or nothing, and guards the evidence they hold. */
@ApplicationScoped
@Transactional
public class SourceService {

    private static final Map<String, String> SOURCE_SORT = Map.of(
            "publishedOn", "s.publishedOn", "title", "s.title", "symbol", "s.symbol", "importedAt", "s.importedAt");
    private static final Map<String, String> PARAGRAPH_SORT = Map.of("number", "pa.number", "agendaItem", "pa.agendaItem");

    @Inject
    SourceDocumentRepository sources;

    @Inject
    ParagraphRepository paragraphs;

    @Inject
    NegotiationService negotiations;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SourceDto.View> list(String slug, String changedSince, PageRequest page) {
        Negotiation negotiation = negotiations.get(slug);
        Long since = ChangedSince.parse(changedSince);
        String where = " where n = ?1" + (since == null ? "" : " and " + ChangedSince.condition("s.id", SourceDocument.class, 2));
        Object[] params = since == null ? new Object[] {negotiation} : new Object[] {negotiation, since};
        return page.of(sources.find(SourceDocumentRepository.FETCHED + where
                        + page.orderBy(SOURCE_SORT, "-publishedOn", "s.id"), params),
                        sources.count("from SourceDocument s join s.negotiation n" + where, params), s -> SourceDto.View.of(s, false));
    }

    /** A report with its counts: paragraphs, and positions taken from it. */
    public record Counted(long id, String title, String symbol, java.time.LocalDate publishedOn, SourceKind kind, long paragraphs, long positions) {
    }

    /** A negotiation's reports, newest published first, with their counts: two statements (the page, its count). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Counted> counted(Negotiation negotiation, PageRequest page) {
        var em = sources.getEntityManager();
        List<Counted> items = em.createQuery("select s.id, s.title, s.symbol, s.publishedOn, s.kind,"
                        + " (select count(pa) from Paragraph pa where pa.sourceDocument = s),"
                        + " (select count(p) from Position p where p.paragraph.sourceDocument = s)"
                        + " from SourceDocument s where s.negotiation.id = ?1 order by s.publishedOn desc nulls last, s.id", Object[].class)
                .setParameter(1, negotiation.getId()).setFirstResult(page.offset()).setMaxResults(page.size).getResultList().stream()
                .map(r -> new Counted((Long) r[0], (String) r[1], (String) r[2], (java.time.LocalDate) r[3], (SourceKind) r[4],
                        ((Number) r[5]).longValue(), ((Number) r[6]).longValue())).toList();
        long total = sources.count("negotiation.id", negotiation.getId());
        return new Page<>(items, page.page, page.size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SourceDocument get(long id) {
        return sources.findFetched(id).orElseThrow(() -> ProblemException.notFound("source document", id));
    }

    /** A source document as just stored, with its paragraphs in the order given. */
    public record Stored(SourceDocument source, List<Paragraph> paragraphs) {
    }

    /** How many paragraphs a source has, and how many of them are filed under an agenda item. */
    public record ParagraphCounts(int paragraphs, int withAgendaItem) {
    }

    public SourceDocument create(String slug, SourceDto.Create request) {
        Negotiation negotiation = negotiations.get(slug);
        findByText(negotiation, request.text()).ifPresent(existing -> {
            throw ProblemException.conflict("the same text is already stored as source document " + existing.getId());
        });
        return store(negotiation, readingOf(negotiation, request.readingId()), request).source();
    }

    /** The source of the negotiation with exactly this text, if one is stored, with its negotiation and reading. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SourceDocument> findByText(Negotiation negotiation, String text) {
        return sources.findFetchedByHash(negotiation.getId(), SourceDocument.sha256(text));
    }

    /**
     * Stores a text that {@link #findByText} has just not found, in the same transaction, about a reading the caller
     * has resolved: neither look-up is repeated (the database's unique hash still refuses a text stored twice).
     */
    public Stored createNew(Reading reading, SourceDto.Create request) {
        if (!reading.getId().equals(request.readingId())) {
            throw new IllegalArgumentException("the request names reading " + request.readingId() + ", not " + reading.getId());
        }
        return store(reading.getNegotiation(), reading, request);
    }

    /** The paragraphs of a source, in number order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Paragraph> paragraphsOf(SourceDocument source) {
        return paragraphs.list("sourceDocument = ?1 order by number", source);
    }

    /** How many paragraphs the source has, and how many have an agenda item, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ParagraphCounts countParagraphs(SourceDocument source) {
        Object[] row = paragraphs.getEntityManager().createQuery(
                "select count(pa), count(pa.agendaItem) from Paragraph pa where pa.sourceDocument = :s", Object[].class)
                .setParameter("s", source).getSingleResult();
        return new ParagraphCounts(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    private Stored store(Negotiation negotiation, Reading reading, SourceDto.Create request) {
        // Every way in (the API, a report import, the seed) stores only an http(s) address: it becomes a link.
        WebUrls.check("url", request.url());
        SourceDocument source = new SourceDocument(negotiation, request.text(), Instant.now(clock));
        source.describe(request.kind(), request.symbol(), request.title(), request.url(), request.publishedOn(), reading);
        sources.persist(source);
        List<Paragraph> stored = new ArrayList<>();
        if (request.paragraphs() != null) {
            Set<Integer> numbers = new HashSet<>();
            for (int i = 0; i < request.paragraphs().size(); i++) {
                SourceDto.ParagraphContent content = request.paragraphs().get(i);
                if (!numbers.add(content.number())) {
                    throw ProblemException.unprocessable("paragraphs[" + i + "].number", "paragraph " + content.number() + " is given twice");
                }
                // A new source has no paragraphs yet and the numbers are checked just above: no look-up per paragraph.
                stored.add(newParagraph(source, content));
            }
        }
        return new Stored(source, List.copyOf(stored));
    }

    public SourceDocument describe(long id, SourceDto.Describe request, Request preconditions) {
        SourceDocument source = get(id);
        ETags.checkIfMatch(preconditions, source.getVersion());
        WebUrls.check("url", request.url());
        source.describe(request.kind(), request.symbol(), request.title(), request.url(), request.publishedOn(),
                readingOf(source.getNegotiation(), request.readingId()));
        sources.flush();
        return source;
    }

    public void delete(long id, Request preconditions) {
        SourceDocument source = get(id);
        ETags.checkIfMatch(preconditions, source.getVersion());
        // What was derived from the source goes with it; accepted suggestions became positions, which refuse below.
        for (String derived : List.of("Attendance", "Mention", "Suggestion")) {
            sources.getEntityManager().createQuery("delete from " + derived + " d where d.paragraph.id in "
                    + "(select pa.id from Paragraph pa where pa.sourceDocument = :s)").setParameter("s", source).executeUpdate();
        }
        // What still refers to its paragraphs (positions citing them) refuses the delete.
        ForeignKeys.delete(sources.getEntityManager(), "source document " + id, "paragraph", "source_document_id", id, () -> {
            paragraphs.delete("sourceDocument", source);
            sources.delete(source);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SourceDto.ParagraphView> listParagraphs(long sourceId, String changedSince, PageRequest page) {
        SourceDocument source = get(sourceId);
        Long since = ChangedSince.parse(changedSince);
        String where = " where s = ?1" + (since == null ? "" : " and " + ChangedSince.condition("pa.id", Paragraph.class, 2));
        Object[] params = since == null ? new Object[] {source} : new Object[] {source, since};
        return page.of(paragraphs.find(ParagraphRepository.FETCHED + where
                        + page.orderBy(PARAGRAPH_SORT, "number", "pa.id"), params),
                        paragraphs.count("from Paragraph pa join pa.sourceDocument s" + where, params), SourceDto.ParagraphView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paragraph getParagraph(long id) {
        return paragraphs.findFetched(id).orElseThrow(() -> ProblemException.notFound("paragraph", id));
    }

    /** A paragraph named in a request body ({@code paragraphId}): 422 when it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paragraph referencedParagraph(long paragraphId) {
        return paragraphs.findFetched(paragraphId)
                .orElseThrow(() -> ProblemException.unknownReference("paragraphId", "paragraph", paragraphId));
    }

    public Paragraph createParagraph(long sourceId, SourceDto.ParagraphContent content) {
        return addParagraph(get(sourceId), content);
    }

    /**
     * Changes a paragraph's agenda item or text. A new text must still contain every quote that positions
     * cite from it, or the evidence would no longer hold.
     */
    public Paragraph updateParagraph(long id, SourceDto.ParagraphContent content, Request preconditions) {
        Paragraph paragraph = getParagraph(id);
        ETags.checkIfMatch(preconditions, paragraph.getVersion());
        if (content.number() != paragraph.getNumber()) {
            throw ProblemException.unprocessable("number", "a paragraph keeps its number (" + paragraph.getNumber()
                    + "); add a new paragraph instead");
        }
        List<String> quotes = paragraphs.getEntityManager()
                .createQuery("select p.quote from Position p where p.paragraph = :p and p.quote is not null", String.class)
                .setParameter("p", paragraph).getResultList();
        for (String quote : quotes) {
            if (!QuoteMatcher.appearsIn(quote, content.text())) {
                throw ProblemException.conflict("the new text drops a quote that a position cites: \"" + quote + "\"");
            }
        }
        paragraph.reword(content.text());
        paragraph.file(content.agendaItem(), content.agendaItemTitle());
        paragraphs.flush();
        return paragraph;
    }

    public void deleteParagraph(long id, Request preconditions) {
        Paragraph paragraph = getParagraph(id);
        ETags.checkIfMatch(preconditions, paragraph.getVersion());
        ForeignKeys.delete(paragraphs.getEntityManager(), "paragraph " + id, "paragraph", id, () -> paragraphs.delete(paragraph));
    }

    private Paragraph addParagraph(SourceDocument source, SourceDto.ParagraphContent content) {
        if (source.getId() != null && paragraphs.findByNumber(source.getId(), content.number()).isPresent()) {
            throw ProblemException.conflict("source document " + source.getId() + " already has paragraph " + content.number());
        }
        return newParagraph(source, content);
    }

    private Paragraph newParagraph(SourceDocument source, SourceDto.ParagraphContent content) {
        Paragraph paragraph = new Paragraph(source, content.number(), content.text());
        paragraph.file(content.agendaItem(), content.agendaItemTitle());
        paragraphs.persist(paragraph);
        return paragraph;
    }

    private Reading readingOf(Negotiation negotiation, Long readingId) {
        return readingId == null ? null : negotiations.referencedReading(negotiation, readingId);
    }
}
