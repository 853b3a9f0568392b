package org.treatytracker.draftfile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.treatytracker.draftfile.WordDraftBuilder.Lvl;

/**
 * Turns a typed draft (plain text or Markdown, paragraphs separated by blank lines) into a Word document whose
 * article numbers, paragraph numbers, subparagraph letters and roman numbers and section letters are Word list
 * numbering (a new w:num with a startOverride wherever the typed number is not the one the list would give
 * next), whose footnote marks are footnote references and whose indented blocks are indented; and gives the
 * text twin: the same draft as Word would show it (each block on one line, its indentation in steps of four
 * spaces, footnote marks renumbered in order of reference, their notes after the body).
 */
final class TypedNumbersToWord {

    /** The Word document, the text twin, and how many typed numbers became list numbers. */
    record Converted(byte[] docx, String twin, int listNumbers, int footnotes) {
    }

    private static final Pattern DEFINITION = Pattern.compile("^\\[\\^([^\\]\\s]+)\\]:[ \\t]*(.*)$", Pattern.DOTALL);
    private static final Pattern MARK = Pattern.compile("\\[\\^([^\\]\\s]+)\\](?!:)");
    private static final Pattern ARTICLE = Pattern.compile("^Article (\\d+) (\\S.*)$");
    private static final Pattern PARAGRAPH = Pattern.compile("^(\\d+)\\. (\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^\\(([a-z]{1,3})\\) (\\S.*)$");
    private static final Pattern SECTION = Pattern.compile("^([A-Z]|[IVX]{1,4})\\. (\\S.*)$");

    /** One list family: its abstractNum, the num in use and the counters Word would have. */
    private static final class Family {
        final BigInteger abstractNum;
        BigInteger num;
        final long[] values = new long[9];

        Family(WordDraftBuilder word, BigInteger abstractNum) {
            this.abstractNum = abstractNum;
            this.num = word.num(abstractNum);
            Arrays.fill(values, Long.MIN_VALUE);
        }

        long expected(int level) {
            return values[level] == Long.MIN_VALUE ? 1 : values[level] + 1;
        }

        /** The num that numbers this value at this level: the current one, or a new one restarting the level. */
        BigInteger numFor(WordDraftBuilder word, int level, long value) {
            if (value != expected(level)) {
                num = word.numRestarting(abstractNum, level, value);
            }
            values[level] = value;
            for (int deeper = level + 1; deeper < values.length; deeper++) {
                values[deeper] = Long.MIN_VALUE;
            }
            return num;
        }
    }

    private TypedNumbersToWord() {
    }

    static Converted convert(String typed) {
        List<String> blocks = new ArrayList<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (String block : typed.replace('\u00a0', ' ').split("\\n[ \\t]*\\n")) {
            String line = oneLine(block);
            if (line.isBlank()) {
                continue;
            }
            Matcher definition = DEFINITION.matcher(line.strip());
            if (definition.matches()) {
                notes.putIfAbsent(definition.group(1), definition.group(2).strip());
            } else {
                blocks.add(line);
            }
        }
        WordDraftBuilder word = new WordDraftBuilder();
        // Articles and their paragraphs, nested numbers, letters and roman numbers: levels 0 … 5 of one list.
        Family articles = new Family(word, word.abstractNum(Lvl.of(0, "decimal", "Article %1").withSuffix("space"),
                Lvl.of(1, "decimal", "%2."), Lvl.of(2, "decimal", "%3."), Lvl.of(3, "decimal", "%4."), Lvl.of(4, "decimal", "%5."),
                Lvl.of(5, "lowerLetter", "(%6)"), Lvl.of(6, "lowerRoman", "(%7)")));
        // Sections: roman numbers, then capital letters.
        Family sections = new Family(word, word.abstractNum(Lvl.of(0, "upperRoman", "%1.").withSuffix("space"),
                Lvl.of(1, "upperLetter", "%2.").withSuffix("space")));
        StringBuilder twin = new StringBuilder();
        int[] references = {0};
        int listNumbers = 0;
        for (String line : blocks) {
            String renumbered = renumber(line, references, notes, word);
            twin.append(renumbered).append("\n\n");
            boolean heading = renumbered.startsWith("## ");
            int indent = heading ? 0 : Math.min(4, (renumbered.length() - renumbered.stripLeading().length()) / 4);
            String body = heading ? renumbered.substring(3) : renumbered.strip();
            XWPFParagraph p = null;
            Matcher m;
            if (heading && (m = ARTICLE.matcher(body)).matches()) {
                p = word.numbered(m.group(2), articles.numFor(word, 0, Long.parseLong(m.group(1))), 0);
            } else if (!heading && (m = PARAGRAPH.matcher(body)).matches() && m.group(1).length() < 6) {
                int level = 1 + indent;
                p = word.numbered(m.group(2), articles.numFor(word, level, Long.parseLong(m.group(1))), level);
            } else if (!heading && (m = LETTER.matcher(body)).matches()) {
                long letter = letterValue(m.group(1));
                long roman = romanValue(m.group(1));
                if (letter > 0 && (letter == articles.expected(5) || roman <= 0)) {
                    p = word.numbered(m.group(2), articles.numFor(word, 5, letter), 5);
                } else if (roman > 0) {
                    p = word.numbered(m.group(2), articles.numFor(word, 6, roman), 6);
                }
            } else if (!heading && indent == 0 && (m = SECTION.matcher(body)).matches()) {
                long letter = m.group(1).length() == 1 ? m.group(1).charAt(0) - 'A' + 1 : -1;
                long roman = romanValue(m.group(1).toLowerCase(java.util.Locale.ROOT));
                if (letter > 0 && (letter == sections.expected(1) || roman <= 0)) {
                    p = word.numbered(m.group(2), sections.numFor(word, 1, letter), 1);
                } else if (roman > 0) {
                    p = word.numbered(m.group(2), sections.numFor(word, 0, roman), 0);
                }
            }
            if (p == null) {
                p = word.paragraph(body);
            } else {
                listNumbers++;
            }
            if (heading) {
                p.setStyle("Heading2");
            } else if (indent > 0) {
                var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                pPr.addNewInd().setLeft(BigInteger.valueOf(indent * 720L));
            }
        }
        for (int n = 1; n <= references[0]; n++) {
            twin.append("[^").append(n).append("]: ").append(word.noteOf(Integer.toString(n)).isEmpty() ? "(empty note)" : word.noteOf(Integer.toString(n)))
                    .append("\n\n");
        }
        return new Converted(word.bytes(), twin.toString().strip() + "\n", listNumbers, references[0]);
    }

    /** Each reference gets the next number, as Word numbers footnotes; the builder gets its note under that number. */
    private static String renumber(String line, int[] references, Map<String, String> notes, WordDraftBuilder word) {
        Matcher m = MARK.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = Integer.toString(++references[0]);
            word.note(number, notes.getOrDefault(m.group(1), ""));
            m.appendReplacement(out, Matcher.quoteReplacement("[^" + number + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The block on one line: its first line's indentation kept in steps of four spaces, the rest joined by spaces. */
    private static String oneLine(String block) {
        String trimmedEnd = block.stripTrailing();
        String stripped = trimmedEnd.stripLeading();
        int spaces = trimmedEnd.length() - stripped.length();
        String joined = String.join(" ", stripped.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        return "    ".repeat(Math.min(4, spaces / 4)) + joined;
    }

    private static long letterValue(String s) {
        if (!s.chars().allMatch(c -> c == s.charAt(0))) {
            return -1;
        }
        return (s.length() - 1) * 26L + (s.charAt(0) - 'a' + 1);
    }

    private static long romanValue(String s) {
        for (int n = 1; n < 40; n++) {
            if (ListNumberFormat.format(n, "lowerRoman").equals(s)) {
                return n;
            }
        }
        return -1;
    }
}
