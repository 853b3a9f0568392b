package org.treatytracker.negotiation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treatytracker.text.StatusVocabulary;

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
            @Size(max = 4000) String description,
            @Size(max = 50) @Schema(description = "The negotiation's own status tags and note forms, added to the common ones "
                    + "(agreed ad referendum, AAR, agreed ad ref, ad ref, agreed, provisionally agreed, open; notes starting Note or "
                    + "Placeholder). Replaces the list; absent or null means none.") List<@Valid @NotNull StatusTerm> statusTerms) {
    }

    @Schema(name = "StatusTerm", description = "A tag form: for a STATUS the tag's whole content, for a NOTE how its content starts")
    public record StatusTerm(
            @NotBlank @Size(max = 200) @Schema(example = "agreed in informals") String words,
            @NotNull @Schema(example = "STATUS") StatusVocabulary.Kind kind,
            @Size(max = 40) @Schema(description = "For a STATUS, the status it gives, in capitals and underscores; null for a NOTE",
                    example = "AGREED_IN_INFORMALS") String status) {

        static StatusTerm of(StatusVocabulary.Term t) {
            return new StatusTerm(t.form(), t.kind(), t.status());
        }
    }

    @Schema(name = "Negotiation")
    public record View(
            @Schema(example = "1") long id,
            @Schema(example = "ahc-cybercrime") String slug,
            @Schema(example = "Comprehensive International Convention on Countering the Use of ICT for Criminal Purposes") String title,
            String description,
            @Schema(description = "Its own status tags and note forms (the common ones always apply)") List<StatusTerm> statusTerms,
            @Schema(example = "0") long version) {

        public static View of(Negotiation n) {
            return new View(n.getId(), n.getSlug(), n.getTitle(), n.getDescription(),
                    n.getStatusTerms().stream().map(StatusTerm::of).toList(), n.getVersion());
        }
    }
}
