package org.treatytracker.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.treatytracker.api.PageRequest;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.ReadingDto;
import org.treatytracker.position.PositionCsv;
import org.treatytracker.position.PositionFilter;
import org.treatytracker.provision.ProvisionCsv;

/**
 * The bulk download as one zip: the JSON snapshot and the CSVs a spreadsheet user wants — every position of the
 * negotiation, and the provisions of each reading with their bracket counts and status. Each entry is streamed
 * from its own cursor into the zip as it is read, so the download's memory does not grow with the negotiation.
 */
@ApplicationScoped
public class SnapshotZip {

    public static final String MEDIA_TYPE = "application/zip";

    @Inject
    SnapshotService snapshots;

    @Inject
    NegotiationService negotiations;

    @Inject
    PositionCsv positions;

    @Inject
    ProvisionCsv provisions;

    /** Checks the negotiation and the parameter now (404, 400); everything is read when the body is written. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StreamingOutput of(String slug, String changedSince) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("snapshot.json", snapshots.of(slug, changedSince)));
        PositionFilter all = new PositionFilter();
        all.negotiation = negotiations.get(slug).getId();
        all.changedSince = changedSince;
        entries.add(new Entry("positions.csv", positions.all(all, " order by p.reading.sequenceNumber, pa.number, p.id")));
        for (ReadingDto.View reading : negotiations.listReadings(slug, null, new PageRequest(0, PageRequest.MAX_SIZE, null)).items()) {
            entries.add(new Entry("provisions-reading-" + reading.sequenceNumber() + ".csv", provisions.all(reading.id(), changedSince)));
        }
        return out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            OutputStream entry = new FilterOutputStream(zip) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    zip.write(bytes, offset, length);
                }

                /** The writers close what they are given; the zip goes on with the next entry. */
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                e.body().write(entry);
                entry.flush();
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        };
    }

    private record Entry(String name, StreamingOutput body) {
    }
}
