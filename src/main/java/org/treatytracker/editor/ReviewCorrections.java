package org.treatytracker.editor;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import java.util.Objects;
import org.treatytracker.api.ProblemException;
import org.treatytracker.position.Stance;
import org.treatytracker.report.ReportDto;
import org.treatytracker.stakeholder.StakeholderNames;

/**
 * The corrections a reviewer made to one suggestion in the queue's form, as the acceptance the API takes: only the
 * fields whose value differs from the suggestion's are sent, so an untouched suggestion is accepted as suggested.
 * Speakers and groups are typed as the register names them (any alias does); a target as its eId.
 */
final class ReviewCorrections {

    private final StakeholderNames.Index<Long> names;
    private final Map<String, Long> versionsByEId;

    ReviewCorrections(StakeholderNames.Index<Long> names, Map<String, Long> versionsByEId) {
        this.names = names;
        this.versionsByEId = versionsByEId;
    }

    ReportDto.Accept of(ReportDto.SuggestionView s, MultivaluedMap<String, String> form) {
        long id = s.id();
        Stance stance = stance(form.getFirst("stance-" + id), s.stance());
        Long speaker = stakeholder("speaker-" + id, form.getFirst("speaker-" + id),
                s.stakeholder() == null ? s.suggestedStakeholder() : s.stakeholder().name(), s.stakeholder() != null);
        Long group = stakeholder("group-" + id, form.getFirst("group-" + id),
                s.onBehalfOf() == null ? s.onBehalfOfName() : s.onBehalfOf().name(), s.onBehalfOf() != null);
        String target = Forms.blankToNull(form.getFirst("target-" + id));
        String current = s.target().eId() == null ? ReviewQueue.WHOLE_TEXT : s.target().eId();
        Boolean wholeText = null;
        Long versionId = null;
        if (target != null && !target.equals(current)) {
            if (target.equals(ReviewQueue.WHOLE_TEXT)) {
                wholeText = true;
            } else {
                versionId = versionsByEId.get(target);
                if (versionId == null) {
                    throw ProblemException.unprocessable("target-" + id, "no provision of the reading has the eId '" + target + "'");
                }
            }
        }
        Integer set = number(form.getFirst("set-" + id), s.bracketSetIndex(), "set-" + id);
        Integer alternative = number(form.getFirst("alt-" + id), s.alternativeIndex(), "alt-" + id);
        return new ReportDto.Accept(versionId, wholeText, set, alternative, speaker, group, null, null, stance,
                null, null, null, null);
    }

    private static Stance stance(String value, Stance suggested) {
        if (Forms.blankToNull(value) == null || value.equals(suggested == null ? null : suggested.name())) {
            return null;
        }
        try {
            return Stance.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("stance", "stance must be one of " + java.util.List.of(Stance.values()));
        }
    }

    /**
     * The register's id for a name typed in, or null when it is the suggested one already known (no change). A
     * suggested name the register did not know is looked up again, since the reviewer may have registered it since.
     */
    private Long stakeholder(String field, String value, String suggested, boolean suggestedKnown) {
        String name = Forms.blankToNull(value);
        if (name == null || (suggestedKnown && Objects.equals(name, suggested))) {
            return null;
        }
        return names.find(name).orElseThrow(() -> ProblemException.unprocessable(field, "the register does not know '" + name
                + "': register it first"));
    }

    private static Integer number(String value, Integer suggested, String field) {
        String v = Forms.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            return suggested != null && n == suggested ? null : n;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, field + " must be a whole number from 0");
        }
    }
}
