package org.treatytracker.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Shapes of the audit trail. */
public final class AuditDto {

    private AuditDto() {
    }

    @Schema(name = "Revision", description = "One state of an entity, as a change left it")
    public record Revision(
            @Schema(example = "42") int revision,
            Instant at,
            @Schema(example = "secretariat.editor") String user,
            @Schema(description = "ADD, MOD or DEL", example = "MOD") String action,
            @Schema(example = "ProvisionVersion") String type,
            @Schema(example = "12") Object id,
            @Schema(description = "The entity's fields after the change (references by id)") Map<String, Object> state) {
    }

    @Schema(name = "ChangedEntity")
    public record Changed(@Schema(example = "Position") String type, @Schema(example = "53") Object id,
                          @Schema(example = "ADD") String action, @Schema(example = "/api/v1/positions/53") String href) {
    }

    @Schema(name = "Change", description = "One change set: who, when, and every entity it touched")
    public record Change(@Schema(example = "42") int revision, Instant at, @Schema(example = "secretariat.editor") String user,
                         List<Changed> entities) {
    }
}
