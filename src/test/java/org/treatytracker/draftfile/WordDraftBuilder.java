package org.treatytracker.draftfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.w3c.dom.Element;

/**
 * Builds made-up Word drafts for tests with POI's numbering, styles and footnote APIs: list definitions
 * (abstractNum, num, lvlOverride), numbered and styled paragraphs, footnotes referenced by {@code [^n]} marks
 * in a paragraph's text, tables and nested content controls.
 */
final class WordDraftBuilder {

    /** One level of a list definition: suffix null for Word's default (a tab), restart null for the default. */
    record Lvl(int ilvl, String format, String text, long start, Integer restart, String suffix, boolean legal, Integer indent) {
        static Lvl of(int ilvl, String format, String text) {
            return new Lvl(ilvl, format, text, 1, null, null, false, null);
        }

        Lvl withStart(long s) {
            return new Lvl(ilvl, format, text, s, restart, suffix, legal, indent);
        }

        Lvl withRestart(int r) {
            return new Lvl(ilvl, format, text, start, r, suffix, legal, indent);
        }

        Lvl withSuffix(String s) {
            return new Lvl(ilvl, format, text, start, restart, s, legal, indent);
        }

        Lvl asLegal() {
            return new Lvl(ilvl, format, text, start, restart, suffix, true, indent);
        }

        Lvl withIndent(int twips) {
            return new Lvl(ilvl, format, text, start, restart, suffix, legal, twips);
        }
    }

    private static final Pattern MARK = Pattern.compile("\\[\\^([^\\]\\s]+)\\](?!:)");

    final XWPFDocument document = new XWPFDocument();
    private final XWPFNumbering numbering = document.createNumbering();
    private final XWPFStyles styles = document.createStyles();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private int abstracts;

    /** A note's text, for the {@code [^mark]} that references it. */
    WordDraftBuilder note(String mark, String text) {
        notes.put(mark, text);
        return this;
    }

    String noteOf(String mark) {
        return notes.getOrDefault(mark, "");
    }

    BigInteger abstractNum(Lvl... levels) {
        CTAbstractNum ct = CTAbstractNum.Factory.newInstance();
        ct.setAbstractNumId(BigInteger.valueOf(abstracts++));
        for (Lvl l : levels) {
            CTLvl lvl = ct.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(l.ilvl()));
            lvl.addNewStart().setVal(BigInteger.valueOf(l.start()));
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(l.format()));
            if (l.restart() != null) {
                lvl.addNewLvlRestart().setVal(BigInteger.valueOf(l.restart()));
            }
            if (l.legal()) {
                lvl.addNewIsLgl();
            }
            if (l.suffix() != null) {
                // CTLevelSuffix is not in poi-ooxml-lite: the element is written through the DOM.
                Element lvlElement = (Element) lvl.getDomNode();
                Element suff = lvlElement.getOwnerDocument().createElementNS(Ooxml.W, "w:suff");
                suff.setAttributeNS(Ooxml.W, "w:val", l.suffix());
                lvlElement.appendChild(suff);
            }
            lvl.addNewLvlText().setVal(l.text());
            if (l.indent() != null) {
                lvl.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(l.indent()));
            }
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(ct, numbering));
    }

    BigInteger num(BigInteger abstractNum) {
        return numbering.addNum(abstractNum);
    }

    /** A num continuing the abstractNum's list but restarting the level at start (lvlOverride/startOverride). */
    BigInteger numRestarting(BigInteger abstractNum, int level, long start) {
        BigInteger id = numbering.addNum(abstractNum);
        CTNumLvl override = numbering.getNum(id).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.valueOf(level));
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return id;
    }

    /** A paragraph style, based on another (or null), numbered by numId at ilvl (either may be null). */
    WordDraftBuilder style(String id, String basedOn, BigInteger numId, Integer ilvl) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(id);
        if (basedOn != null) {
            ct.addNewBasedOn().setVal(basedOn);
        }
        if (numId != null || ilvl != null) {
            CTPPrGeneral pPr = ct.addNewPPr();
            var numPr = pPr.addNewNumPr();
            if (numId != null) {
                numPr.addNewNumId().setVal(numId);
            }
            if (ilvl != null) {
                numPr.addNewIlvl().setVal(BigInteger.valueOf(ilvl));
            }
        }
        styles.addStyle(new XWPFStyle(ct, styles));
        return this;
    }

    XWPFParagraph paragraph(String text) {
        XWPFParagraph p = document.createParagraph();
        write(p, text);
        return p;
    }

    XWPFParagraph numbered(String text, BigInteger numId, int ilvl) {
        XWPFParagraph p = paragraph(text);
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(ilvl));
        return p;
    }

    XWPFParagraph styled(String text, String style) {
        XWPFParagraph p = paragraph(text);
        p.setStyle(style);
        return p;
    }

    /** A table, one paragraph per cell. */
    XWPFTable table(String[][] rows) {
        XWPFTable table = document.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                XWPFParagraph p = table.getRow(r).getCell(c).getParagraphs().get(0);
                write(p, rows[r][c]);
            }
        }
        return table;
    }

    /** A content control holding a content control holding the paragraphs (POI's body iteration skips both). */
    void nestedContentControl(String... paragraphs) {
        CTSdtBlock outer = document.getDocument().getBody().addNewSdt();
        CTSdtBlock inner = outer.addNewSdtContent().addNewSdt();
        var content = inner.addNewSdtContent();
        for (String text : paragraphs) {
            CTP p = content.addNewP();
            p.addNewR().addNewT().setStringValue(text);
        }
    }

    /** The text as runs, each {@code [^mark]} a reference to a new footnote holding the mark's note. */
    private void write(XWPFParagraph p, String text) {
        Matcher m = MARK.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                p.createRun().setText(text.substring(from, m.start()));
            }
            XWPFFootnote footnote = document.createFootnote();
            footnote.createParagraph().createRun().setText(notes.getOrDefault(m.group(1), ""));
            p.createRun().getCTR().addNewFootnoteReference().setId(footnote.getId());
            from = m.end();
        }
        if (from < text.length()) {
            p.createRun().setText(text.substring(from));
        }
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
