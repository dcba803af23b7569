package com.pmosuite.risk.imports;

import com.pmosuite.shared.Csv;

/**
 * Test fixtures: a file's text as a table, read with the core's own reader and the detected separator. The plugin
 * reads uploaded files with Commons CSV ({@code SpreadsheetCsv}); the core's tests need no library for their
 * well-formed fixtures.
 */
public final class ImportFiles {
    private ImportFiles() {
    }

    public static ImportTable table(String text) {
        char separator = Separators.detect(text);
        return ImportTable.of(separator, Csv.read(text, separator));
    }
}
