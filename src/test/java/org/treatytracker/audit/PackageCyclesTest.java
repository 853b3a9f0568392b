package org.treatytracker.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The feature packages depend on each other without a cycle: audit sees the domain, and what reacts to changes
 * (search, webhook, site) depends on audit, never the other way round. Reads the sources, so it needs no container.
 */
class PackageCyclesTest {

    private static final Path ROOT = Path.of("src/main/java/org/treatytracker");
    private static final Pattern REFERENCE = Pattern.compile("org\\.treatytracker\\.([a-z]+)\\.");

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = ROOT.relativize(file).getName(0).toString();
                Matcher m = REFERENCE.matcher(Files.readString(file));
                Set<String> used = uses.computeIfAbsent(pkg, p -> new HashSet<>());
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            if (reaches(uses, start, start, new HashSet<>())) {
                cycles.add(start);
            }
        }
        assertEquals(List.of(), cycles, "packages that reach themselves: " + uses);
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String target, Set<String> seen) {
        for (String next : uses.getOrDefault(from, Set.of())) {
            if (next.equals(target) || seen.add(next) && reaches(uses, next, target, seen)) {
                return true;
            }
        }
        return false;
    }
}
