package org.treatytracker.draftfile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Hostile draft files, made in the test (nothing large is committed): a .docx whose document.xml inflates 1:81
 * to about 94 MB, .docx files with a billion-laughs or an external entity, a PDF with a 512 MB embedded font,
 * a PDF of 1,000 pages sharing one large content stream, and a PDF of too many pages.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** A .docx made by POI whose word/document.xml is replaced by what {@code writer} writes. */
    static byte[] docxWithDocument(DocumentWriter writer) throws IOException {
        byte[] base = DraftFileMaker.docx("Article 1. Scope\n\nThe Parties shall cooperate.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    writer.write(zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Writes a document part. */
    interface DocumentWriter {
        void write(OutputStream out) throws IOException;
    }

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * About 94 MB of article paragraphs whose numbers and words vary enough that the whole deflates only about
     * 1:81 (under POI's own 1:100 zip-bomb guard) into about 1.2 MB.
     */
    public static byte[] docxBomb() throws IOException {
        return docxWithDocument(out -> {
            String[] words = {"Parties", "shall", "cooperate", "computer", "data", "digital", "information", "offence"};
            Random random = new Random(42);
            // Three long sentences, one chosen at random for each numbered paragraph: about 1:80 under Deflate.
            String[] sentences = new String[3];
            for (int s = 0; s < sentences.length; s++) {
                StringBuilder sentence = new StringBuilder();
                for (int w = 0; w < 150; w++) {
                    sentence.append(words[random.nextInt(words.length)]).append(' ');
                }
                sentences[s] = sentence.toString();
            }
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W + "\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            long written = 0;
            for (int n = 1; written < 94_000_000L; n++) {
                byte[] bytes = ("<w:p><w:r><w:t>Article " + n + ". " + sentences[random.nextInt(sentences.length)] + "</w:t></w:r></w:p>")
                        .getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                written += bytes.length;
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A document.xml with the billion laughs: entities that expand to 10^9 "lol"s. */
    public static byte[] docxBillionLaughs() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        return docxWithDocument(out -> out.write(("<?xml version=\"1.0\"?>" + dtd + "<w:document xmlns:w=\"" + W
                + "\"><w:body><w:p><w:r><w:t>Article 1. &lol9;</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8)));
    }

    /** A document.xml that names an external entity (a file of the server). */
    public static byte[] docxExternalEntity() throws IOException {
        return docxWithDocument(out -> out.write(("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "
                + "\"file:///etc/passwd\">]><w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>Article 1. &secret;</w:t></w:r></w:p>"
                + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8)));
    }

    /** A one-page PDF whose text is set in a TrueType font embedded as {@code fontBytes} zero bytes, Flate-compressed. */
    public static byte[] pdfWithHugeFont(long fontBytes) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSStream fontFile = document.getDocument().createCOSStream();
            try (OutputStream font = fontFile.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] zeros = new byte[1 << 20];
                for (long left = fontBytes; left > 0; left -= zeros.length) {
                    font.write(zeros, 0, (int) Math.min(zeros.length, left));
                }
            }
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "Huge");
            descriptor.setInt(COSName.FLAGS, 32);
            descriptor.setItem(COSName.FONT_FILE2, fontFile);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
            font.setName(COSName.BASE_FONT, "Huge");
            font.setInt(COSName.FIRST_CHAR, 32);
            font.setInt(COSName.LAST_CHAR, 126);
            COSArray widths = new COSArray();
            for (int c = 32; c <= 126; c++) {
                widths.add(COSInteger.get(500));
            }
            font.setItem(COSName.WIDTHS, widths);
            font.setItem(COSName.FONT_DESC, descriptor);
            PDPage page = new PDPage();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            COSDictionary resources = new COSDictionary();
            resources.setItem(COSName.FONT, fonts);
            page.setResources(new PDResources(resources));
            page.getCOSObject().setItem(COSName.CONTENTS, contentStream(document, "BT /F1 12 Tf 72 720 Td (Article 1. Scope) Tj ET\n", 1));
            document.addPage(page);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** {@code pages} pages that all draw one Flate content stream of about {@code contentBytes} bytes. */
    public static byte[] pdfSharingOneStream(int pages, int contentBytes) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String line = "BT /F1 1 Tf 72 720 Td (Article 1. Scope) Tj ET\n";
            COSStream shared = contentStream(document, line, contentBytes / line.length());
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                page.setResources(resources);
                page.getCOSObject().setItem(COSName.CONTENTS, shared);
                document.addPage(page);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** {@code pages} pages, each with one short line. */
    public static byte[] pdfOfPages(int pages) throws IOException {
        return pdfSharingOneStream(pages, 100);
    }

    private static COSStream contentStream(PDDocument document, String line, int times) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream content = stream.createOutputStream(COSName.FLATE_DECODE)) {
            byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < Math.max(1, times); i++) {
                content.write(bytes);
            }
        }
        return stream;
    }

    /** A Markdown draft of {@code count} lines "Article 1", each its own paragraph. */
    public static String manyArticles(int count) {
        return "Article 1\n\n".repeat(count);
    }
}
