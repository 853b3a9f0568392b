package org.treatytracker.api;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV exports as RFC 4180 describes them (CRLF line ends, quotes doubled, fields quoted when they must be), in
 * UTF-8 with a header row of stable column names. Quoting is Apache Commons CSV's, not ours. The body is written
 * row by row while it is read, so an export's memory does not grow with its length.
 *
 * <p>Every text cell that a spreadsheet would read as a formula (it begins with {@code = + - @}, a tab or a carriage
 * return) gets a single quote in front, as OWASP's "CSV Injection" page recommends; numbers are written as numbers
 * and left alone, so a negative count stays a number.
 */
public final class Csv {

    /** The media type a client asks for; the answer adds the charset and says the header row is present. */
    public static final String MEDIA_TYPE = "text/csv";
    public static final String UTF_8 = "text/csv; charset=UTF-8; header=present";

    /** Writes the rows of one export; called once, when the body is written. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(Printer printer) throws IOException;
    }

    /** Prints records with every text cell neutralised; the one way exports write rows. */
    public static final class Printer {

        private final CSVPrinter printer;

        Printer(CSVPrinter printer) {
            this.printer = printer;
        }

        /** One row: numbers, booleans and nulls as they are, everything else as neutralised text. */
        public void printRecord(Object... values) throws IOException {
            Object[] cells = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                cells[i] = value == null || value instanceof Number || value instanceof Boolean ? value : neutralised(value.toString());
            }
            printer.printRecord(cells);
        }
    }

    /** The cell as text a spreadsheet shows rather than evaluates: a leading formula character gets a single quote before it. */
    public static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }

    private Csv() {
    }

    /** A streamed body: the header row, then whatever {@code rows} prints. */
    public static StreamingOutput of(List<String> columns, Rows rows) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
        return out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            // Not closed: the container owns the response stream; flushing hands over what is buffered.
            CSVPrinter printer = new CSVPrinter(writer, format);
            rows.writeTo(new Printer(printer));
            printer.flush();
        };
    }

    /** Whether a CSV request names a page; without page or size an export is the whole list. */
    public static boolean paged(jakarta.ws.rs.core.UriInfo uri) {
        return uri.getQueryParameters().containsKey("page") || uri.getQueryParameters().containsKey("size");
    }
}
