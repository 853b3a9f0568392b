package org.treatytracker.draftfile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word (.docx) draft with Apache POI: the body's paragraphs in order, one block each, headings marked
 * as Markdown headings; page headers and footers live in their own parts of the file and are never read.
 * Tables are read cell by cell, a cell a block. Numbers that Word generates for a numbered list are not in the
 * text and are not recreated: drafts write their paragraph numbers as text.
 */
public final class DocxDraftReader {

    static {
        // A zip bomb is refused by POI before it is inflated (the default ratio, stated so it is not relaxed).
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    private DocxDraftReader() {
    }

    public static String read(byte[] docx) {
        if (docx.length < 4 || docx[0] != 'P' || docx[1] != 'K') {
            throw new UnreadableDraftException("the body is not a .docx file (not a ZIP package)");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    append(out, paragraph);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> append(out, p));
                        }
                    }
                }
            }
            if (out.isEmpty()) {
                throw new UnreadableDraftException("the .docx file has no text");
            }
            return out.toString().strip() + "\n";
        } catch (UnreadableDraftException unreadable) {
            throw unreadable;
        } catch (IOException | RuntimeException damaged) {
            // POI reports a damaged or foreign package with POIXMLException, IllegalArgumentException and others.
            throw new UnreadableDraftException("the .docx file cannot be read: " + firstLine(damaged.getMessage()), damaged);
        }
    }

    private static void append(StringBuilder out, XWPFParagraph paragraph) {
        String text = paragraph.getText().replace('\u00a0', ' ').replaceAll("[\\r\\n\\u000b]+", " ").strip();
        if (text.isEmpty()) {
            return;
        }
        String style = paragraph.getStyle();
        boolean heading = style != null && style.toLowerCase(java.util.Locale.ROOT).startsWith("heading");
        out.append(heading ? "## " : "").append(text).append("\n\n");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "damaged file";
        }
        String line = message.lines().findFirst().orElse("damaged file");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
