package org.treatytracker.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatytracker.api.ProblemException;
import org.treatytracker.position.PositionDto;
import org.treatytracker.position.PositionFilter;
import org.treatytracker.position.Stance;

/** The position filters of the provision and stakeholder pages: reading the form, its choices, and the query to keep. */
final class PositionFilters {

    private PositionFilters() {
    }

    /** The provision page's filter form: its choices, whether any filter is in force, and the positions' CSV. */
    record Form(List<StakeholderPage.Choice> stakeholders, List<StakeholderPage.Choice> stances, List<StakeholderPage.Choice> reports,
                boolean any, String csv) {
    }

    /** A filter on the provision page: a stakeholder (a group: also what was spoken for it), a stance, a report. */
    static PositionFilter of(Long stakeholder, String stance, Long report) {
        PositionFilter filter = new PositionFilter();
        filter.stakeholder = stakeholder;
        filter.stance = stance(stance);
        filter.source = report;
        return filter;
    }

    /** The form's choices: the speakers, groups and reports of the positions shown, and the ones chosen. */
    static Form form(List<PositionDto.View> shown, PositionFilter filter, String csv) {
        Map<String, String> speakers = new LinkedHashMap<>();
        Map<String, String> reports = new LinkedHashMap<>();
        for (PositionDto.View p : shown) {
            if (p.speaker().stakeholder() != null) {
                speakers.putIfAbsent(String.valueOf(p.speaker().stakeholder().id()), p.speaker().stakeholder().name());
            }
            if (p.speaker().onBehalfOf() != null) {
                speakers.putIfAbsent(String.valueOf(p.speaker().onBehalfOf().id()), p.speaker().onBehalfOf().name() + " (group)");
            }
            PositionDto.Citation c = p.citation();
            reports.putIfAbsent(String.valueOf(c.sourceDocumentId()), c.sourceTitle() != null ? c.sourceTitle()
                    : c.symbol() != null ? c.symbol() : "Report " + c.sourceDocumentId());
        }
        return new Form(choices(speakers, filter.stakeholder), stances(filter.stance), choices(reports, filter.source),
                filter.stakeholder != null || filter.stance != null || filter.source != null, csv);
    }

    /** The form's "any stance" sends an empty value: no filter then; an unknown stance is a 400 naming the choices. */
    static Stance stance(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Stance.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("stance", "stance is one of " + Arrays.toString(Stance.values()));
        }
    }

    static List<StakeholderPage.Choice> stances(Stance chosen) {
        return Arrays.stream(Stance.values()).map(s -> new StakeholderPage.Choice(s.name(), Wording.stance(s), s == chosen)).toList();
    }

    /** The choices by value, with the chosen one kept even when the positions shown do not have it. */
    static List<StakeholderPage.Choice> choices(Map<String, String> byValue, Long chosen) {
        List<StakeholderPage.Choice> choices = new ArrayList<>();
        byValue.forEach((value, text) -> choices.add(new StakeholderPage.Choice(value, text, value.equals(Objects.toString(chosen, null)))));
        if (chosen != null && !byValue.containsKey(chosen.toString())) {
            choices.add(new StakeholderPage.Choice(chosen.toString(), "#" + chosen, true));
        }
        return choices;
    }

    /** The filters in force as query parameters ending in '&' (empty when none), for the pager's links. */
    static String query(Stance stance, Long reading, Long report) {
        return (stance == null ? "" : "stance=" + URLEncoder.encode(stance.name(), StandardCharsets.UTF_8) + "&")
                + (reading == null ? "" : "reading=" + reading + "&") + (report == null ? "" : "report=" + report + "&");
    }
}
