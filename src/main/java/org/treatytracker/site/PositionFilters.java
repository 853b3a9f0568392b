package org.treatytracker.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatytracker.api.ProblemException;
import org.treatytracker.position.Stance;

/** The position filters of the provision and stakeholder pages: reading the form, its choices, and the query to keep. */
final class PositionFilters {

    private PositionFilters() {
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
