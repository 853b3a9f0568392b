package org.treatytracker.draftfile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.treatytracker.api.BudgetExceededException;

/**
 * Reads a published PDF draft with Apache PDFBox: the text layer of each page, in reading order, handed to
 * {@link LayoutCleaner}. Scanned pages without a text layer give no text and are said so, not guessed at.
 */
public final class PdfDraftReader {

    /** Memory PDFBox may use for the document's streams before it spills to a temporary file, and the file's cap. */
    private static final long MAX_MAIN_MEMORY = 16L * 1024 * 1024;
    private static final long MAX_TEMP_FILE = 256L * 1024 * 1024;

    private PdfDraftReader() {
    }

    public static LayoutCleaner.Result read(byte[] pdf) {
        return read(pdf, ImportBudget.DEFAULTS, Deadline.of(Duration.ofMinutes(1)));
    }

    /**
     * The draft text of a PDF within the budget: pages and objects are counted, and what extracting the text
     * would decompress is measured ({@link PdfBudget}), before a page is read; the deadline is checked between
     * pages and every few thousand operators within one.
     */
    public static LayoutCleaner.Result read(byte[] pdf, ImportBudget budget, Deadline deadline) {
        if (pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new UnreadableDraftException("the body is not a PDF (it does not start with %PDF-)");
        }
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY, MAX_MAIN_MEMORY + MAX_TEMP_FILE);
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null, memory.streamCache)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDraftException("the PDF is encrypted and does not allow its text to be extracted");
            }
            PdfBudget.check(document, budget, deadline);
            int pages = document.getNumberOfPages();
            PDFTextStripper stripper = new DeadlineStripper(deadline);
            stripper.setSortByPosition(false);
            List<String> texts = new ArrayList<>(pages);
            long characters = 0;
            for (int p = 1; p <= pages; p++) {
                deadline.check();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(document);
                characters += text.length();
                budget.checkCharacters(characters);
                texts.add(text);
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
            if (damaged instanceof BudgetExceededException refused) {
                throw refused;
            }
            // PDFBox reports damage with IOExceptions and, deep in a broken file, with runtime exceptions too.
            throw new UnreadableDraftException("the PDF cannot be read: " + firstLine(damaged.getMessage()), damaged);
        }
    }

    /** PDFBox's text extraction, which checks the deadline every few thousand operators of a page. */
    private static final class DeadlineStripper extends PDFTextStripper {
        private final Deadline deadline;
        private int operators;

        DeadlineStripper(Deadline deadline) {
            this.deadline = deadline;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ((++operators & 0xFFF) == 0) {
                deadline.check();
            }
            super.processOperator(operator, operands);
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
