package org.standoff.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No test, script or build file of the repository refers to a path outside it (such as the
 * {@code ../shared/format-examples} folder tests once read): a fresh clone in an empty folder must
 * pass its tests. Third-party example files are copied into {@code corpus/src/test/resources/examples}.
 */
class RepositoryPathsTest {
    /** The repository's root: the parent of this module's folder, where the tests run. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void nothingInTheRepositoryRefersToAPathOutsideIt() {
        assertThat(Files.exists(ROOT.resolve("pom.xml")) && Files.isDirectory(ROOT.resolve("core"))).isTrue();

        assertThat(new OutsidePaths(ROOT).findings()).isEmpty();
    }

    @Test
    void everyKindOfOutsideReferenceIsFound(@TempDir Path repository) throws IOException {
        Path module = Files.createDirectories(repository.resolve("corpus"));
        Files.writeString(repository.resolve("pom.xml"), "<project/>\n");
        Files.writeString(module.resolve("pom.xml"), "<project><relativePath>../pom.xml</relativePath></project>\n");
        Path test = Files.createDirectories(module.resolve("src/test/java/x")).resolve("T.java");
        Files.writeString(test, String.join("\n",
                "class T {",
                "  Path a = Path.of(\"..\", \"..\", \"shared\", \"format-examples\");",
                "  Path b = Path.of(\"../docs/FORMAT.md\");",
                "  Path c = Path.of(\"../../elsewhere/x.txt\");",
                "  Path d = Path.of(\"..\", \"..\", \"other\");",
                "  Path e = Path.of(\"..\", \"docs\", \"API.md\");",
                "  Path f = Path.of(\"/work/data/x\");",
                "  String g = \"../../etc/passwd\"; " + OutsidePaths.HOSTILE,
                "  Path h = Path.of(\"..\", \"..\", \"x\"); " + OutsidePaths.HOSTILE,
                "}", ""));
        Path ci = Files.createDirectories(repository.resolve(".ci")).resolve("run");
        Files.writeString(ci, "cd \"$(dirname \"$0\")/..\"\nls ../shared/format-examples\n");

        assertThat(new OutsidePaths(repository).findings()).extracting(OutsidePaths.Finding::toString).containsExactly(
                ".ci/run:2: ls ../shared/format-examples",
                "corpus/src/test/java/x/T.java:2: Path a = Path.of(\"..\", \"..\", \"shared\", \"format-examples\");",
                "corpus/src/test/java/x/T.java:4: Path c = Path.of(\"../../elsewhere/x.txt\");",
                "corpus/src/test/java/x/T.java:5: Path d = Path.of(\"..\", \"..\", \"other\");",
                "corpus/src/test/java/x/T.java:7: Path f = Path.of(\"/work/data/x\");",
                "corpus/src/test/java/x/T.java:9: Path h = Path.of(\"..\", \"..\", \"x\"); " + OutsidePaths.HOSTILE);
    }
}
