package org.treatytracker.stakeholder;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names of stakeholders as reports write them ("the US", "TÜRKIYE", "G-77/CHINA", "Côte d'Ivoire"), reduced to
 * a key that ignores case, accents, punctuation and a leading "the", and an index from every name and alias to
 * what it names. Plain Java: no framework types.
 */
public final class StakeholderNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private StakeholderNames() {
    }

    /** "The G-77/CHINA" and "g 77 china" give the same key; an empty key means no name at all. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String key = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll(" ").strip();
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /** Every name and alias of each entry, by key. The first entry to claim a key keeps it. */
    public static final class Index<T> {

        private final Map<String, T> byKey = new HashMap<>();

        public Index<T> add(T value, String name, Collection<String> aliases) {
            claim(name, value);
            aliases.forEach(alias -> claim(alias, value));
            return this;
        }

        private void claim(String name, T value) {
            String key = key(name);
            if (!key.isEmpty()) {
                byKey.putIfAbsent(key, value);
            }
        }

        public Optional<T> find(String name) {
            return Optional.ofNullable(byKey.get(key(name)));
        }

        public int size() {
            return byKey.size();
        }
    }
}
