package org.treatytracker.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.treatytracker.negotiation.NegotiationDto;
import org.treatytracker.position.Quantifier;
import org.treatytracker.position.Stance;
import org.treatytracker.stakeholder.StakeholderKind;
import org.treatytracker.provision.ProvisionKind;
import org.treatytracker.source.SourceKind;

/** The shape of a curated dataset file in {@code seeds/}: one negotiation, one reading, one report. */
public record SeedDataset(
        String note,
        NegotiationDto.Request negotiation,
        SeedReading reading,
        List<SeedProvision> provisions,
        SeedSource source) {

    /** A reading of the draft. */
    public record SeedReading(int sequenceNumber, String label, String documentSymbol, LocalDate date, String sessionLabel) {
    }

    /** A provision at the reading; {@code parent} and {@code eId} name provisions by eId. */
    public record SeedProvision(ProvisionKind kind, String eId, String number, String title, String parent, String text) {
    }

    /** The report, with the curated facts that a reader can check against it. */
    public record SeedSource(
            String file,
            SourceKind kind,
            String symbol,
            String title,
            String url,
            LocalDate publishedOn,
            Map<Integer, AgendaItem> agendaItems,
            List<SeedAttendance> attendance,
            List<SeedPosition> positions,
            Map<Integer, List<String>> mentions) {
    }

    /** The agenda item a paragraph falls under. */
    public record AgendaItem(String item, String title) {
    }

    /** An attendance count of one paragraph. */
    public record SeedAttendance(int paragraph, String category, List<StakeholderKind> kinds, int count) {
    }

    /** A position; {@code target} is a provision's eId, or null for the whole text. */
    public record SeedPosition(int paragraph, String target, Quantifier quantifier, Stance stance, String summary,
                               String quote, String proposedText) {
    }
}
