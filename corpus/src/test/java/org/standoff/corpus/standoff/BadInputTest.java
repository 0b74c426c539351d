package org.standoff.corpus.standoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;

/** Reads every malformed input of {@code standoff/bad/} and checks the diagnostics its README table names. */
class BadInputTest {

    @Test
    void theCorpusHasAtLeastSixtyDocumentedCases() {
        assertThat(BadInputs.cases()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(BadInputs.cases()).allSatisfy(c -> assertThat(c.path()).exists());
    }

    @TestFactory
    Stream<DynamicTest> eachFileGivesTheDiagnosticsOfTheTable() {
        return BadInputs.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    private static void check(BadInputs.Case c) {
        ReadResult[] result = new ReadResult[1];
        assertThatCode(() -> result[0] = StandoffJson.read(c.path())).doesNotThrowAnyException();
        List<Diagnostic> diagnostics = result[0].diagnostics();
        assertThat(diagnostics).as("diagnostics of %s", c.file()).hasSize(c.count());
        assertThat(result[0].document() != null).as("document built").isEqualTo(c.documentBuilt());
        if (c.count() == 0) {
            return;
        }
        Diagnostic first = diagnostics.get(0);
        Location location = first.location();
        assertThat(first.severity().name()).isEqualTo(c.severity());
        assertThat(first.code()).isEqualTo(c.code());
        assertThat(location.source()).isEqualTo(c.path().toString());
        String pointer = location.pointer() == null || location.pointer().isEmpty() ? "(root)" : location.pointer();
        if (c.pointer().endsWith("…")) {
            assertThat(pointer).startsWith(c.pointer().substring(0, c.pointer().length() - 1));
        } else {
            assertThat(pointer).isEqualTo(c.pointer());
        }
        assertThat(location.line() + ":" + location.column()).isEqualTo(c.lineColumn());
        assertThat(first.message()).contains(c.message());
    }

    @Test
    void crlfTextReadsCleanAndItsOffsetsCountCarriageReturns() {
        ReadResult result = StandoffJson.read(BadInputs.DIRECTORY.resolve("68-crlf-text-is-valid.json"));
        assertThat(result.isClean()).isTrue();
        assertThat(result.document().text()).contains("\r\n");
        assertThat(result.document().quotes().get(0).coveredText(result.document().text())).isEqualTo("\"hi.\"");
    }
}
