package org.treatytracker.provision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for provisions and their versions. */
public final class ProvisionDto {

    private ProvisionDto() {
    }

    /** A new provision together with its first version. */
    @Schema(name = "ProvisionRequest")
    public record Create(
            @NotNull @Schema(example = "ARTICLE") ProvisionKind kind,
            @Size(max = 120) @Pattern(regexp = "[A-Za-z0-9_\\-]+", message = "must be letters, digits, '_' or '-'")
            @Schema(description = "Stable identifier; defaults to the eId of the first version", example = "art_17") String wId,
            @NotNull @Valid Content version) {
    }

    /** What a provision says and where it stands at one reading. */
    @Schema(name = "ProvisionVersionRequest")
    public record Content(
            @NotNull @Schema(example = "1") Long readingId,
            @Size(max = 30) @Schema(example = "17") String number,
            @Size(max = 1000) @Schema(example = "Offences relating to other international treaties") String title,
            @Size(max = 1_000_000) String text,
            @Schema(description = "The chapter (or article) version this one sits in at the same reading") Long parentVersionId,
            @Min(0) @Schema(description = "Place in the reading's order; defaults to the end") Integer ordinal) {

        /** The content that would produce the version as it stands: what a merge patch is applied to. */
        static Content of(ProvisionVersion v) {
            return new Content(v.getReading().getId(), v.getNumber(), v.getTitle(), v.getText(),
                    v.getParent() == null ? null : v.getParent().getId(), v.getOrdinal());
        }
    }

    @Schema(name = "ProvisionVersionRef")
    public record Ref(
            @Schema(example = "12") long versionId,
            @Schema(example = "art_17") String eId,
            @Schema(example = "17") String number,
            @Schema(example = "Offences relating to other international treaties") String title) {

        public static Ref of(ProvisionVersion v) {
            return v == null ? null : new Ref(v.getId(), v.getEId(), v.getNumber(), v.getTitle());
        }
    }

    @Schema(name = "ProvisionVersion")
    public record Version(
            @Schema(example = "12") long id,
            @Schema(example = "7") long provisionId,
            @Schema(example = "art_17") String wId,
            @Schema(example = "ARTICLE") ProvisionKind kind,
            @Schema(example = "1") long readingId,
            @Schema(example = "art_17") String eId,
            @Schema(example = "17") String number,
            @Schema(example = "Offences relating to other international treaties") String title,
            String text,
            Ref parent,
            @Schema(description = "The text is a slice of the parent's (a numbered paragraph or lettered subparagraph of its "
                    + "article): the parent holds it, renders it and counts its brackets", example = "false") boolean partOfParent,
            @Schema(example = "14") int ordinal,
            @Schema(description = "The bracket sets in the text, counted") BracketDto.Counts brackets,
            @Schema(description = "The status the text's tags give ([agreed ad ref], (AAR) …); OPEN when it has none",
                    example = "AGREED_AD_REFERENDUM") String status,
            @Schema(description = "Editorial notes in the text ([Note: …], {Placeholder …}), left out of renderings") List<String> notes,
            @Schema(example = "0") long version) {

        public static Version of(ProvisionVersion v) {
            Provision p = v.getProvision();
            org.treatytracker.text.ParsedDraft parsed = BracketService.parse(v);
            return new Version(v.getId(), p.getId(), p.getWId(), p.getKind(), v.getReading().getId(), v.getEId(),
                    v.getNumber(), v.getTitle(), v.getText(), Ref.of(v.getParent()), v.isPartOfParent(), v.getOrdinal(),
                    BracketDto.Counts.of(parsed, v.isHeadingBracketed()), parsed.status(), parsed.notes(), v.getVersion());
        }
    }

    @Schema(name = "Provision")
    public record View(
            @Schema(example = "7") long id,
            @Schema(example = "ahc-cybercrime") String negotiation,
            @Schema(example = "art_17") String wId,
            @Schema(example = "ARTICLE") ProvisionKind kind,
            @Schema(description = "The provision at each reading, oldest first") List<Version> versions,
            @Schema(example = "0") long version) {
    }
}
