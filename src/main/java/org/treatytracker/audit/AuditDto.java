package org.treatytracker.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Shapes of the audit trail. Who made a change is shown to signed-in editors only: the public sees what changed and
 * when, but not the editors' usernames (which are also their login names); {@code user} is then omitted.
 */
public final class AuditDto {

    private static final String USER = "The editor who made the change; only in answers to signed-in editors";

    private AuditDto() {
    }

    @Schema(name = "Revision", description = "One state of an entity, as a change left it")
    public record Revision(
            @Schema(example = "42") int revision,
            Instant at,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = USER, example = "secretariat.editor") String user,
            @Schema(implementation = String.class, description = "ADD, MOD or DEL", example = "MOD") ChangeAction action,
            @Schema(example = "ProvisionVersion") String type,
            @Schema(example = "12") Object id,
            @Schema(description = "The entity's fields after the change (references by id)") Map<String, Object> state) {

        Revision anonymous() {
            return new Revision(revision, at, null, action, type, id, state);
        }
    }

    @Schema(name = "ChangedEntity")
    public record Changed(@Schema(example = "Position") String type, @Schema(example = "53") Object id,
                          @Schema(implementation = String.class, example = "ADD") ChangeAction action, @Schema(example = "/api/v1/positions/53") String href) {
    }

    @Schema(name = "Change", description = "One change set: who, when, and every entity it touched")
    public record Change(@Schema(example = "42") int revision, Instant at,
                         @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = USER, example = "secretariat.editor") String user,
                         List<Changed> entities) {

        Change anonymous() {
            return new Change(revision, at, null, entities);
        }
    }
}
