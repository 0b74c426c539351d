package org.standoff.corpus.standoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/FORMAT.md stays true: its worked example is the writer's output, and its Python snippet runs. */
class FormatDocTest {
    private static final Path FORMAT = Path.of("../docs/FORMAT.md");

    /** The body of the first fenced block of {@code language} after {@code heading}. */
    private static String block(String heading, String language) throws IOException {
        String doc = Files.readString(FORMAT);
        int section = doc.indexOf(heading);
        assertThat(section).as("heading %s", heading).isNotNegative();
        int start = doc.indexOf("```" + language + "\n", section) + language.length() + 4;
        return doc.substring(start, doc.indexOf("```\n", start));
    }

    @Test
    void theWorkedExampleIsWhatTheWriterWrites() throws IOException {
        assertThat(block("## 13. Worked example", "json")).isEqualTo(StandoffJson.toJson(Examples.jiang()));
    }

    @Test
    void thePythonSnippetPrintsEachQuoteWithItsSpeaker(@TempDir Path directory) throws Exception {
        assumeTrue(python3Runs(), "python3 is not installed");
        Path script = Files.writeString(directory.resolve("quotes.py"), block("## 14. Reading a file from Python", "python"));
        Path file = directory.resolve("jiang.standoff.json");
        StandoffJson.write(Examples.jiang(), file, WriterOptions.DEFAULTS);

        Process process = new ProcessBuilder("python3", script.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).isEqualTo(block("For the worked example it prints:", "text"));
    }

    private static boolean python3Runs() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
