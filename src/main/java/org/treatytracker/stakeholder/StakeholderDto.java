package org.treatytracker.stakeholder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for stakeholders. */
public final class StakeholderDto {

    private StakeholderDto() {
    }

    @Schema(name = "StakeholderRequest")
    public record Request(
            @NotBlank @Size(max = 300) @Schema(example = "Sudan") String name,
            @NotNull @Schema(example = "MEMBER_STATE") StakeholderKind kind,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
            @Schema(description = "ISO 3166-1 alpha-3, for States only", example = "SDN") String isoCode,
            @Schema(description = "True for a group that speaks on behalf of its members; default false", example = "false") Boolean group,
            @Size(max = 500) @Schema(description = "Ids of the members, for a group") List<@NotNull Long> memberIds,
            @Size(max = 100) @Schema(description = "Other names reports use for it; matched ignoring case and accents", example = "[\"the Sudan\"]")
            List<@NotBlank @Size(max = 300) String> aliases) {

        /** The request that would produce the stakeholder as it stands: what a merge patch is applied to. */
        static Request of(Stakeholder s) {
            return new Request(s.getName(), s.getKind(), s.getIsoCode(), s.isGroup(),
                    s.isGroup() ? s.getMembers().stream().map(Stakeholder::getId).sorted().toList() : null,
                    s.getAliases().stream().sorted().toList());
        }
    }

    @Schema(name = "StakeholderRef")
    public record Ref(@Schema(example = "4") long id, @Schema(example = "Sudan") String name,
                      @Schema(example = "MEMBER_STATE") StakeholderKind kind, @Schema(example = "SDN") String isoCode) {

        public static Ref of(Stakeholder s) {
            return s == null ? null : new Ref(s.getId(), s.getName(), s.getKind(), s.getIsoCode());
        }
    }

    @Schema(name = "Stakeholder")
    public record View(
            @Schema(example = "4") long id,
            @Schema(example = "Sudan") String name,
            @Schema(example = "MEMBER_STATE") StakeholderKind kind,
            @Schema(example = "SDN") String isoCode,
            boolean group,
            @Schema(description = "Members of a group; left out of lists") List<Ref> members,
            @Schema(description = "Other names reports use for it; left out of lists") List<String> aliases,
            long version) {

        public static View of(Stakeholder s, boolean withMembers) {
            return new View(s.getId(), s.getName(), s.getKind(), s.getIsoCode(), s.isGroup(),
                    withMembers ? s.getMembers().stream().map(Ref::of).toList() : null,
                    withMembers ? s.getAliases().stream().sorted().toList() : null, s.getVersion());
        }
    }

    @Schema(name = "StakeholderKindInfo")
    public record KindView(@Schema(example = "MEMBER_STATE") StakeholderKind kind, @Schema(example = "Member States") String label) {
    }
}
