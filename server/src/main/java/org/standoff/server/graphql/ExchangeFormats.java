package org.standoff.server.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.Formats;

/** The exchange formats as the API names them, and their diagnostics as the API answers them. */
final class ExchangeFormats {
    private ExchangeFormats() {
    }

    /**
     * The format named {@code name} that can import ({@code importing}) or export.
     *
     * @throws ApiException BAD_REQUEST, with {@code extensions.formats} listing the formats that can
     */
    static DocumentFormat require(String name, boolean importing) {
        DocumentFormat format = Formats.byName(name).orElse(null);
        if (format != null && (importing ? format.canImport() : format.canExport())) {
            return format;
        }
        List<String> able = new ArrayList<>();
        Formats.all().stream().filter(f -> importing ? f.canImport() : f.canExport()).forEach(f -> able.add(f.name()));
        String verb = importing ? "import" : "export";
        String message = (format == null ? "unknown format \"" + name + "\"" : "the format " + format.name()
                + " cannot " + verb) + "; formats that " + verb + ": " + String.join(", ", able);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("formats", able);
        throw new ApiException(ErrorCode.BAD_REQUEST, message, extensions);
    }

    /** Every format, sorted by name, as {@code Format} objects. */
    static List<Map<String, Object>> all() {
        List<Map<String, Object>> formats = new ArrayList<>();
        for (DocumentFormat format : Formats.all()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", format.name());
            entry.put("canImport", format.canImport());
            entry.put("canExport", format.canExport());
            formats.add(entry);
        }
        return formats;
    }

    /** {@code diagnostics} as {@code Diagnostic} objects, in order. */
    static List<Map<String, Object>> diagnostics(List<Diagnostic> diagnostics) {
        List<Map<String, Object>> answered = new ArrayList<>(diagnostics.size());
        for (Diagnostic diagnostic : diagnostics) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("severity", diagnostic.severity().name());
            entry.put("code", diagnostic.code());
            entry.put("message", diagnostic.message());
            entry.put("subject", diagnostic.subject());
            entry.put("location", location(diagnostic.location()));
            answered.add(entry);
        }
        return answered;
    }

    private static Map<String, Object> location(Location location) {
        if (location.equals(Location.NONE)) {
            return null;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", location.source());
        entry.put("pointer", location.pointer());
        entry.put("line", location.line() == 0 ? null : location.line());
        entry.put("column", location.column() == 0 ? null : location.column());
        return entry;
    }
}
