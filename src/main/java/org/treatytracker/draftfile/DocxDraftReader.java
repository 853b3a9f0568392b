package org.treatytracker.draftfile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.time.Duration;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.treatytracker.api.BudgetExceededException;

/**
 * Reads a Word (.docx) draft with Apache POI: the body's paragraphs in order, one block each, headings marked
 * as Markdown headings, list numbers written as Word displays them, footnotes as Markdown marks and definitions
 * ({@link WordText}); page headers and footers live in their own parts of the file and are never read.
 * numbering.xml, styles.xml and the notes' parts are parts of the package, inflated within the same budget.
 */
public final class DocxDraftReader {

    static {
        // A zip bomb is refused by POI before it is inflated (the default ratio, stated so it is not relaxed).
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    private DocxDraftReader() {
    }

    public static String read(byte[] docx) {
        return read(docx, ImportBudget.DEFAULTS, Deadline.of(Duration.ofMinutes(1)));
    }

    /**
     * The draft text of a .docx within the budget: every part is inflated once first, counting, and the file is
     * refused (413) as soon as one part or the whole passes its budget, before POI builds anything from it.
     */
    public static String read(byte[] docx, ImportBudget budget, Deadline deadline) {
        if (docx.length < 4 || docx[0] != 'P' || docx[1] != 'K') {
            throw new UnreadableDraftException("the body is not a .docx file (not a ZIP package)");
        }
        inflateWithinBudget(docx, budget, deadline);
        deadline.check();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            deadline.check();
            WordText text = new WordText(WordNumbering.of(document), budget, deadline);
            text.blocks(document.getDocument().getBody().getDomNode(), 0);
            deadline.check();
            text.footnoteMarks().forEach((id, mark) -> text.note(mark, noteText(text, document.getFootnoteByID(id(id)))));
            text.endnoteMarks().forEach((id, mark) -> text.note(mark, noteText(text, document.getEndnoteByID(id(id)))));
            String out = text.text();
            if (out.isEmpty()) {
                throw new UnreadableDraftException("the .docx file has no text");
            }
            return out.strip() + "\n";
        } catch (UnreadableDraftException | BudgetExceededException refused) {
            throw refused;
        } catch (IOException | RuntimeException damaged) {
            // POI reports a damaged or foreign package with POIXMLException, IllegalArgumentException and others.
            throw new UnreadableDraftException("the .docx file cannot be read: " + firstLine(damaged.getMessage()), damaged);
        }
    }

    /**
     * Inflates every entry of the package into nothing, counting the bytes that come out (the sizes a ZIP header
     * declares can lie): a part past {@code maxPartBytes} or a package past {@code maxInflatedBytes} is refused
     * after at most that many bytes were inflated. POI's own guard (a ratio of 1:100) lets a 1 MB file that
     * inflates 1:81 to 94 MB through, and POI would then hold that XML, several times over, on the heap.
     */
    static void inflateWithinBudget(byte[] docx, ImportBudget budget, Deadline deadline) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                long part = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    part += n;
                    total += n;
                    if (part > budget.maxPartBytes()) {
                        throw budget.tooManyPartBytes("the part " + cut(entry.getName()) + " of the .docx file");
                    }
                    if (total > budget.maxInflatedBytes()) {
                        throw budget.tooManyInflatedBytes("the .docx file's parts inflate to");
                    }
                    if ((part & 0xF_FFFF) < n) {
                        deadline.check();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException damaged) {
            throw new UnreadableDraftException("the .docx file cannot be read: " + firstLine(damaged.getMessage()), damaged);
        }
    }

    private static String cut(String name) {
        return name.length() > 100 ? name.substring(0, 100) + "…" : name;
    }

    private static int id(String id) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Ooxml.number(id, Integer.MIN_VALUE)));
    }

    private static String noteText(WordText text, XWPFAbstractFootnoteEndnote note) {
        return note == null ? "" : text.noteText(note.getCTFtnEdn().getDomNode());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "damaged file";
        }
        String line = message.lines().findFirst().orElse("damaged file");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
