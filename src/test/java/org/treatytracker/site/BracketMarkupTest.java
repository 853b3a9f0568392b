package org.treatytracker.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.treatytracker.text.BracketParser;

/** The marked text of a provision: every character once, in order, with sets, alternatives and options marked. */
class BracketMarkupTest {

    /** The text a reader sees: the markup without its tags and without the sets' number links. */
    private static String readerText(String html) {
        return html.replaceAll("<a class=\"set-no\"[^>]*>.*?</a>", "").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String render(String text) {
        return BracketMarkup.render(BracketParser.parse(text, BracketParser.Mode.TOLERANT));
    }

    @Test
    void marksAlternativesApartAndNestingInside() {
        String html = render("access to [computer data] [digital information [stored] [held]] without right");
        assertTrue(html.contains("<span class=\"set depth-1\" data-set=\"1\""), html);
        assertTrue(html.contains("<span class=\"alt alt-1\" data-alternative=\"1\"><span class=\"glyph\">[</span>computer data"), html);
        assertTrue(html.contains("<span class=\"alt alt-2\" data-alternative=\"2\"><span class=\"glyph\">[</span>digital information "
                + "<span class=\"set depth-2\""), "the nested set sits inside the second alternative: " + html);
        assertTrue(html.contains("<a class=\"set-no\" href=\"#set-2\">"), html);
    }

    @Test
    void marksAnOptionGroupAsAGroupOfOptions() {
        String html = render("Chapeau.\n**Option 1:** Parties shall report.\n**Option 2:** Parties [shall] [should] report.\n");
        assertTrue(html.contains("<span class=\"options depth-1\" data-set=\"1\" title=\"Option group, bracket set 1, 2 alternatives, depth 1\">"
                + "<a class=\"set-no\" href=\"#set-1\">"), html);
        assertEquals(2, html.split("<span class=\"option alt-").length - 1, html);
        // The Markdown emphasis of an option's header is not shown.
        assertTrue(html.contains("<span class=\"glyph\">Option 1:</span>"), html);
        assertFalse(html.contains("**"), html);
    }

    @Test
    void escapesTheText() {
        String html = render("a <script>x</script> & [b \"c\"]");
        assertTrue(html.contains("a &lt;script&gt;x&lt;/script&gt; &amp; "), html);
        assertTrue(html.contains("b &quot;c&quot;"), html);
    }

    @Property(tries = 300)
    void theReaderSeesTheWholeTextInOrder(@ForAll @StringLength(max = 120) @Chars({'[', ']', ' ', '\n', '<', '&', '*', ':'})
            @CharRange(from = 'a', to = 'e') String text) {
        assertEquals(text, readerText(render(text)));
    }

    @Property(tries = 100)
    void optionGroupsKeepTheWholeTextToo(@ForAll @StringLength(max = 40) @CharRange(from = 'a', to = 'c') String a,
            @ForAll @StringLength(max = 40) @Chars({'[', ']', ' ', 'x'}) String b) {
        String text = "Intro " + a + "\nOption 1: " + a + "\nOption 2: " + b + "\nAfter.";
        assertEquals(text, readerText(render(text)));
    }
}
