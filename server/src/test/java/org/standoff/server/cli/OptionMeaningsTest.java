package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command gives a shared option the same meaning: {@code --offset-unit} is the unit of the
 * input, {@code --output-unit} the unit of what is written; each is declared once and used by every
 * command that takes it.
 */
class OptionMeaningsTest {
    private static final CommandLine STANDOFF = new CommandLine(new StandoffCommand());

    private static OptionSpec option(String command, String name) {
        return STANDOFF.getSubcommands().get(command).getCommandSpec().findOption(name);
    }

    @Test
    void theInputUnitIsOffsetUnitAndTheOutputUnitOutputUnitInEveryCommand() {
        assertThat(List.of("convert", "import")).allSatisfy(command -> assertThat(option(command, "--offset-unit")
                .description()).isEqualTo(option("convert", "--offset-unit").description()));
        assertThat(List.of("convert", "export")).allSatisfy(command -> assertThat(option(command, "--output-unit")
                .description()).isEqualTo(option("convert", "--output-unit").description()));
        assertThat(option("convert", "--offset-unit").description()[0]).startsWith("The unit the input files count");
        assertThat(option("export", "--output-unit").description()[0]).startsWith("The unit to write offsets in");
        assertThat(option("export", "--offset-unit").hidden()).as("named only to point at --output-unit").isTrue();
        assertThat(option("import", "--output-unit")).isNull();
        for (String shared : List.of("--text", "--messages", "--server", "--predictions", "--mapping")) {
            List<String> descriptions = STANDOFF.getSubcommands().values().stream()
                    .map(sub -> sub.getCommandSpec().findOption(shared)).filter(o -> o != null && !o.hidden())
                    .map(o -> String.join(" ", o.description())).distinct().toList();
            assertThat(descriptions).as(shared).hasSize(1);
        }
    }

    @Test
    void exportRefusesTheInputUnitOptionAndPointsAtTheOutputOne() {
        CommandRun run = CommandRun.of("export", "--server", "http://127.0.0.1:1", "--format", "brat", "--document", "x",
                "--offset-unit", "utf8", "out");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("standoff export: --offset-unit is the unit of an input; the unit export writes is"
                + " --output-unit utf8\n");
    }
}
