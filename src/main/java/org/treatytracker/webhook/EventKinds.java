package org.treatytracker.webhook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.treatytracker.audit.ChangeAction;
import org.treatytracker.audit.EntityKind;

/**
 * The kinds of event: one per kind of audited resource and action, {@code position.created},
 * {@code provision-version.updated}, {@code stakeholder.deleted}… A subscription names kinds, or every action
 * on a resource ({@code position.*}), or everything ({@code *}). Plain Java.
 */
public final class EventKinds {

    private EventKinds() {
    }

    /** Every kind, in a stable order. */
    public static List<String> all() {
        List<String> kinds = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            for (ChangeAction action : ChangeAction.values()) {
                kinds.add(kind.event() + "." + action.event());
            }
        }
        return kinds;
    }

    /** The kind of a change to an entity (named by its simple class name); null for an entity not listed. */
    public static String of(String entity, ChangeAction action) {
        String resource = EntityKind.ofType(entity).map(EntityKind::event).orElse(null);
        if (resource == null) {
            return null;
        }
        return resource + "." + action.event();
    }

    /** Whether a subscription's pattern is a kind, a resource's wildcard or the wildcard. */
    public static boolean isPattern(String pattern) {
        if ("*".equals(pattern)) {
            return true;
        }
        if (pattern.endsWith(".*")) {
            return EntityKind.ofEvent(pattern.substring(0, pattern.length() - 2)).isPresent();
        }
        return all().contains(pattern);
    }

    /** Whether an event of this kind matches any of the patterns. */
    public static boolean matches(Collection<String> patterns, String kind) {
        for (String pattern : patterns) {
            if (pattern.equals("*") || pattern.equals(kind)
                    || pattern.endsWith(".*") && kind.startsWith(pattern.substring(0, pattern.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
