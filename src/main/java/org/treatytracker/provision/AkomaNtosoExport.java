package org.treatytracker.provision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;

/**
 * A reading's draft as Akoma Ntoso: reads the reading and its provisions (one statement for the versions, one
 * for the work's date) before the first byte, so an unknown reading is a 404, then writes them with
 * {@link AkomaNtoso} while the body is sent. A reading holds a few hundred provisions at most; they are read
 * at once, as the JSON draft is.
 */
@ApplicationScoped
public class AkomaNtosoExport {

    @Inject
    NegotiationService negotiations;

    @Inject
    ProvisionVersionRepository versions;

    @Transactional(Transactional.TxType.SUPPORTS)
    public StreamingOutput of(long readingId) {
        Reading reading = negotiations.getReading(readingId);
        List<LocalDate> dates = versions.getEntityManager()
                .createQuery("select r.date from Reading r where r.negotiation.id = ?1 order by r.sequenceNumber, r.id", LocalDate.class)
                .setParameter(1, reading.getNegotiation().getId()).setMaxResults(1).getResultList();
        // Paragraphs that are slices of their article's text are written from the article's text, as Akoma Ntoso
        // paragraphs with the same eIds, rather than a second time.
        List<AkomaNtoso.Part> parts = versions.listOfReading(readingId).stream().filter(v -> !v.isPartOfParent())
                .map(v -> new AkomaNtoso.Part(v.getId(), v.getProvision().getKind(), v.getEId(), v.getProvision().getWId(),
                        v.getNumber(), v.getTitle(), v.getText(), v.getParent() == null ? null : v.getParent().getId()))
                .toList();
        AkomaNtoso.Draft draft = new AkomaNtoso.Draft(reading.getNegotiation().getSlug(), reading.getNegotiation().getTitle(),
                dates.isEmpty() ? null : dates.get(0), reading.getSequenceNumber(), reading.getLabel(), reading.getDocumentSymbol(),
                reading.getDate(), reading.getLinkLabels(), reading.getNegotiation().statusVocabulary(), parts);
        return out -> {
            try {
                AkomaNtoso.write(draft, out);
            } catch (XMLStreamException e) {
                throw new IOException("the Akoma Ntoso export could not be written", e);
            }
        };
    }
}
