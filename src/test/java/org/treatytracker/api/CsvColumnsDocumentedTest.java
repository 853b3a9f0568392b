package org.treatytracker.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.compare.ComparisonCsv;
import org.treatytracker.position.PositionCsv;
import org.treatytracker.provision.ProvisionCsv;

/** docs/api.md lists every CSV's columns as the code writes them, so a new column cannot go undocumented. */
class CsvColumnsDocumentedTest {

    @Test
    void apiDocsListEachCsvsColumnsInOrder() throws IOException {
        // Markdown wraps the list over lines with an indent; compare with the whitespace collapsed.
        String docs = Files.readString(Path.of("docs/api.md")).replaceAll("\\s+", " ");
        for (List<String> columns : List.of(PositionCsv.COLUMNS, ProvisionCsv.COLUMNS, ComparisonCsv.COLUMNS)) {
            String listed = "`" + String.join(", ", columns) + "`";
            assertTrue(docs.contains(listed), "docs/api.md does not list the columns " + listed);
        }
    }
}
