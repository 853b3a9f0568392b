package org.treatytracker.snapshot;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treatytracker.negotiation.NegotiationDto;
import org.treatytracker.negotiation.ReadingDto;
import org.treatytracker.position.PositionDto;
import org.treatytracker.provision.ProvisionDto;
import org.treatytracker.source.SourceDto;
import org.treatytracker.stakeholder.StakeholderDto;

/**
 * The shape of a snapshot, for the OpenAPI document only: {@link SnapshotService} writes the same fields, in this
 * order, with a streaming generator rather than building this record.
 */
@Schema(name = "NegotiationSnapshot", description = "Everything public about one negotiation")
public record Snapshot(
        NegotiationDto.View negotiation,
        @Schema(description = "The changedSince asked for, if any", example = "2026-01-01T00:00:00Z") String changedSince,
        List<ReadingDto.View> readings,
        @Schema(description = "Every provision version of every reading, in reading order") List<ProvisionDto.Version> provisions,
        @Schema(description = "The stakeholders the positions name (speakers and groups spoken for), without members")
        List<StakeholderDto.View> stakeholders,
        @Schema(description = "Source documents with their text") List<SourceDto.View> sources,
        List<SourceDto.ParagraphView> paragraphs,
        List<PositionDto.View> positions) {
}
