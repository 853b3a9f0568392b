package org.treatytracker.report.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The linear scans that replaced regular expressions which backtracked on hostile text find exactly what those
 * expressions found, on any text made of the characters that matter to them.
 */
class ReaderScansPropertiesTest {

    private static final Pattern MENTION_QUOTED = Pattern.compile("[“\"]([^”\"]{12,})[”\"]|‘([^’]{12,})’");
    private static final Pattern LINKER_QUOTED = Pattern.compile("(?<![\\p{L}\\d])['‘\"“]([^'’\"”]{3,400})['’\"”](?![\\p{L}\\d])");
    private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");

    @Property(tries = 3000)
    void mentionQuotationsAreThoseOfTheRegularExpression(@ForAll("quoty") String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = MENTION_QUOTED.matcher(text);
        while (m.find()) {
            expected.add(m.start() + "-" + m.end());
        }
        assertEquals(expected, MentionFinder.quotations(text).stream().map(s -> s[0] + "-" + s[1]).toList());
    }

    @Property(tries = 3000)
    void linkerQuotationsAreThoseOfTheRegularExpression(@ForAll("quoty") String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = LINKER_QUOTED.matcher(text);
        while (m.find()) {
            expected.add(m.group(1));
        }
        assertEquals(expected, AlternativeLinker.quotations(text));
    }

    @Property(tries = 3000)
    void commentsGoAsTheRegularExpressionTookThem(@ForAll("commenty") String text) {
        String expected = HTML_COMMENT.matcher(text).replaceAll(m -> m.group().replaceAll("[^\\r\\n]", ""));
        assertEquals(expected, SectionedParagraphs.withoutComments(text));
    }

    @Provide
    Arbitrary<String> quoty() {
        Arbitrary<String> words = Arbitraries.strings().withChars("ab 1.é").ofMinLength(0).ofMaxLength(16);
        Arbitrary<String> marks = Arbitraries.of("“", "”", "\"", "‘", "’", "'", "");
        return Arbitraries.oneOf(words, marks).list().ofMaxSize(14).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> commenty() {
        return Arbitraries.oneOf(Arbitraries.of("<!--", "-->", "<!-->", "-", ">", "\n", "\r\n", "x"),
                Arbitraries.strings().withChars("<!-> x\n").ofMaxLength(6)).list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}
