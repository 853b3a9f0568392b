package org.treatytracker.draftfile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a published PDF draft with Apache PDFBox: the text layer of each page, in reading order, handed to
 * {@link LayoutCleaner}. Scanned pages without a text layer give no text and are said so, not guessed at.
 */
public final class PdfDraftReader {

    /** Pages read at most: a negotiating text of 300 pages is long; past this a file is refused, not truncated. */
    static final int MAX_PAGES = 1_000;
    /** Memory PDFBox may use for the document's streams before it spills to a temporary file, and the file's cap. */
    private static final long MAX_MAIN_MEMORY = 16L * 1024 * 1024;
    private static final long MAX_TEMP_FILE = 256L * 1024 * 1024;

    private PdfDraftReader() {
    }

    public static LayoutCleaner.Result read(byte[] pdf) {
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new UnreadableDraftException("the body is not a PDF (it does not start with %PDF-)");
        }
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY, MAX_MAIN_MEMORY + MAX_TEMP_FILE);
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null, memory.streamCache)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDraftException("the PDF is encrypted and does not allow its text to be extracted");
            }
            int pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new UnreadableDraftException("the PDF has " + pages + " pages; at most " + MAX_PAGES + " are read");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            List<String> texts = new ArrayList<>(pages);
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                texts.add(stripper.getText(document));
            }
            if (texts.stream().allMatch(String::isBlank)) {
                throw new UnreadableDraftException("the PDF has no text layer (a scan?); run it through OCR first");
            }
            return LayoutCleaner.clean(texts);
        } catch (InvalidPasswordException encrypted) {
            throw new UnreadableDraftException("the PDF is encrypted with a password", encrypted);
        } catch (IOException | RuntimeException damaged) {
            if (damaged instanceof UnreadableDraftException unreadable) {
                throw unreadable;
            }
            // PDFBox reports damage with IOExceptions and, deep in a broken file, with runtime exceptions too.
            throw new UnreadableDraftException("the PDF cannot be read: " + firstLine(damaged.getMessage()), damaged);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "damaged file";
        }
        String line = message.lines().findFirst().orElse("damaged file");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
