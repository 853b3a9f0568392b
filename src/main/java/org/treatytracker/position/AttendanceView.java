package org.treatytracker.position;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treatytracker.stakeholder.StakeholderKind;

/** One attendance count of a source, with the paragraph that gives it. */
@Schema(name = "Attendance")
public record AttendanceView(
        @Schema(example = "non-governmental organizations in consultative status with the Economic and Social Council") String category,
        @Schema(example = "[\"ECOSOC_NGO\"]") List<StakeholderKind> stakeholderKinds,
        @Schema(example = "18") int count,
        @Schema(example = "3") int paragraphNumber,
        @Schema(example = "3") long paragraphId) {

    static AttendanceView of(Attendance a) {
        return new AttendanceView(a.getCategory(), a.getStakeholderKinds(), a.getCount(), a.getParagraph().getNumber(),
                a.getParagraph().getId());
    }
}
