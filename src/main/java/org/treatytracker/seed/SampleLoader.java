package org.treatytracker.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jboss.logging.Logger;
import org.treatytracker.negotiation.NegotiationRepository;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.negotiation.ReadingDto;
import org.treatytracker.provision.DraftImportService;
import org.treatytracker.provision.ImportReport;

/**
 * Loads the sample negotiations named by treaty.seed.samples (seeds/{name}/negotiation.json and its draft files)
 * through the same services as the API: the negotiation, each reading, each draft imported as an editor would. A
 * first start so has readings to compare. Each draft import commits on its own, so this runs after the curated
 * seed's transaction, never inside it.
 */
@ApplicationScoped
public class SampleLoader {

    private static final Logger LOG = Logger.getLogger(SampleLoader.class);

    @Inject
    ObjectMapper json;

    @Inject
    NegotiationRepository negotiationRepository;

    @Inject
    NegotiationService negotiations;

    @Inject
    DraftImportService drafts;

    /** Loads each named sample whose negotiation is not stored yet. */
    public void load(List<String> names) {
        for (String name : names) {
            SampleNegotiation sample = read(name);
            String slug = sample.negotiation().slug();
            if (negotiationRepository.findBySlug(slug).isPresent()) {
                continue;
            }
            long started = System.nanoTime();
            negotiations.create(sample.negotiation());
            int provisions = 0;
            for (SampleNegotiation.SampleReading r : sample.readings()) {
                Reading reading = negotiations.createReading(slug,
                        new ReadingDto.Request(r.sequenceNumber(), r.label(), r.documentSymbol(), r.date(), r.sessionLabel()));
                ImportReport report = drafts.importDraft(reading.getId(), SeedLoader.readText("seeds/" + name + "/" + r.file()));
                provisions += report.provisions();
            }
            LOG.infof("loaded the sample negotiation %s: %d readings, %d provision versions, in %d ms", slug,
                    sample.readings().size(), provisions, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private SampleNegotiation read(String name) {
        try {
            return json.readValue(SeedLoader.readText("seeds/" + name + "/negotiation.json"), SampleNegotiation.class);
        } catch (IOException e) {
            throw new UncheckedIOException("seeds/" + name + "/negotiation.json is not a sample negotiation", e);
        }
    }
}
