package org.standoff.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.standoff.server.store.CorpusDirectory;
import org.standoff.server.store.DirectoryStore;
import org.standoff.server.store.EmbeddedCorpus;
import picocli.CommandLine.Option;

/**
 * Which corpus a command works on: {@code --corpus DIR}, or the default corpus (the article embedded
 * in the jar, or its edited copy in the data directory).
 *
 * <p>The data directory is {@code --data DIR}; else {@code $XDG_DATA_HOME/standoff}; else
 * {@code ~/.local/share/standoff}.
 */
final class CorpusOptions {
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "A directory whose *.standoff.json files (subfolders included, hidden names skipped: the files"
                    + " validate DIR checks) are served; edits are written back to them.")
    Path corpus;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where the embedded corpus is copied on its first edit (default: $XDG_DATA_HOME/standoff,"
                    + " else ~/.local/share/standoff).")
    Path data;

    /** The data directory these options name. */
    Path dataDirectory() {
        if (data != null) {
            return data;
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "standoff");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "standoff");
    }

    /** The directory this corpus keeps its files in: the corpus directory, else the data directory. */
    Path directory() {
        return corpus != null ? corpus : dataDirectory();
    }

    /** A store over the corpus these options name. */
    DirectoryStore open(boolean readOnly) throws IOException {
        if (corpus != null) {
            return CorpusDirectory.open(corpus, readOnly);
        }
        return EmbeddedCorpus.open(dataDirectory(), readOnly);
    }

    /** A line saying which corpus is served, for the console. */
    String describe() {
        if (corpus != null) {
            return "corpus directory " + corpus.toAbsolutePath();
        }
        Path directory = dataDirectory().toAbsolutePath();
        return EmbeddedCorpus.isInitialized(directory)
                ? "the default corpus, as edited in " + directory
                : "the embedded default corpus (copied to " + directory + " on its first edit)";
    }
}
