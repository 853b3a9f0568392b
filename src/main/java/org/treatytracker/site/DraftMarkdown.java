package org.treatytracker.site;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatytracker.compare.ComparisonDto;
import org.treatytracker.text.Html;

/**
 * The inline Markdown of the drafts ({@code **bold**}, {@code *italics*}, {@code [^2]} footnote marks), rendered
 * as HTML inside a diff's {@code <ins>}/{@code <del>} runs, everything else escaped. A run may open emphasis that a
 * later run closes, so the state of each side (the earlier text: equal and deleted runs; the later one: equal and
 * inserted runs) is carried from run to run, and every run closes what it opened: the HTML stays well formed
 * whatever the diff cut. A Markdown library renders a whole document, not slices of two documents interleaved,
 * hence this small reader of the three marks the drafts use.
 */
final class DraftMarkdown {

    /** Footnote marks, strong and emphasis marks; a {@code *} between spaces is an asterisk, not a mark. */
    private static final Pattern MARK = Pattern.compile("\\[\\^([^\\]\\s]{1,12})\\]|\\*\\*|(?<![\\s*])\\*|\\*(?![\\s*])");

    private DraftMarkdown() {
    }

    /** The diff as HTML: insertions in {@code <ins>}, deletions in {@code <del>}, Markdown rendered. */
    static String diff(List<ComparisonDto.Run> runs) {
        Deque<String> before = new ArrayDeque<>();
        Deque<String> after = new ArrayDeque<>();
        StringBuilder out = new StringBuilder();
        for (ComparisonDto.Run run : runs) {
            switch (run.op()) {
                case INSERT -> out.append("<ins>").append(render(run.text(), after)).append("</ins>");
                case DELETE -> out.append("<del>").append(render(run.text(), before)).append("</del>");
                default -> {
                    // Equal text is on both sides: it is shown as the later text sets it, and the earlier side follows its marks too.
                    out.append(render(run.text(), after));
                    render(run.text(), before);
                }
            }
        }
        return out.toString();
    }

    /** One piece of text rendered, with the emphasis open before it reopened and all of it closed after it. */
    static String render(String text, Deque<String> open) {
        StringBuilder out = new StringBuilder();
        open.descendingIterator().forEachRemaining(tag -> out.append('<').append(tag).append('>'));
        Matcher m = MARK.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(Html.escape(text.substring(at, m.start())));
            at = m.end();
            if (m.group(1) != null) {
                out.append("<sup class=\"fn\">").append(Html.escape(m.group(1))).append("</sup>");
                continue;
            }
            String tag = m.group().length() == 2 ? "strong" : "em";
            if (tag.equals(open.peek())) {
                open.pop();
                out.append("</").append(tag).append('>');
            } else if (open.contains(tag)) {
                // Crossed marks (**a *b** c*): close down to the tag, then reopen the rest.
                Deque<String> reopen = new ArrayDeque<>();
                while (!tag.equals(open.peek())) {
                    String inner = open.pop();
                    out.append("</").append(inner).append('>');
                    reopen.push(inner);
                }
                open.pop();
                out.append("</").append(tag).append('>');
                while (!reopen.isEmpty()) {
                    String inner = reopen.pop();
                    open.push(inner);
                    out.append('<').append(inner).append('>');
                }
            } else {
                open.push(tag);
                out.append('<').append(tag).append('>');
            }
        }
        out.append(Html.escape(text.substring(at)));
        open.forEach(tag -> out.append("</").append(tag).append('>'));
        return out.toString();
    }

    /** Text alone (no diff) rendered, all of it closed at the end. */
    static String render(String text) {
        return render(text, new ArrayDeque<>());
    }
}
