package org.treatytracker.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** CSV exports never hand a spreadsheet a formula: text cells that would start one get a single quote. No container. */
class CsvTest {

    private static List<CSVRecord> export(Object... cells) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.of(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), printer -> printer.printRecord(cells)).write(out);
        try (CSVParser parser = CSVParser.parse(out.toString(StandardCharsets.UTF_8), CSVFormat.RFC4180.builder().setHeader().get())) {
            return parser.getRecords();
        }
    }

    @Test
    void textCellsThatStartAFormulaAreQuoted() throws Exception {
        CSVRecord row = export("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTAB",
                "\rCR", "plain text", "", "'already", "a=b").get(0);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", row.get(0));
        assertEquals("'+1+cmd|' /C calc'!A0", row.get(1));
        assertEquals("'-2+3", row.get(2));
        assertEquals("'@SUM(A1:A9)", row.get(3));
        assertEquals("'\tTAB", row.get(4));
        assertEquals("'\rCR", row.get(5));
        assertEquals("plain text", row.get(6));
        assertEquals("", row.get(7));
        assertEquals("'already", row.get(8));
        assertEquals("a=b", row.get(9));
    }

    @Test
    void numbersStayNumbers() throws Exception {
        CSVRecord row = export(-5L, -2.5, 0, 7, true, null, "x", "y", "z", "-").get(0);
        assertEquals("-5", row.get(0));
        assertEquals("-2.5", row.get(1));
        assertEquals("true", row.get(4));
        assertEquals("", row.get(5));
        assertEquals("'-", row.get(9));
    }
}
