package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.AnchorStatus;
import org.standoff.core.model.Document;
import org.standoff.corpus.Corpus;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.WriterOptions;

/** {@code standoff reanchor} on the shipped article, with real files. */
class ReanchorCommandTest {
    private static final Document ARTICLE = Corpus.shipped().documents().get(0);

    @Test
    void writesTheReanchoredFileAndReportsEverySpanToReview(@TempDir Path dir) throws IOException {
        Path old = dir.resolve("article.standoff.json");
        StandoffJson.write(ARTICLE, old, WriterOptions.DEFAULTS);
        String revised = ARTICLE.text().replace("signing ceremony", "signing ceremonie")
                .replace(" \"This is a milestone in the development of Russian-Chinese relations.\"", "");
        Path text = Files.writeString(dir.resolve("revised.txt"), revised);
        Path out = dir.resolve("out.standoff.json");

        CommandRun run = CommandRun.of("reanchor", old.toString(), text.toString(), out.toString(), "--review-only");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("re-anchored putin-jiang-friendship-treaty-2001 onto")
                .containsPattern("exact \\d+, shifted \\d+, edited \\d+, fuzzy 0, orphaned \\d+ \\(\\d+ to review\\)")
                .contains("edited   ", "  old: …", "[ceremony]", "  new: …", "[ceremonie]")
                .contains("orphaned ", "[\"This is a milestone in the development of Russian-Chinese relations.\"]")
                .containsPattern("orphaned +a\\d+: orphaned parts ")
                .doesNotContain("shifted  ");
        ReadResult read = StandoffJson.read(out);
        assertThat(read.hasErrors()).as("%s", read.diagnostics()).isFalse();
        assertThat(read.document().text()).isEqualTo(revised);
        assertThat(read.document().revision().orElseThrow().previousFingerprint()).isEqualTo(ARTICLE.fingerprint());
        assertThat(read.document().revision().orElseThrow().anchors())
                .anyMatch(a -> a.status() == AnchorStatus.ORPHANED && a.previousText() != null);
    }

    @Test
    void anUnchangedTextExitsZero(@TempDir Path dir) throws IOException {
        Path old = dir.resolve("article.standoff.json");
        StandoffJson.write(ARTICLE, old, WriterOptions.DEFAULTS);
        Path text = Files.writeString(dir.resolve("same.txt"), ARTICLE.text());

        CommandRun run = CommandRun.of("reanchor", old.toString(), text.toString(), dir.resolve("out.json").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("exact " + (ARTICLE.annotations().size()) + ", shifted 0");
    }

    @Test
    void badInputsAreReportedWithExitTwo(@TempDir Path dir) throws IOException {
        Path old = dir.resolve("article.standoff.json");
        StandoffJson.write(ARTICLE, old, WriterOptions.DEFAULTS);
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});

        CommandRun notUtf8 = CommandRun.of("reanchor", old.toString(), latin1.toString(), dir.resolve("out.json").toString());
        assertThat(notUtf8.exitCode()).isEqualTo(2);
        assertThat(notUtf8.err()).contains("cannot read " + latin1 + ": not UTF-8");
        assertThat(dir.resolve("out.json")).doesNotExist();

        CommandRun badThreshold = CommandRun.of("reanchor", old.toString(), latin1.toString(), "x", "--threshold", "2");
        assertThat(badThreshold.exitCode()).isEqualTo(2);
        assertThat(badThreshold.err()).contains("--threshold must be from 0 to 1, found 2.0");

        Path broken = Files.writeString(dir.resolve("broken.standoff.json"), "{\"format\": \"standoff/1\"}");
        CommandRun unreadable = CommandRun.of("reanchor", broken.toString(), latin1.toString(), "x");
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(unreadable.err()).contains("has errors; fix them first");
    }
}
