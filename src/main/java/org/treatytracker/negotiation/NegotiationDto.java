package org.treatytracker.negotiation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for negotiations. */
public final class NegotiationDto {

    private NegotiationDto() {
    }

    @Schema(name = "NegotiationRequest")
    public record Request(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
            @Schema(example = "ahc-cybercrime") String slug,
            @NotBlank @Size(max = 500)
            @Schema(example = "Comprehensive International Convention on Countering the Use of ICT for Criminal Purposes") String title,
            @Size(max = 4000) String description) {
    }

    @Schema(name = "Negotiation")
    public record View(
            @Schema(example = "1") long id,
            @Schema(example = "ahc-cybercrime") String slug,
            @Schema(example = "Comprehensive International Convention on Countering the Use of ICT for Criminal Purposes") String title,
            String description,
            @Schema(example = "0") long version) {

        public static View of(Negotiation n) {
            return new View(n.getId(), n.getSlug(), n.getTitle(), n.getDescription(), n.getVersion());
        }
    }
}
