package org.treatytracker.snapshot;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import org.treatytracker.api.ChangedSince;
import org.treatytracker.persistence.RowCursor;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.NegotiationDto;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.negotiation.ReadingDto;
import org.treatytracker.position.Position;
import org.treatytracker.position.PositionDto;
import org.treatytracker.provision.ProvisionDto;
import org.treatytracker.provision.ProvisionVersion;
import org.treatytracker.source.Paragraph;
import org.treatytracker.source.SourceDocument;
import org.treatytracker.source.SourceDto;
import org.treatytracker.stakeholder.Stakeholder;
import org.treatytracker.stakeholder.StakeholderDto;

/**
 * The bulk snapshot of a negotiation: everything public about it in one JSON document, written with Jackson's
 * streaming generator while it is read. Each section is a query read with a forward-only cursor of entities
 * fetched with what their views show (to-one joins only); the session is cleared every {@link #CLEAR_EVERY}
 * rows, so memory stays flat however many positions there are. Each item has the shape of the same item in the
 * JSON API (the same DTO records), so a client parses both alike.
 *
 * <p>With {@code changedSince}, each section holds only what the audit trail says changed after it
 * ({@link ChangedSince}); the negotiation itself is always there, to say what the snapshot is of.
 */
@ApplicationScoped
public class SnapshotService {

    static final int CLEAR_EVERY = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    NegotiationService negotiations;

    /** Items are written into the one document; the generator flushes when its buffer is full, not after each. */
    private ObjectWriter items;

    @jakarta.annotation.PostConstruct
    void writer() {
        items = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /** Checks the negotiation and the parameter now (404, 400), and reads everything when the body is written. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StreamingOutput of(String slug, String changedSince) {
        long negotiationId = negotiations.get(slug).getId();
        Long since = ChangedSince.parse(changedSince);
        return out -> QuarkusTransaction.requiringNew().timeout(RowCursor.EXPORT_TIMEOUT_SECONDS).run(() -> {
            try (JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                // The container owns the response stream; Jackson's buffer is flushed when the generator closes.
                generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                write(generator, negotiationId, since);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void write(JsonGenerator out, long negotiationId, Long since) throws IOException {
        out.writeStartObject();
        out.writeFieldName("negotiation");
        items.writeValue(out, NegotiationDto.View.of(entityManager.find(Negotiation.class, negotiationId)));
        out.writeStringField(ChangedSince.PARAMETER, since == null ? null : Instant.ofEpochMilli(since).toString());
        section(out, "readings", Reading.class, "r", "from Reading r join fetch r.negotiation n where n.id = ?1",
                "r.sequenceNumber, r.id", negotiationId, since, ReadingDto.View::of);
        section(out, "provisions", ProvisionVersion.class, "v", "from ProvisionVersion v join fetch v.provision p"
                + " join fetch v.reading r join fetch r.negotiation n left join fetch v.parent pa where n.id = ?1",
                "r.sequenceNumber, v.ordinal, v.id", negotiationId, since, ProvisionDto.Version::of);
        section(out, "stakeholders", Stakeholder.class, "s", "from Stakeholder s where (s.id in (select p.attribution.stakeholder.id from"
                + " Position p where p.reading.negotiation.id = ?1) or s.id in (select p.attribution.onBehalfOf.id from Position p"
                + " where p.reading.negotiation.id = ?1) or s.id in (select p.attribution.among.id from Position p where p.reading.negotiation.id = ?1))",
                "s.name, s.id", negotiationId, since, s -> StakeholderDto.View.of(s, false));
        section(out, "sources", SourceDocument.class, "s", "from SourceDocument s join fetch s.negotiation n"
                + " left join fetch s.reading r where n.id = ?1", "s.id", negotiationId, since, s -> SourceDto.View.of(s, true));
        section(out, "paragraphs", Paragraph.class, "pa", "from Paragraph pa join fetch pa.sourceDocument s"
                + " where s.negotiation.id = ?1", "s.id, pa.number, pa.id", negotiationId, since, SourceDto.ParagraphView::of);
        section(out, "positions", Position.class, "p", "from Position p left join fetch p.attribution.provisionVersion v"
                + " left join fetch v.provision left join fetch p.attribution.stakeholder s left join fetch p.attribution.onBehalfOf"
                + " join fetch p.paragraph pa join fetch pa.sourceDocument where p.reading.negotiation.id = ?1",
                "p.id", negotiationId, since, PositionDto.View::of);
        out.writeEndObject();
    }

    /** One array of the document: the query's entities in order, each written as its view. */
    private <E> void section(JsonGenerator out, String name, Class<E> type, String alias, String query, String order,
            long negotiationId, Long since, Function<E, ?> view) throws IOException {
        String jpql = query + (since == null ? "" : " and " + ChangedSince.condition(alias + ".id", type, 2)) + " order by " + order;
        var typed = entityManager.createQuery(jpql, type).setParameter(1, negotiationId)
                .setHint("org.hibernate.fetchSize", RowCursor.FETCH_SIZE).setHint("org.hibernate.readOnly", true);
        if (since != null) {
            typed.setParameter(2, since);
        }
        out.writeArrayFieldStart(name);
        int written = 0;
        try (Stream<E> rows = typed.getResultStream()) {
            for (var it = rows.iterator(); it.hasNext(); ) {
                items.writeValue(out, view.apply(it.next()));
                if (++written % CLEAR_EVERY == 0) {
                    entityManager.clear();
                }
            }
        }
        entityManager.clear();
        out.writeEndArray();
    }
}
