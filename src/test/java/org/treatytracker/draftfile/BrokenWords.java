package org.treatytracker.draftfile;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fidelity measure of the PDF import: words still broken per 1,000 words, judged against an independent
 * vocabulary (the words of other transcriptions of the same negotiation), never the document's own, which is
 * what {@link WordMender} uses. A break is two letter runs split by a space or an open hyphen ({@code Conven
 * tion}, {@code high -level}, {@code decision- making}) whose joined form is a reference word while one of the
 * fragments is not.
 */
public final class BrokenWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern PAIR = Pattern.compile("(?<![\\p{L}\\-])(\\p{L}+)( |- | -|-\\n|\\n)(\\p{L}+)(?![\\p{L}])");

    private BrokenWords() {
    }

    public static Set<String> vocabulary(String... texts) {
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    public static int words(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    public static int broken(String text, Set<String> reference) {
        int n = 0;
        Matcher m = PAIR.matcher(text);
        int from = 0;
        while (m.find(from)) {
            String a = m.group(1).toLowerCase(Locale.ROOT);
            String b = m.group(3).toLowerCase(Locale.ROOT);
            boolean hyphen = m.group(2).contains("-");
            boolean joinedIsWord = reference.contains(a + b) || hyphen && reference.contains(a) && reference.contains(b);
            if (joinedIsWord && (!reference.contains(a) || !reference.contains(b) || hyphen && !"and".equals(b) && !"or".equals(b))) {
                n++;
                from = m.end();
            } else {
                from = m.start(3);
            }
        }
        return n;
    }

    public static double perThousand(String text, Set<String> reference) {
        int words = words(text);
        return words == 0 ? 0 : 1000.0 * broken(text, reference) / words;
    }
}
