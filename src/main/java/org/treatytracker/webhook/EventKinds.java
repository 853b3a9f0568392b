package org.treatytracker.webhook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of event: one per kind of audited resource and action, {@code position.created},
 * {@code provision-version.updated}, {@code stakeholder.deleted}… A subscription names kinds, or every action
 * on a resource ({@code position.*}), or everything ({@code *}). Plain Java.
 */
public final class EventKinds {

    /** The audited entities (simple class names) and the resource word their events use. */
    static final Map<String, String> RESOURCES = new LinkedHashMap<>();

    static {
        RESOURCES.put("Negotiation", "negotiation");
        RESOURCES.put("Reading", "reading");
        RESOURCES.put("Provision", "provision");
        RESOURCES.put("ProvisionVersion", "provision-version");
        RESOURCES.put("Stakeholder", "stakeholder");
        RESOURCES.put("SourceDocument", "source");
        RESOURCES.put("Paragraph", "paragraph");
        RESOURCES.put("Position", "position");
        RESOURCES.put("Suggestion", "suggestion");
    }

    static final List<String> ACTIONS = List.of("created", "updated", "deleted");

    private EventKinds() {
    }

    /** Every kind, in a stable order. */
    public static List<String> all() {
        List<String> kinds = new ArrayList<>();
        RESOURCES.values().forEach(resource -> ACTIONS.forEach(action -> kinds.add(resource + "." + action)));
        return kinds;
    }

    /** The kind of a change to an entity, from Envers' revision type (ADD, MOD, DEL); null for an entity not listed. */
    public static String of(String entity, String revisionType) {
        String resource = RESOURCES.get(entity);
        if (resource == null) {
            return null;
        }
        return resource + "." + switch (revisionType) {
            case "ADD" -> "created";
            case "DEL" -> "deleted";
            default -> "updated";
        };
    }

    /** Whether a subscription's pattern is a kind, a resource's wildcard or the wildcard. */
    public static boolean isPattern(String pattern) {
        if ("*".equals(pattern)) {
            return true;
        }
        if (pattern.endsWith(".*")) {
            return RESOURCES.containsValue(pattern.substring(0, pattern.length() - 2));
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
