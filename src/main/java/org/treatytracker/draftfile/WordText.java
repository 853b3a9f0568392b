package org.treatytracker.draftfile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of a Word body as the draft's typed twin would have it: paragraphs in document order, including those
 * in tables (a cell's paragraphs in turn, row by row) and in content controls (w:sdt) at any depth; each
 * numbered paragraph starts with the label Word draws ({@link WordNumbering}); a footnote or endnote reference
 * is the Markdown mark {@code [^n]} (footnotes 1, 2, 3 …, endnotes i, ii, iii … in order of first reference, as
 * Word numbers them by default), and the notes' texts follow the body as {@code [^n]: text} definitions, which
 * the draft parser keeps out of the provisions. A paragraph whose first line Word draws half an inch or more
 * from the margin starts with four spaces for each half inch. Deleted (tracked) text, hidden runs, field codes, drawings and
 * text boxes are not read.
 */
final class WordText {

    private static final int MAX_DEPTH = 64;
    private static final Set<String> SKIPPED = Set.of("pPr", "rPr", "sdtPr", "sdtEndPr", "tblPr", "tblGrid", "trPr", "tcPr",
            "sectPr", "del", "moveFrom", "delText", "instrText", "delInstrText", "drawing", "pict", "object", "Fallback",
            "footnoteRef", "endnoteRef", "fldData");

    private final WordNumbering numbering;
    private final ImportBudget budget;
    private final Deadline deadline;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> footnotes = new LinkedHashMap<>();
    private final Map<String, String> endnotes = new LinkedHashMap<>();
    private int paragraphs;

    WordText(WordNumbering numbering, ImportBudget budget, Deadline deadline) {
        this.numbering = numbering;
        this.budget = budget;
        this.deadline = deadline;
    }

    /** Footnote ids referenced, in order of first reference, with the mark each got. */
    Map<String, String> footnoteMarks() {
        return footnotes;
    }

    Map<String, String> endnoteMarks() {
        return endnotes;
    }

    /** Reads the body (or any block container: a cell, a content control) into the text. */
    void blocks(Node container, int depth) {
        if (depth > MAX_DEPTH) {
            throw new UnreadableDraftException("the .docx file nests tables or content controls more than " + MAX_DEPTH + " deep");
        }
        for (Element e : Ooxml.children(container)) {
            String name = e.getLocalName();
            if ("p".equals(name)) {
                paragraph(e);
            } else if (!SKIPPED.contains(name)) {
                blocks(e, depth + 1);
            }
        }
    }

    private void paragraph(Element p) {
        if ((++paragraphs & 0xFF) == 0) {
            deadline.check();
        }
        Element pPr = Ooxml.child(p, "pPr");
        // The label is counted even when the paragraph is empty: Word numbers an empty numbered paragraph too.
        WordNumbering.Label label = numbering.next(pPr);
        StringBuilder text = new StringBuilder();
        inline(p, text, true, 0);
        String clean = clean(text);
        if (clean.isEmpty()) {
            return;
        }
        String style = Ooxml.val(pPr, "pStyle");
        boolean heading = style != null && style.toLowerCase(Locale.ROOT).startsWith("heading");
        Integer indent = WordNumbering.firstLineIndent(Ooxml.child(pPr, "ind"));
        if (indent == null && label != null) {
            indent = label.indent();
        }
        out.append(heading ? "## " : indentation(indent)).append(label == null ? "" : label.typed()).append(clean).append("\n\n");
        budget.checkCharacters(out.length());
    }

    /**
     * Four spaces for each half inch (720 twips) the first line is indented, at most sixteen: a subparagraph
     * indented under its paragraph is indented in the text too, as a Markdown draft indents its nested lists.
     */
    private static String indentation(Integer twips) {
        return twips == null || twips < 720 ? "" : "    ".repeat(Math.min(4, twips / 720));
    }

    /** The text of a note's paragraphs, one line (references inside a note get no mark). */
    String noteText(Node note) {
        StringBuilder text = new StringBuilder();
        for (Element e : Ooxml.children(note)) {
            if ("p".equals(e.getLocalName())) {
                inline(e, text, false, 0);
                text.append(' ');
            }
        }
        return clean(text);
    }

    private void inline(Node parent, StringBuilder text, boolean marks, int depth) {
        if (depth > MAX_DEPTH) {
            throw new UnreadableDraftException("the .docx file nests a paragraph's content more than " + MAX_DEPTH + " deep");
        }
        for (Element e : Ooxml.children(parent)) {
            String name = e.getLocalName();
            switch (name) {
                case "t" -> text.append(Ooxml.text(e));
                case "tab", "ptab" -> text.append('\t');
                case "br", "cr" -> text.append(' ');
                case "noBreakHyphen" -> text.append('-');
                case "footnoteReference" -> mark(text, marks, footnotes, Ooxml.attr(e, "id"), false);
                case "endnoteReference" -> mark(text, marks, endnotes, Ooxml.attr(e, "id"), true);
                case "r" -> {
                    if (!Ooxml.on(Ooxml.child(e, "rPr"), "vanish")) {
                        inline(e, text, marks, depth + 1);
                    }
                }
                default -> {
                    if (!SKIPPED.contains(name)) {
                        inline(e, text, marks, depth + 1);
                    }
                }
            }
            if (text.length() > budget.maxCharacters()) {
                budget.checkCharacters(text.length());
            }
        }
    }

    private static void mark(StringBuilder text, boolean marks, Map<String, String> notes, String id, boolean endnote) {
        if (!marks || id == null) {
            return;
        }
        String mark = notes.computeIfAbsent(id, k -> {
            int n = notes.size() + 1;
            return endnote ? ListNumberFormat.format(n, "lowerRoman") : Integer.toString(n);
        });
        text.append("[^").append(mark).append(']');
    }

    private static String clean(CharSequence text) {
        return text.toString().replace('\u00a0', ' ').replaceAll("[\\r\\n\\u000b]+", " ").strip();
    }

    /** Appends a note definition after the body. */
    void note(String mark, String text) {
        out.append("[^").append(mark).append("]: ").append(text.isEmpty() ? "(empty note)" : text).append("\n\n");
        budget.checkCharacters(out.length());
    }

    String text() {
        return out.toString();
    }
}
