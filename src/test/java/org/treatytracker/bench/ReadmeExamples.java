package org.treatytracker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable examples of a Markdown file: every command of its {@code bash} blocks, in order, each with the answer
 * the file says it gets (a {@code # → 200 "slug":"ahc-cybercrime"} line right after it: the statuses allowed,
 * comma-separated, and words the answer contains). Blocks of another language ({@code sh}, {@code text}) are
 * not run. A command may span lines: a trailing backslash, an open quote, an open {@code $(} or a loop.
 */
final class ReadmeExamples {

    private static final Pattern EXPECTATION = Pattern.compile("#\\s*→\\s*(\\d{3}(?:,\\d{3})*)\\s*(.*)");

    /** One command; {@code statuses} null when the file gives no expected answer. */
    record Example(int line, String command, String statuses, String contains) {
    }

    private ReadmeExamples() {
    }

    static List<Example> of(String markdown) {
        List<Example> examples = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        boolean inBash = false;
        boolean inOther = false;
        StringBuilder command = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.trim();
            if (!inBash && !inOther && trimmed.startsWith("```")) {
                inBash = trimmed.equals("```bash");
                inOther = !inBash;
                continue;
            }
            if ((inBash || inOther) && trimmed.equals("```")) {
                if (inBash && !command.isEmpty()) {
                    examples.add(new Example(start, command.toString(), null, null));
                    command.setLength(0);
                }
                inBash = inOther = false;
                continue;
            }
            if (!inBash) {
                continue;
            }
            Matcher expected = EXPECTATION.matcher(trimmed);
            if (command.isEmpty() && expected.matches() && !examples.isEmpty()
                    && examples.get(examples.size() - 1).statuses() == null) {
                Example last = examples.remove(examples.size() - 1);
                examples.add(new Example(last.line(), last.command(), expected.group(1), expected.group(2).trim()));
                continue;
            }
            if (command.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (command.isEmpty()) {
                start = i + 1;
            }
            command.append(line).append('\n');
            if (complete(command.toString())) {
                examples.add(new Example(start, command.toString(), null, null));
                command.setLength(0);
            }
        }
        return examples;
    }

    /** Whether the lines so far end a command: no trailing backslash, quotes closed, loops and $( closed. */
    private static boolean complete(String text) {
        if (text.stripTrailing().endsWith("\\")) {
            return false;
        }
        int single = 0;
        int open = 0;
        boolean inSingle = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                inSingle = !inSingle;
                single++;
            } else if (!inSingle && c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end; // a comment to the end of its line
            } else if (!inSingle && c == '(') {
                open++;
            } else if (!inSingle && c == ')') {
                open--;
            }
        }
        int loops = 0;
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (t.matches("(for|while|until|if)\\b.*")) {
                loops++;
            }
            if (t.matches("(done|fi)\\b.*") || t.matches(".*;\\s*(done|fi)\\s*(#.*)?")) {
                loops--;
            }
        }
        return single % 2 == 0 && open <= 0 && loops <= 0;
    }
}
