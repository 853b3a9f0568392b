package org.treatytracker.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.treatytracker.config.TreatyConfig;
import org.treatytracker.negotiation.NegotiationRepository;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.negotiation.ReadingDto;
import org.treatytracker.position.Attendance;
import org.treatytracker.position.AttendanceRepository;
import org.treatytracker.position.PositionDto;
import org.treatytracker.position.PositionService;
import org.treatytracker.report.ReportImportService;
import org.treatytracker.provision.ProvisionDto;
import org.treatytracker.provision.ProvisionService;
import org.treatytracker.provision.ProvisionVersion;
import org.treatytracker.report.reading.NumberedParagraphs;
import org.treatytracker.source.Paragraph;
import org.treatytracker.source.ParagraphRepository;
import org.treatytracker.source.SourceDocument;
import org.treatytracker.source.SourceDto;
import org.treatytracker.source.SourceService;

/**
 * Loads the curated seed dataset into an empty database, once, at start-up. It goes through the same
 * services as the API, so the seed obeys every rule an editor's input does (a quote that is not verbatim in
 * its paragraph stops the start-up rather than entering the record).
 */
@ApplicationScoped
public class SeedLoader {

    static final String DATASET = "seeds/cybercrime-fifth-intersessional.json";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    TreatyConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    NegotiationRepository negotiationRepository;

    @Inject
    NegotiationService negotiations;

    @Inject
    ProvisionService provisions;

    @Inject
    SourceService sources;

    @Inject
    ParagraphRepository paragraphs;

    @Inject
    PositionService positions;

    @Inject
    AttendanceRepository attendance;

    @Inject
    ReportImportService reports;

    @Inject
    SampleLoader samples;

    void onStart(@Observes StartupEvent event) {
        // The samples import drafts in transactions of their own, so they follow the curated seed's commit.
        if (config.seed().enabled() && loadIfEmpty()) {
            config.seed().samples().ifPresent(samples::load);
        }
    }

    /** Loads the dataset when no negotiation is stored yet; answers whether it did. */
    @Transactional
    public boolean loadIfEmpty() {
        if (negotiationRepository.count() > 0) {
            return false;
        }
        SeedDataset dataset = json.convertValue(readTree(DATASET), SeedDataset.class);
        load(dataset);
        LOG.infof("loaded the seed dataset %s", DATASET);
        return true;
    }

    private void load(SeedDataset dataset) {
        String slug = negotiations.create(dataset.negotiation()).getSlug();
        SeedDataset.SeedReading r = dataset.reading();
        Reading reading = negotiations.createReading(slug,
                new ReadingDto.Request(r.sequenceNumber(), r.label(), r.documentSymbol(), r.date(), r.sessionLabel()));

        Map<String, Long> versionByEId = new HashMap<>();
        for (SeedDataset.SeedProvision p : dataset.provisions()) {
            Long parent = p.parent() == null ? null : require(versionByEId, p.parent());
            ProvisionDto.Content content = new ProvisionDto.Content(reading.getId(), p.number(), p.title(), p.text(), parent, null);
            ProvisionVersion version = provisions.create(slug, new ProvisionDto.Create(p.kind(), null, content));
            if (p.eId() != null && !p.eId().equals(version.getEId())) {
                throw new IllegalStateException("seed provision " + p.eId() + " was given eId " + version.getEId());
            }
            versionByEId.put(version.getEId(), version.getId());
        }

        SeedDataset.SeedSource s = dataset.source();
        String text = readText("seeds/" + s.file());
        List<SourceDto.ParagraphContent> numbered = NumberedParagraphs.split(text).stream().map(n -> {
            SeedDataset.AgendaItem item = s.agendaItems().get(n.number());
            return new SourceDto.ParagraphContent(n.number(), item == null ? null : item.item(),
                    item == null ? null : item.title(), n.text());
        }).toList();
        SourceDocument source = sources.create(slug, new SourceDto.Create(s.kind(), s.symbol(), s.title(), s.url(),
                s.publishedOn(), reading.getId(), text, numbered));

        // The curated positions stand in for suggestions; the mentions are found as for any report.
        reports.recordMentions(source, reading);
        for (SeedDataset.SeedAttendance a : s.attendance()) {
            attendance.persist(new Attendance(paragraph(source, a.paragraph()), a.category(), a.kinds(), a.count()));
        }
        for (SeedDataset.SeedPosition p : s.positions()) {
            Long target = p.target() == null ? null : require(versionByEId, p.target());
            positions.create(new PositionDto.Request(reading.getId(), target, null, null, null, null, p.quantifier(), null, p.stance(),
                    p.summary(), p.proposedText(), null, paragraph(source, p.paragraph()).getId(), p.quote()));
        }
    }

    private Paragraph paragraph(SourceDocument source, int number) {
        return paragraphs.findByNumber(source.getId(), number)
                .orElseThrow(() -> new IllegalStateException("the seed report has no paragraph " + number));
    }

    private static Long require(Map<String, Long> versionByEId, String eId) {
        Long id = versionByEId.get(eId);
        if (id == null) {
            throw new IllegalStateException("the seed names provision " + eId + " before defining it");
        }
        return id;
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(String resource) {
        try {
            return json.readTree(readText(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource shipped in the application (seeds/ is packed into it), as UTF-8 text. */
    static String readText(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing seed resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
