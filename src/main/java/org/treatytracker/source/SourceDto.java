package org.treatytracker.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treatytracker.api.WebUrls;

/** Request and response shapes for source documents and their paragraphs. */
public final class SourceDto {

    private SourceDto() {
    }

    @Schema(name = "SourceDocumentRequest")
    public record Create(
            @NotNull @Schema(example = "CHAIRS_REPORT") SourceKind kind,
            @Size(max = 100) String symbol,
            @NotBlank @Size(max = 1000) @Schema(example = "Chair's Report of the Fifth Intersessional Consultation") String title,
            @Size(max = 2000)
            @Schema(format = "uri", description = WebUrls.DESCRIPTION, example = "https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/home") String url,
            @Schema(example = "2023-07-13") LocalDate publishedOn,
            @Schema(description = "The reading the document discusses", example = "1") Long readingId,
            @NotBlank @Size(max = 1_000_000) @Schema(description = "The whole text of the document") String text,
            @Size(max = 2000) List<@Valid @NotNull ParagraphContent> paragraphs) {
    }

    @Schema(name = "SourceDocumentUpdate")
    public record Describe(
            @NotNull @Schema(example = "CHAIRS_REPORT") SourceKind kind,
            @Size(max = 100) String symbol,
            @NotBlank @Size(max = 1000) @Schema(example = "Chair's Report of the Fifth Intersessional Consultation") String title,
            @Size(max = 2000) @Schema(format = "uri", description = WebUrls.DESCRIPTION) String url,
            LocalDate publishedOn,
            Long readingId) {
    }

    @Schema(name = "ParagraphRequest")
    public record ParagraphContent(
            @NotNull @Min(1) @Max(100_000) @Schema(example = "7") Integer number,
            @Size(max = 30) @Schema(example = "2(b)") String agendaItem,
            @Size(max = 300) @Schema(example = "Criminalization") String agendaItemTitle,
            @NotBlank @Size(max = 100_000) @Schema(example = "Under agenda item 2(b), entitled “Criminalization”, several speakers …") String text) {
    }

    @Schema(name = "SourceDocument")
    public record View(
            @Schema(example = "1") long id,
            @Schema(example = "ahc-cybercrime") String negotiation,
            @Schema(example = "1") Long readingId,
            SourceKind kind,
            String symbol,
            String title,
            String url,
            LocalDate publishedOn,
            Instant importedAt,
            @Schema(description = "SHA-256 of the text, hex") String sha256,
            @Schema(description = "The text; left out of lists") String text,
            long version) {

        public static View of(SourceDocument s, boolean withText) {
            return new View(s.getId(), s.getNegotiation().getSlug(), s.getReading() == null ? null : s.getReading().getId(),
                    s.getKind(), s.getSymbol(), s.getTitle(), s.getUrl(), s.getPublishedOn(), s.getImportedAt(),
                    s.getSha256(), withText ? s.getText() : null, s.getVersion());
        }
    }

    @Schema(name = "Paragraph")
    public record ParagraphView(
            @Schema(example = "31") long id,
            @Schema(example = "1") long sourceDocumentId,
            String symbol,
            @Schema(example = "7") int number,
            @Schema(example = "2(b)") String agendaItem,
            @Schema(example = "Criminalization") String agendaItemTitle,
            String text,
            long version) {

        public static ParagraphView of(Paragraph p) {
            return new ParagraphView(p.getId(), p.getSourceDocument().getId(), p.getSourceDocument().getSymbol(),
                    p.getNumber(), p.getAgendaItem(), p.getAgendaItemTitle(), p.getText(), p.getVersion());
        }
    }
}
