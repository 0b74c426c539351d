package org.standoff.corpus.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The exchange formats available, found with {@link ServiceLoader}: each format's package registers
 * its {@link DocumentFormat} in {@code META-INF/services/org.standoff.corpus.exchange.DocumentFormat}.
 */
public final class Formats {
    private Formats() {
    }

    /** Every available format, sorted by name. */
    public static List<DocumentFormat> all() {
        List<DocumentFormat> formats = new ArrayList<>();
        ServiceLoader.load(DocumentFormat.class, Formats.class.getClassLoader()).forEach(formats::add);
        formats.sort(java.util.Comparator.comparing(DocumentFormat::name));
        return formats;
    }

    /** The format with the given name, case-insensitively. */
    public static Optional<DocumentFormat> byName(String name) {
        return all().stream().filter(format -> format.name().equalsIgnoreCase(name)).findFirst();
    }
}
