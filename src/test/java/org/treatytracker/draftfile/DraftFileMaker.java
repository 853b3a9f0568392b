package org.treatytracker.draftfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Makes draft files for tests from a plain-text draft (paragraphs separated by blank lines): a PDF laid out as
 * secretariats publish, with a running header, "Page n of m" and wrapped lines; and a Word .docx, a paragraph
 * per paragraph. {@code main} writes the PDF fixture that docs/imports.md's example imports.
 */
public final class DraftFileMaker {

    private static final int LINES_PER_PAGE = 18;
    private static final int CHARS_PER_LINE = 95;

    private DraftFileMaker() {
    }

    public static byte[] pdf(String draft, String ownerPassword, String userPassword) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : draft.strip().split("\\n\\s*\\n")) {
            lines.addAll(wrap(paragraph.strip().replace('\n', ' ')));
        }
        int pages = (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setFont(font, 9);
                    content.beginText();
                    content.newLineAtOffset(50, 800);
                    content.setLeading(14);
                    content.showText("AD HOC COMMITTEE ON A MADE-UP CONVENTION");
                    content.newLine();
                    content.showText("AHC/2026/L.1");
                    content.newLine();
                    content.showText("Page " + (p + 1) + " of " + pages);
                    content.newLine();
                    content.newLine();
                    for (int i = p * LINES_PER_PAGE; i < Math.min(lines.size(), (p + 1) * LINES_PER_PAGE); i++) {
                        content.showText(lines.get(i));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (userPassword != null) {
                AccessPermission none = new AccessPermission();
                none.setCanExtractContent(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, none);
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx(String draft) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : draft.strip().split("\\n\\s*\\n")) {
                document.createParagraph().createRun().setText(paragraph.strip().replace('\n', ' '));
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** Greedy wrapping at {@link #CHARS_PER_LINE}, as a typesetter breaks a paragraph into lines. */
    private static List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > CHARS_PER_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Writes the PDF twin of a plain-text draft: {@code DraftFileMaker draft.txt draft.pdf}. */
    public static void main(String[] args) throws IOException {
        String draft = Files.readString(Path.of(args[0]));
        Files.write(Path.of(args[1]), pdf(draft, null, null));
    }
}
