package org.standoff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {
    @Test
    void equalTextsHaveNoDiff() {
        assertThat(LineDiff.unified("a", "x\ny\n", "b", "x\ny\n")).isEmpty();
    }

    @Test
    void showsOneHunkWithContextAroundTheChangedLines() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n";
        assertThat(LineDiff.unified("old", before, "new", after)).isEqualTo(
                "--- old\n+++ new\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    }

    @Test
    void showsAddedLinesAtTheEnd() {
        assertThat(LineDiff.unified("old", "1\n", "new", "1\n2\n")).isEqualTo("--- old\n+++ new\n@@ -1,1 +1,2 @@\n 1\n+2\n");
    }
}
