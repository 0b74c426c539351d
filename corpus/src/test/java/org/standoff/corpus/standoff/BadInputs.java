package org.standoff.corpus.standoff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The table of malformed inputs in {@code src/test/resources/standoff/bad/README.md}. */
final class BadInputs {
    static final Path DIRECTORY = Path.of("src/test/resources/standoff/bad");

    private BadInputs() {
    }

    /**
     * One row: the file, whether the JSON Schema accepts it, whether a document is built, the first
     * diagnostic (or {@code "-"} cells when there is none) and the number of diagnostics.
     */
    record Case(String file, String what, boolean schemaValid, boolean documentBuilt, String severity, String code,
                String pointer, String lineColumn, String message, int count) {
        Path path() {
            return DIRECTORY.resolve(file);
        }

        @Override
        public String toString() {
            return file + " (" + what + ")";
        }
    }

    static List<Case> cases() {
        try {
            List<Case> cases = new ArrayList<>();
            for (String line : Files.readAllLines(DIRECTORY.resolve("README.md"))) {
                if (line.matches("\\| \\d\\d-.*")) {
                    cases.add(parse(line));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case parse(String line) {
        String[] cells = line.substring(2, line.length() - 2).split(" (?<!\\\\)\\| ", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].trim().replace("\\|", "|");
        }
        return new Case(cells[0], cells[1], cells[2].equals("valid"), cells[3].equals("true"), cells[4], cells[5],
                cells[6], cells[7], cells[8], Integer.parseInt(cells[9]));
    }
}
