package org.standoff.server.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.Fixtures;
import org.standoff.server.Latency;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;
import org.standoff.server.store.CorpusDirectory;

/**
 * The concurrency test: 16 clients edit one document of a corpus directory at once for
 * {@link Campaign#seconds()} seconds, each retrying on a version conflict. No acknowledged edit may be
 * lost, and the version must have grown by exactly the number of acknowledged edits.
 */
class ConcurrencyTest {
    private static final int CLIENTS = 16;

    @TempDir
    Path corpus;

    @Test
    void sixteenClientsLoseNoEdit() throws Exception {
        Files.writeString(corpus.resolve("jiang.standoff.json"), StandoffJson.toJson(Fixtures.jiang()));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger conflicts = new AtomicInteger();
        int before;
        int after;
        try (TestServer server = TestServer.over(CorpusDirectory.open(corpus, false), ServerConfig.DEFAULT)) {
            String url = server.server().url("/graphql");
            before = new Mutations(url).version();
            long end = System.nanoTime() + Campaign.seconds() * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String prefix = "c" + c + "-";
                clients.add(pool.submit(() -> {
                    Mutations client = new Mutations(url);
                    int version = client.version();
                    for (int n = 0; System.nanoTime() < end; n++) {
                        Mutations.Outcome outcome = client.create(prefix + n, version);
                        if (outcome.acknowledged()) {
                            acknowledged.add(prefix + n);
                            version = outcome.version();
                        } else {
                            conflicts.incrementAndGet();
                            version = client.version();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            pool.shutdown();
            after = new Mutations(url).version();
        }
        assertThat(after - before).as("version increase").isEqualTo(acknowledged.size());
        ReadResult read = StandoffJson.read(corpus.resolve("jiang.standoff.json"));
        assertThat(read.errors()).isEmpty();
        Set<String> stored = read.document().entities().stream().map(entity -> entity.id().value()).collect(Collectors.toSet());
        assertThat(acknowledged.stream().filter(id -> !stored.contains(id)).toList()).as("lost edits").isEmpty();
        assertThat(acknowledged).isNotEmpty();
        try (TestServer restarted = TestServer.over(CorpusDirectory.open(corpus, false), ServerConfig.DEFAULT)) {
            assertThat(new Mutations(restarted.server().url("/graphql")).version()).isEqualTo(after);
        }
        Latency.record("16 clients for " + Campaign.seconds() + " s", acknowledged.size() + " edits acknowledged",
                conflicts.get() + " version conflicts retried", "version +" + (after - before), "0 lost");
    }
}
