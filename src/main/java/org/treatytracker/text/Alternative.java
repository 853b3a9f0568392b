package org.treatytracker.text;

import java.util.List;

/**
 * One alternative of a bracket set: its opening ({@code [} or an {@code Option 2:} header), its content
 * (agreed text and nested sets) and its closing ({@code ]}, or nothing for an option). Offsets are into the
 * provision's text; {@code contentStart} and {@code contentEnd} delimit the content without the delimiters.
 */
public record Alternative(int start, int end, int contentStart, int contentEnd, List<DraftNode> content) {

    public Alternative {
        content = List.copyOf(content);
    }
}
