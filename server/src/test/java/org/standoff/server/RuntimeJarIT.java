package org.standoff.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar ({@code server/target/standoff.jar}, built in the package phase; this test runs in
 * the integration-test phase after it) holds what the tool runs and nothing that only regenerates
 * the shipped article: no OpenNLP classes or models, no gold generator, no corpus report. The shipped
 * standoff JSON is in it, and {@code Corpus.shipped()} finds it with the jar alone on the class path.
 */
class RuntimeJarIT {
    private static final Path JAR = Path.of("target/standoff.jar");

    private static List<String> entries() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            return jar.stream().map(JarEntry::getName).collect(Collectors.toList());
        }
    }

    @Test
    void theJarHasNoOpenNlpClassesOrModels() throws IOException {
        assertThat(Files.isRegularFile(JAR)).as("%s is built", JAR).isTrue();

        assertThat(entries()).filteredOn(name -> name.toLowerCase(java.util.Locale.ROOT).contains("opennlp")).isEmpty();
        assertThat(entries()).filteredOn(name -> name.endsWith(".bin")).isEmpty();
    }

    @Test
    void theJarHasNoBuildTimeTools() throws IOException {
        assertThat(entries()).filteredOn(name -> name.endsWith(".class"))
                .noneMatch(name -> name.startsWith("org/standoff/corpus/gold/"))
                .noneMatch(name -> name.startsWith("org/standoff/corpus/segment/"))
                .noneMatch(name -> name.startsWith("org/standoff/corpus/CorpusReport"));
    }

    @Test
    void theShippedCorpusLoadsFromTheJarAlone() throws Exception {
        assertThat(entries()).contains("org/standoff/corpus/gold/putin-jiang-2001.standoff.json");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> corpus = loader.loadClass("org.standoff.corpus.Corpus");
            assertThat(corpus.getClassLoader()).isSameAs(loader);
            Object shipped = corpus.getMethod("shipped").invoke(null);
            Method documents = corpus.getMethod("documents");

            assertThat((Collection<?>) documents.invoke(shipped)).hasSize(1);
        }
    }
}
