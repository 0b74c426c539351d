package org.standoff.corpus.exchange;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.core.validation.Severity;

/** Reading a JSON file into a tree without throwing, and the small accessors the readers share. */
public final class JsonInput {
    /** The one mapper; thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonInput() {
    }

    /** The code of an error for a string (value or field name) that holds a lone surrogate. */
    public static final String UNPAIRED_SURROGATE = "string.unpaired-surrogate";

    /** How many strings with a lone surrogate one file reports before it stops looking. */
    private static final int MAX_SURROGATE_REPORTS = 20;

    /**
     * One JSON value and nothing after it, no key twice in an object (where Jackson would silently keep
     * the last value, a loss nobody would hear of): how every importer parses a file or a JSON Lines
     * line. Returns null for empty input.
     *
     * @throws JsonProcessingException for bad syntax, a repeated key, or text after the value (with
     *                                 its location; the message names no Java type)
     */
    private static JsonNode readOne(byte[] content) throws IOException {
        try (JsonParser parser = MAPPER.getFactory().createParser(content)) {
            return readOne(parser);
        }
    }

    /** {@link #readOne(byte[])} of a string (a JSON Lines line already decoded). */
    private static JsonNode readOne(String content) throws IOException {
        try (JsonParser parser = MAPPER.getFactory().createParser(content)) {
            return readOne(parser);
        }
    }

    private static JsonNode readOne(JsonParser parser) throws IOException {
        parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode tree = MAPPER.readTree(parser);
        if (tree != null && parser.nextToken() != null) {
            throw new JsonParseException(parser, "text after the JSON value");
        }
        return tree;
    }

    /**
     * The file's JSON tree, or empty with a {@code json.syntax} error giving line and column: for bad
     * syntax, anything after the value, a key repeated in an object, or an empty file; or empty with a
     * {@value #UNPAIRED_SURROGATE} error for each string holding a lone surrogate (see {@link #wellFormed}):
     * such a file is refused whole, never imported with the surrogate replaced.
     */
    public static Optional<JsonNode> parse(SourceFile file, List<Diagnostic> diagnostics) {
        return parse(() -> readOne(file.content()), new Location(file.name(), null, 0, 0), "json.syntax", "the file",
                "", true, diagnostics);
    }

    /**
     * One JSON Lines line's tree, or empty with an error {@code code} at {@code where} (the line): the
     * checks of {@link #parse(SourceFile, List)}, each message starting {@code not a JSON object: }.
     */
    public static Optional<JsonNode> parseLine(String line, Location where, String code, List<Diagnostic> diagnostics) {
        return parse(() -> readOne(line), where, code, "the line", "not a JSON object: ", false, diagnostics);
    }

    /**
     * Imports every JSON file of {@code files} with {@code readFile} (given the file's name and tree):
     * a file that is not strict JSON is reported as {@link #parse(SourceFile, List)} says, and a value
     * the model refuses ends only that file's import ({@link InvalidInput}).
     */
    public static void readEach(List<SourceFile> files, List<Diagnostic> diagnostics, BiConsumer<String, JsonNode> readFile) {
        for (SourceFile file : files) {
            parse(file, diagnostics).ifPresent(root -> InvalidInput.runOrReport(at(file.name(), ""), null, "the file",
                    diagnostics, () -> readFile.accept(file.name(), root)));
        }
    }

    /** Reading that may fail with bad JSON. */
    private interface Read {
        JsonNode read() throws IOException;
    }

    /**
     * The one preamble of every JSON reading: parse strictly, refuse no value and lone surrogates.
     *
     * @param what           "the file" or "the line", in the message for no value
     * @param prefix         what every message starts with
     * @param placeSyntax    whether a syntax error is placed at the parser's line and column (a file)
     *                       rather than at {@code where} (a line, placed by its line number)
     */
    private static Optional<JsonNode> parse(Read read, Location where, String code, String what, String prefix,
                                            boolean placeSyntax, List<Diagnostic> diagnostics) {
        try {
            JsonNode tree = read.read();
            if (tree == null || tree.isMissingNode()) {
                diagnostics.add(new Diagnostic(Severity.ERROR, code, null, where, prefix + what + " holds no JSON value"));
                return Optional.empty();
            }
            return wellFormed(tree, where, diagnostics) ? Optional.of(tree) : Optional.empty();
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            Location location = !placeSyntax || at == null ? where
                    : new Location(where.source(), null, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
            diagnostics.add(new Diagnostic(Severity.ERROR, code, null, location, prefix + e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(Severity.ERROR, code, null, where, prefix + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Whether every string of {@code root}, field names included, is well-formed Unicode. A JSON
     * {@code \\ud800} escape (or the bytes of an encoded surrogate, which Jackson decodes) gives a
     * lone surrogate that no UTF-8 file can hold: each one found adds a {@value #UNPAIRED_SURROGATE}
     * error at its JSON pointer (at most {@value #MAX_SURROGATE_REPORTS}).
     *
     * @param where the file (and line, for JSON Lines) the tree was read from
     */
    private static boolean wellFormed(JsonNode root, Location where, List<Diagnostic> diagnostics) {
        int before = diagnostics.size();
        checkStrings(root, "", where, diagnostics, before);
        return diagnostics.size() == before;
    }

    private static void checkStrings(JsonNode node, String pointer, Location where, List<Diagnostic> out, int before) {
        if (out.size() - before >= MAX_SURROGATE_REPORTS) {
            return;
        }
        if (node.isTextual()) {
            reportSurrogate(node.textValue(), "the string", pointer, where, out);
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkStrings(node.get(i), pointer + "/" + i, where, out, before);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (OffsetIndex.firstLoneSurrogate(field.getKey()) >= 0) {
                // the pointer names the object: a pointer through the key could not be printed
                reportSurrogate(field.getKey(), "a field name in the object", pointer, where, out);
                continue;
            }
            checkStrings(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
                    where, out, before);
        }
    }

    private static void reportSurrogate(String value, String what, String pointer, Location where, List<Diagnostic> out) {
        int at = OffsetIndex.firstLoneSurrogate(value);
        if (at < 0) {
            return;
        }
        out.add(new Diagnostic(Severity.ERROR, UNPAIRED_SURROGATE, null,
                new Location(where.source(), pointer, where.line(), where.column()),
                what + " at " + (pointer.isEmpty() ? "/" : pointer) + " holds an unpaired surrogate U+"
                        + Integer.toHexString(value.charAt(at)).toUpperCase() + " at index " + at
                        + ": strings must be well-formed Unicode, so the file is not imported"));
    }

    /** A location in {@code source} at JSON pointer {@code pointer}. */
    public static Location at(String source, String pointer) {
        return new Location(source, pointer, 0, 0);
    }

    /** An error at a JSON pointer. */
    public static Diagnostic error(String code, String subject, String source, String pointer, String message) {
        return new Diagnostic(Severity.ERROR, code, subject, at(source, pointer), message);
    }

    /** A warning at a JSON pointer. */
    public static Diagnostic warning(String code, String subject, String source, String pointer, String message) {
        return new Diagnostic(Severity.WARNING, code, subject, at(source, pointer), message);
    }

    /** The text of a string node, or the JSON text of any other non-missing node, or {@code null}. */
    public static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /**
     * A JSON value a format carries and our model has no field for, kept as its JSON text (in a
     * metadata entry or attribute named after the field) so that the writer of the same format can
     * give it back as it was: see {@link #unkept}.
     */
    public static String keep(JsonNode node) {
        return node.toString();
    }

    /** The value {@link #keep} kept; a text that is not JSON (edited by hand) comes back as a string. */
    public static JsonNode unkept(String kept) {
        try {
            JsonNode node = MAPPER.readTree(kept);
            return node == null ? MAPPER.getNodeFactory().textNode(kept) : node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return MAPPER.getNodeFactory().textNode(kept);
        }
    }

    /** {@code node} as a list: an array's elements, a single object as one element, nothing for missing. */
    public static List<JsonNode> list(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<JsonNode> out = new java.util.ArrayList<>();
            node.forEach(out::add);
            return out;
        }
        return List.of(node);
    }

    /** The file name without folders and without its last extension. */
    public static String baseName(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
