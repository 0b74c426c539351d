package org.standoff.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page to read and annotate with, served at {@code /} and {@code /read/{documentId}}, and the
 * curation view at {@code /curate/{documentId}}. They are
 * plain HTML, CSS and JavaScript modules in the classpath directory {@value #DIRECTORY}, served
 * under {@value #HOSTED_PATH}: no build step and no network access.
 */
final class WebPage {
    /** The classpath directory of the page's files. */
    static final String DIRECTORY = "/org/standoff/server/web";
    /** The URL path the page's files are served under. */
    static final String HOSTED_PATH = "/web";
    /** The page itself; its scripts find the document to show in the URL. */
    static final String HTML = read("index.html");
    /** The curation view, served at {@code /curate/{documentId}}. */
    static final String CURATION = read("curation.html");

    private WebPage() {
    }

    private static String read(String name) {
        try (InputStream in = WebPage.class.getResourceAsStream(DIRECTORY + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIRECTORY + "/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
