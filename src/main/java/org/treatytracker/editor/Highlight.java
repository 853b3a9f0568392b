package org.treatytracker.editor;

import java.util.List;
import org.treatytracker.report.reading.StatementDetector;
import org.treatytracker.text.Html;

/** A paragraph as HTML with the suggestion's sentence marked and, inside it, the cue words that gave its stance. */
final class Highlight {

    private Highlight() {
    }

    static String paragraph(String text, String quote) {
        int at = quote == null || quote.isEmpty() ? -1 : text.indexOf(quote);
        if (at < 0) {
            return Html.escape(text);
        }
        return Html.escape(text.substring(0, at)) + "<mark class=\"sentence\">" + cues(quote) + "</mark>"
                + Html.escape(text.substring(at + quote.length()));
    }

    /** The sentence with each cue word in a {@code <b class="cue">}, so that it stands out without colour alone. */
    static String cues(String sentence) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        List<int[]> spans = StatementDetector.cues(sentence);
        for (int[] span : spans) {
            out.append(Html.escape(sentence.substring(at, span[0]))).append("<b class=\"cue\">")
                    .append(Html.escape(sentence.substring(span[0], span[1]))).append("</b>");
            at = span[1];
        }
        return out.append(Html.escape(sentence.substring(at))).toString();
    }
}
