package org.treatytracker.negotiation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for readings. */
public final class ReadingDto {

    private ReadingDto() {
    }

    @Schema(name = "ReadingRequest")
    public record Request(
            @NotNull @Min(1) @Max(1000) @Schema(example = "3") Integer sequenceNumber,
            @NotBlank @Size(max = 200) @Schema(example = "Third reading") String label,
            @Size(max = 100) @Schema(example = "A/AC.291/22") String documentSymbol,
            @Schema(example = "2023-05-29") LocalDate date,
            @Size(max = 200) @Schema(example = "Sixth session") String sessionLabel) {
    }

    @Schema(name = "Reading")
    public record View(
            @Schema(example = "1") long id,
            @Schema(example = "ahc-cybercrime") String negotiation,
            @Schema(example = "3") int sequenceNumber,
            @Schema(example = "Third reading") String label,
            @Schema(example = "A/AC.291/22") String documentSymbol,
            LocalDate date,
            @Schema(example = "Sixth session") String sessionLabel,
            @Schema(example = "0") long version) {

        public static View of(Reading r) {
            return new View(r.getId(), r.getNegotiation().getSlug(), r.getSequenceNumber(), r.getLabel(),
                    r.getDocumentSymbol(), r.getDate(), r.getSessionLabel(), r.getVersion());
        }
    }
}
