package org.treatytracker.draftfile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.treatytracker.api.BudgetExceededException;

/**
 * Measures, before any text is extracted, what a PDF's text extraction would have to decompress: each page's
 * content streams and the forms it draws (counted once per page that uses them: a thousand pages may share one
 * stream, and each page interprets it again), and the fonts and character maps (counted once). A stream is
 * decoded once, into nothing, and only until its budget is spent; images are never decoded, since text
 * extraction does not look at them. PDFBox itself would read a whole embedded font into the heap.
 */
final class PdfBudget {

    private final ImportBudget budget;
    private final Deadline deadline;
    private final Map<COSStream, Long> decoded = new IdentityHashMap<>();
    private final Set<COSStream> countedOnce = Collections.newSetFromMap(new IdentityHashMap<>());
    private long total;

    private PdfBudget(ImportBudget budget, Deadline deadline) {
        this.budget = budget;
        this.deadline = deadline;
    }

    /** Refuses (413) a PDF whose pages or objects, or whose decompressed content, pass the budget. */
    static void check(PDDocument document, ImportBudget budget, Deadline deadline) throws IOException {
        int pages = document.getNumberOfPages();
        if (pages > budget.maxPages()) {
            throw BudgetExceededException.tooLarge(ImportBudget.PAGES, budget.maxPages(), "pages",
                    "the PDF has " + pages + " pages");
        }
        int objects = document.getDocument().getXrefTable().size();
        if (objects > budget.maxObjects()) {
            throw BudgetExceededException.tooLarge(ImportBudget.OBJECTS, budget.maxObjects(), "objects",
                    "the PDF has " + objects + " objects");
        }
        PdfBudget measure = new PdfBudget(budget, deadline);
        for (PDPage page : document.getPages()) {
            deadline.check();
            measure.page(page.getCOSObject());
        }
    }

    private void page(COSDictionary page) throws IOException {
        COSBase contents = page.getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream stream) {
            perUse(stream);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    perUse(stream);
                }
            }
        }
        resources(resourcesOf(page), Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** Resources are inherited from the page tree when a page has none of its own. */
    private static COSDictionary resourcesOf(COSDictionary page) {
        for (COSDictionary node = page; node != null; node = node.getCOSDictionary(COSName.PARENT)) {
            COSDictionary resources = node.getCOSDictionary(COSName.RESOURCES);
            if (resources != null) {
                return resources;
            }
        }
        return null;
    }

    private void resources(COSDictionary resources, Set<COSStream> formsOnThisPage) throws IOException {
        if (resources == null) {
            return;
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font) {
                    font(font, 0);
                }
            }
        }
        COSDictionary xObjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xObjects != null) {
            for (COSName name : xObjects.keySet()) {
                if (xObjects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE)) && formsOnThisPage.add(form)) {
                    perUse(form);
                    resources(form.getCOSDictionary(COSName.RESOURCES), formsOnThisPage);
                }
            }
        }
    }

    private void font(COSDictionary font, int depth) throws IOException {
        once(font.getDictionaryObject(COSName.TO_UNICODE));
        COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor != null) {
            once(descriptor.getDictionaryObject(COSName.FONT_FILE));
            once(descriptor.getDictionaryObject(COSName.FONT_FILE2));
            once(descriptor.getDictionaryObject(COSName.FONT_FILE3));
        }
        COSDictionary charProcs = font.getCOSDictionary(COSName.CHAR_PROCS);
        if (charProcs != null) {
            for (COSName glyph : charProcs.keySet()) {
                once(charProcs.getDictionaryObject(glyph));
            }
        }
        if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants && depth == 0) {
            for (int i = 0; i < descendants.size(); i++) {
                if (descendants.getObject(i) instanceof COSDictionary descendant) {
                    font(descendant, 1);
                }
            }
        }
    }

    private void once(COSBase object) throws IOException {
        if (object instanceof COSStream stream && countedOnce.add(stream)) {
            add(sizeOf(stream));
        }
    }

    private void perUse(COSStream stream) throws IOException {
        add(sizeOf(stream));
    }

    private void add(long bytes) {
        total += bytes;
        if (total > budget.maxInflatedBytes()) {
            throw budget.tooManyInflatedBytes("text extraction would interpret");
        }
    }

    /** The stream's decoded length, decoded once and at most up to its budget. */
    private long sizeOf(COSStream stream) throws IOException {
        Long known = decoded.get(stream);
        if (known != null) {
            return known;
        }
        deadline.check();
        List<COSName> filters = filtersOf(stream);
        InputStream in = stream.createRawInputStream();
        long size;
        try {
            for (int i = 0; i < filters.size() - 1; i++) {
                // A chain of filters: each stage's output (within the part budget) is the next one's input.
                ByteArrayOutputStream stage = new ByteArrayOutputStream();
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, new Capped(stage, budget.maxPartBytes()), stream, i);
                in.close();
                in = new ByteArrayInputStream(stage.toByteArray());
            }
            Capped sink = new Capped(OutputStream.nullOutputStream(), budget.maxPartBytes());
            if (filters.isEmpty()) {
                in.transferTo(sink);
            } else {
                FilterFactory.INSTANCE.getFilter(filters.get(filters.size() - 1)).decode(in, sink, stream, filters.size() - 1);
            }
            size = sink.count;
        } catch (PartTooLarge tooLarge) {
            throw budget.tooManyPartBytes("a stream of the PDF (object " + objectOf(stream) + ")");
        } finally {
            in.close();
        }
        decoded.put(stream, size);
        return size;
    }

    private static String objectOf(COSStream stream) {
        return stream.getKey() == null ? "inline" : String.valueOf(stream.getKey().getNumber());
    }

    private static List<COSName> filtersOf(COSStream stream) {
        COSBase filters = stream.getFilters();
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Signals, from inside a filter, that a stream passed its budget. */
    private static final class PartTooLarge extends IOException {
        PartTooLarge() {
            super("stream too large", null);
        }
    }

    /** Counts what passes through and stops the decoding at the cap. */
    private final class Capped extends OutputStream {
        private final OutputStream out;
        private final long cap;
        long count;

        Capped(OutputStream out, long cap) {
            this.out = out;
            this.cap = cap;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long before = count;
            count += len;
            if (count > cap) {
                throw new PartTooLarge();
            }
            if ((before >> 20) != (count >> 20)) {
                deadline.check();
            }
            out.write(b, off, len);
        }
    }
}
