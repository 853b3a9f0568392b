package org.treatytracker.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A change set in plain words, for the changes page and the Atom feed: what it touched counted by kind and action
 * ("1 reading added, 1,421 provisions added"), and a few of the things themselves to follow, so that an import of a
 * whole draft reads as one line and not as a wall of "Provision N added".
 */
public final class ChangeDigest {

    /** Things of one kind and action listed one by one; more are counted only. */
    public static final int SHOWN = 3;

    /** One kind and action: how many, the words, and up to {@link #SHOWN} of the things (page or resource). */
    public record Group(String type, ChangeAction action, int count, String words, List<AuditDto.Changed> shown) {
    }

    private ChangeDigest() {
    }

    /** The groups of a change set, in the order its kinds first appear. */
    public static List<Group> of(AuditDto.Change change) {
        Map<String, List<AuditDto.Changed>> byKind = new LinkedHashMap<>();
        for (AuditDto.Changed entity : change.entities()) {
            byKind.computeIfAbsent(entity.type() + " " + entity.action().name(), k -> new ArrayList<>()).add(entity);
        }
        List<Group> groups = new ArrayList<>();
        for (List<AuditDto.Changed> same : byKind.values()) {
            AuditDto.Changed first = same.get(0);
            groups.add(new Group(first.type(), first.action(), same.size(), words(first.type(), first.action(), same.size()),
                    List.copyOf(same.subList(0, Math.min(SHOWN, same.size())))));
        }
        return groups;
    }

    /** The whole change set in one line: "1 reading added, 29 provisions added and 29 provision versions added". */
    public static String summary(AuditDto.Change change) {
        List<String> parts = of(change).stream().map(Group::words).toList();
        if (parts.isEmpty()) {
            return "no tracked entity";
        }
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** "1,421 provision versions added", "1 reading changed". */
    static String words(String type, ChangeAction action, int count) {
        String noun = type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        if (count != 1) {
            noun = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        }
        return String.format(Locale.ROOT, "%,d %s %s", count, noun, action.verb());
    }

    /** One thing as a reader names it: "Reading 3", "Provision version 12". */
    public static String name(AuditDto.Changed entity) {
        String type = entity.type().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1) + " " + entity.id();
    }
}
