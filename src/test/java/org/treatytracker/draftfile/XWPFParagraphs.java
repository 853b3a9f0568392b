package org.treatytracker.draftfile;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Paragraph set-ups POI has no one-call API for. */
final class XWPFParagraphs {

    private XWPFParagraphs() {
    }

    /** Gives a styled paragraph a level of its own (w:numPr with w:ilvl alone): the list still comes from the style. */
    static XWPFParagraph directLevel(XWPFParagraph p, int ilvl) {
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        (pPr.isSetNumPr() ? pPr.getNumPr() : pPr.addNewNumPr()).addNewIlvl().setVal(BigInteger.valueOf(ilvl));
        return p;
    }
}
