package org.standoff.server.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.Document;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.Fixtures;
import org.standoff.server.Latency;
import org.standoff.server.ServerProcess;

/**
 * The crash test: {@code standoff serve --corpus DIR} in its own JVM takes a stream of mutations and
 * is killed with SIGKILL at random moments, then restarted on the same directory. Every edit that was
 * acknowledged must be in the files afterwards, and every file must read back without an error.
 * {@link Campaign#kills()} kills (3 in the build).
 */
class CrashTest {
    @TempDir
    Path corpus;

    @Test
    void everyAcknowledgedEditSurvivesSigkill() throws Exception {
        Files.writeString(corpus.resolve("jiang.standoff.json"), StandoffJson.toJson(Fixtures.jiang()));
        Files.writeString(corpus.resolve("emoji.standoff.json"), StandoffJson.toJson(Fixtures.emoji()));
        long seed = Campaign.seed();
        Random random = new Random(seed);
        Set<String> acknowledged = new LinkedHashSet<>();
        int attempts = 0;
        int unanswered = 0;
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int kill = 0; kill < Campaign.kills(); kill++) {
                ServerProcess server = ServerProcess.start("--corpus", corpus.toString());
                Mutations client = new Mutations(server.graphqlUrl());
                int version = client.version();
                killer.schedule(server::kill, 200 + random.nextInt(1_300), TimeUnit.MILLISECONDS);
                while (true) {
                    String id = "k" + attempts++;
                    try {
                        Mutations.Outcome outcome = client.create(id, version);
                        if (outcome.acknowledged()) {
                            acknowledged.add(id);
                        }
                        version = outcome.conflict() ? client.version() : outcome.version();
                    } catch (IOException e) {
                        unanswered++; // killed while this edit was in flight: it may or may not be on disk
                        break;
                    }
                }
                server.kill();
            }
        } finally {
            killer.shutdownNow();
        }

        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".standoff.json")).sorted().toList();
        }
        assertThat(files).hasSize(2);
        Set<String> entities = new LinkedHashSet<>();
        for (Path file : files) {
            ReadResult read = StandoffJson.read(file);
            assertThat(read.errors()).as(file + " reads without errors").isEmpty();
            Document document = read.document();
            document.entities().forEach(entity -> entities.add(entity.id().value()));
        }
        Set<String> lost = acknowledged.stream().filter(id -> !entities.contains(id)).collect(Collectors.toSet());
        assertThat(lost).as("acknowledged edits missing after %d kills (seed %d)", Campaign.kills(), seed).isEmpty();
        assertThat(acknowledged).as("edits were acknowledged between kills").isNotEmpty();

        try (ServerProcess restarted = ServerProcess.start("--corpus", corpus.toString())) {
            int version = new Mutations(restarted.graphqlUrl()).version();
            assertThat(version).isGreaterThanOrEqualTo(1 + acknowledged.size());
        }
        Latency.record("crash test (seed " + seed + ")", Campaign.kills() + " SIGKILLs", attempts + " edits sent",
                acknowledged.size() + " acknowledged", unanswered + " in flight at a kill", "0 lost, every file reads");
    }
}
