package org.standoff.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.standoff.core.validation.Diagnostic;

/** Assertions on the {@code export.loss} warnings of an export: each row of a format's loss table. */
public final class LossAssertions {
    private LossAssertions() {
    }

    /** Asserts an {@code export.loss} warning about {@code subject} (may be null) whose message contains {@code phrase}. */
    public static void assertLoss(ExportResult result, String subject, String phrase) {
        assertThat(result.diagnostics()).as(result.diagnostics().toString()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("export.loss");
            assertThat(d.severity()).isEqualTo(org.standoff.core.validation.Severity.WARNING);
            assertThat(d.subject()).isEqualTo(subject);
            assertThat(d.message()).contains(phrase);
        });
    }

    /** Asserts that the export reported no loss. */
    public static void assertNoLoss(ExportResult result) {
        assertThat(result.diagnostics()).noneMatch(d -> d.code().equals("export.loss") && d.isError() == false
                && d.severity() == org.standoff.core.validation.Severity.WARNING);
    }

    /** The diagnostics' codes. */
    public static java.util.List<String> codes(ExportResult result) {
        return result.diagnostics().stream().map(Diagnostic::code).toList();
    }
}
