package org.treatytracker.seed;

import java.time.LocalDate;
import java.util.List;
import org.treatytracker.negotiation.NegotiationDto;

/** A sample negotiation shipped in seeds/{name}/negotiation.json: its readings, each a draft file beside it. */
record SampleNegotiation(String about, NegotiationDto.Request negotiation, List<SampleReading> readings) {

    record SampleReading(int sequenceNumber, String label, String documentSymbol, LocalDate date, String sessionLabel,
                         String file) {
    }
}
