package org.standoff.corpus.standoff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standoff.corpus.standoff.internal.CleanReaderCheck.assertSound;
import static org.standoff.corpus.standoff.internal.CleanReaderCheck.difference;
import static org.standoff.corpus.standoff.internal.CleanReaderCheck.fast;
import static org.standoff.corpus.standoff.internal.CleanReaderCheck.precise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.RandomDocuments;
import org.standoff.core.model.UnknownFields;
import org.standoff.core.schema.Schema;
import org.standoff.core.text.OffsetUnit;
import org.standoff.corpus.interop.RandomAnnotatedDocuments;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * The reader's fast path ({@link CleanReader}) against its precise decoders on random input:
 * random valid documents (without the generic layers, which the fast path leaves to the precise
 * one, and with random scalar unknown fields), written canonically in a random offset unit, are
 * accepted (completeness); and after one random structural or textual mutation of their JSON, or
 * a change of its bytes that matters to their encoding, whatever the fast path still accepts is
 * what the precise path reads with no diagnostic, and the public read gives the precise path's
 * result (soundness, see {@link CleanReaderCheck#assertSound(String)}).
 */
class CleanReaderProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Names of unknown fields the generator adds: none is a field of any object of the format. */
    private static final List<String> UNKNOWN_NAMES = List.of("note", "x-comment", "score");
    /** Raw values of unknown fields, each in the compact form a reader keeps. */
    private static final List<String> UNKNOWN_VALUES = List.of("\"a note\"", "\"caf\u00e9 \uD83D\uDE00\"",
            "\"say \\\"hi\\\"\"", "42", "-7", "0.25", "1e10", "true", "false", "null");
    /** What a renamed field is called: unknown names, and names the format knows elsewhere. */
    private static final List<String> NEW_NAMES = List.of("x-renamed", "note", "Text", "START", "text", "start", "end",
            "id", "entity", "quote", "role", "fragments", "provenance", "lemma", "members", "textRef", "schema");
    /** Characters a mutation puts into a string or into the JSON text. */
    private static final List<String> CHARACTERS = List.of("a", "Z", "0", "9", "-", ".", "e", " ", "\t", "\n", "\"",
            "\\", "/", ",", ":", "{", "}", "[", "]", "\u00e9", "\u0301", "\u200d", "\uFEFF", "\u0000", "\u001f",
            "\uD83D\uDE00", "\uD83D", "\uDE00", "\\u00e9", "\\ud83d", "\\\"");

    // ---- completeness ----

    /**
     * Completeness: every random document written canonically (pretty or compact, with or without
     * covered texts) in each offset unit that the precise path reads with no diagnostic is accepted
     * by the fast path, as characters and as bytes, with validation on and off, and equals it; one
     * the precise path reports anything for is declined.
     */
    @Property(tries = 200)
    void everyCleanCanonicalDocumentIsAccepted(@ForAll("documents") Document document, @ForAll boolean coveredText,
                                               @ForAll boolean compact) {
        for (OffsetUnit unit : OffsetUnit.values()) {
            String json = write(document, WriterOptions.DEFAULTS.withOffsetUnit(unit).withCoveredText(coveredText), compact);
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            for (boolean validate : new boolean[] {true, false}) {
                ReadResult precise = precise(json, validate);
                boolean clean = precise.diagnostics().isEmpty();
                Statistics.label("precise reading").collect(clean ? "clean" : "with diagnostics");
                if (clean) {
                    assertAccepted(fast(json, validate), precise.document(), "characters", unit, validate, json);
                    assertAccepted(fast(bytes, validate), precise.document(), "bytes", unit, validate, json);
                } else {
                    assertThat(fast(json, validate)).as("the fast path accepted, though the precise path reports %s:%n%s",
                            precise.diagnostics(), json).isNull();
                    assertThat(fast(bytes, validate)).as("the fast path accepted the bytes, though the precise path"
                            + " reports %s:%n%s", precise.diagnostics(), json).isNull();
                }
            }
        }
    }

    private static void assertAccepted(Document fast, Document precise, String as, OffsetUnit unit, boolean validate,
                                       String json) {
        assertThat(fast).as("the fast path declined a clean canonical document (read as %s, %s, validate=%s):%n%s",
                as, unit.wireName(), validate, json).isNotNull();
        assertThat(fast).as(() -> "the fast path's document differs in " + difference(fast, precise) + ":\n" + json)
                .isEqualTo(precise);
    }

    // ---- soundness under mutation ----

    /**
     * Soundness: after one random mutation of a random document's canonical JSON (a field removed,
     * renamed, repeated or moved; a value of another type; an integer off by one, negative or
     * decimal; a string with one character changed; the JSON cut short or with a character
     * inserted), a document the fast path accepts is the precise path's, with no diagnostic.
     */
    @Property(tries = 1000)
    void whatTheFastPathAcceptsAfterAMutationIsThePreciseReading(@ForAll("documents") Document document,
                                                                  @ForAll OffsetUnit unit, @ForAll boolean coveredText,
                                                                  @ForAll("mutations") Mutation mutation,
                                                                  @ForAll Random random) {
        String json = write(document, WriterOptions.DEFAULTS.withOffsetUnit(unit).withCoveredText(coveredText), random.nextBoolean());

        String mutated = mutation.apply(json, random);

        Document accepted = assertSound(mutated);
        String verdict = accepted != null ? "accepted" : fast(mutated, false) != null ? "accepted without validation" : "declined";
        Statistics.label("mutation, fast path").collect(mutation, verdict);
    }

    /**
     * Soundness through the reader's encoding screen: after random bytes are put into a random
     * document's UTF-8 JSON (a zero, FE, FF, a byte order mark, a stray continuation byte, overlong,
     * surrogate (CESU-8) and out-of-range sequences, at the start or anywhere) or the whole JSON is
     * re-encoded in UTF-16 or UTF-32, the public read gives exactly the precise path's result, and a
     * document the fast path accepts from bytes that pass the screen is the precise path's.
     */
    @Property(tries = 200)
    void whatTheReaderAcceptsFromMutatedBytesIsThePreciseReading(@ForAll("documents") Document document,
                                                                  @ForAll OffsetUnit unit, @ForAll Random random) {
        String json = write(document, WriterOptions.DEFAULTS.withOffsetUnit(unit), random.nextBoolean());

        MutatedBytes mutated = MutatedBytes.of(json, random);

        assertSound(mutated.bytes(), mutated.description());
        Statistics.label("encoding screen").collect(CleanReaderCheck.passesTheEncodingScreen(mutated.bytes()) ? "passed" : "failed");
    }

    // ---- generators ----

    /**
     * Random valid documents of both generators, without the generic layers (schema, generic spans,
     * relations), some with scalar unknown fields on the document and on some of its objects.
     */
    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<Document> valid = Arbitraries.oneOf(RandomDocuments.documents(), RandomAnnotatedDocuments.documents())
                .map(CleanReaderProperties::withoutGenericLayers);
        return Combinators.combine(valid, Arbitraries.longs()).as((document, seed) -> withUnknownFields(document, new Random(seed)));
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(Mutation.class);
    }

    private static Document withoutGenericLayers(Document document) {
        DocumentBuilder builder = document.toBuilder().schema(Schema.EMPTY);
        for (GenericRelation relation : document.genericRelations()) {
            builder.remove(relation.id().value());
        }
        for (GenericSpan span : document.genericSpans()) {
            builder.remove(span.id().value());
        }
        return builder.build();
    }

    private static Document withUnknownFields(Document document, Random random) {
        if (random.nextBoolean()) {
            return document;
        }
        List<String> owners = new ArrayList<>();
        owners.add(UnknownFields.DOCUMENT);
        document.entities().forEach(e -> owners.add(e.id().value()));
        document.provenance().forEach(p -> owners.add(p.id().value()));
        for (Annotation annotation : document.annotations()) {
            owners.add(annotation.id().value());
        }
        DocumentBuilder builder = document.toBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            builder.unknownField(pick(owners, random), pick(UNKNOWN_NAMES, random), pick(UNKNOWN_VALUES, random));
        }
        return builder.build();
    }

    private static String write(Document document, WriterOptions options, boolean compact) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            StandoffWriter.write(document, out, options, compact);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    // ---- mutations ----

    /** One change to a document's JSON; those that need a kind of value the JSON lacks change nothing. */
    enum Mutation {
        REMOVE_FIELD {
            @Override
            String apply(String json, Random random) {
                return onTree(json, root -> {
                    ObjectNode object = pick(objects(root), random);
                    List<String> names = names(object);
                    if (!names.isEmpty()) {
                        object.remove(pick(names, random));
                    }
                });
            }
        },
        VALUE_OF_ANOTHER_TYPE {
            @Override
            String apply(String json, Random random) {
                return onTree(json, root -> {
                    Slot slot = pick(slots(root, node -> true), random);
                    JsonNode replacement;
                    do {
                        replacement = randomValue(random);
                    } while (replacement.getNodeType() == slot.get().getNodeType());
                    slot.set(replacement);
                });
            }
        },
        CHANGE_INTEGER {
            @Override
            String apply(String json, Random random) {
                return onTree(json, root -> {
                    List<Slot> integers = slots(root, JsonNode::isIntegralNumber);
                    if (integers.isEmpty()) {
                        return;
                    }
                    Slot slot = pick(integers, random);
                    long value = slot.get().asLong();
                    switch (random.nextInt(5)) {
                        case 0: slot.set(NODES.numberNode(value + 1)); break;
                        case 1: slot.set(NODES.numberNode(value - 1)); break;
                        case 2: slot.set(NODES.numberNode(-value - 1)); break;
                        case 3: slot.set(NODES.numberNode((double) value)); break;
                        default: slot.set(NODES.numberNode(value + (1L << 31))); break;
                    }
                });
            }
        },
        CHANGE_STRING_CHARACTER {
            @Override
            String apply(String json, Random random) {
                return onTree(json, root -> {
                    List<Slot> strings = slots(root, JsonNode::isTextual);
                    if (strings.isEmpty()) {
                        return;
                    }
                    Slot slot = pick(strings, random);
                    String value = slot.get().asText();
                    String character = pick(CHARACTERS, random);
                    int at = random.nextInt(value.length() + 1);
                    String changed = at == value.length() ? value + character
                            : value.substring(0, at) + character + value.substring(at + 1);
                    slot.set(NODES.textNode(changed));
                });
            }
        },
        DUPLICATE_FIELD {
            /** Writes {@code "name": value,} again right after the {@code {} of a random object. */
            @Override
            String apply(String json, Random random) {
                ObjectNode root = tree(json);
                List<Slot> objects = slots(root, node -> node.isObject() && node.size() > 0);
                Slot slot = objects.isEmpty() || random.nextInt(4) == 0 ? null : pick(objects, random);
                ObjectNode object = slot == null ? root : (ObjectNode) slot.get();
                String name = pick(names(object), random);
                JsonNode value = random.nextInt(4) == 0 ? randomValue(random) : object.get(name);
                String repeated = "{" + text(NODES.textNode(name)) + ": " + text(value) + ", " + text(object).substring(1);
                if (slot == null) {
                    return repeated;
                }
                String marker = "@@repeated-field@@";
                slot.set(NODES.textNode(marker));
                return text(root).replace("\"" + marker + "\"", repeated);
            }
        },
        RENAME_FIELD {
            @Override
            String apply(String json, Random random) {
                return onTree(json, root -> {
                    ObjectNode object = pick(objects(root), random);
                    List<String> names = names(object);
                    if (!names.isEmpty()) {
                        String old = pick(names, random);
                        String renamed = pick(NEW_NAMES, random);
                        rebuild(object, names, name -> name.equals(old) ? renamed : name);
                    }
                });
            }
        },
        SWAP_FIELDS {
            @Override
            String apply(String json, Random random) {
                return onTree(json, root -> {
                    List<ObjectNode> objects = new ArrayList<>(objects(root));
                    objects.removeIf(object -> object.size() < 2);
                    if (objects.isEmpty()) {
                        return;
                    }
                    ObjectNode object = pick(objects, random);
                    List<String> names = names(object);
                    Collections.swap(names, random.nextInt(names.size()), random.nextInt(names.size()));
                    rebuild(object, names, name -> name);
                });
            }
        },
        TEXT_LAST {
            @Override
            String apply(String json, Random random) {
                return onTree(json, root -> {
                    JsonNode text = root.remove("text");
                    if (text != null) {
                        root.set("text", text);
                    }
                });
            }
        },
        TRUNCATE {
            @Override
            String apply(String json, Random random) {
                return json.substring(0, random.nextInt(json.length()));
            }
        },
        INSERT_CHARACTER {
            @Override
            String apply(String json, Random random) {
                int at = random.nextInt(json.length() + 1);
                return json.substring(0, at) + pick(CHARACTERS, random) + json.substring(at);
            }
        };

        abstract String apply(String json, Random random);
    }

    /** A document's JSON as bytes, with a change that matters to the encoding, and what the change was. */
    private record MutatedBytes(byte[] bytes, String description) {
        private static final List<byte[]> SEQUENCES = List.of(new byte[] {0}, new byte[] {(byte) 0xFE},
                new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xC1, (byte) 0x81},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
        private static final List<String> ENCODINGS = List.of("UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE");

        static MutatedBytes of(String json, Random random) {
            if (random.nextInt(8) == 0) {
                String encoding = pick(ENCODINGS, random);
                return new MutatedBytes(json.getBytes(Charset.forName(encoding)), "in " + encoding + ":\n" + json);
            }
            byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
            byte[] sequence = pick(SEQUENCES, random);
            int at = random.nextInt(4) == 0 ? random.nextInt(Math.min(4, utf8.length)) : random.nextInt(utf8.length + 1);
            boolean replace = at < utf8.length && random.nextBoolean();
            byte[] bytes = new byte[utf8.length + sequence.length - (replace ? 1 : 0)];
            System.arraycopy(utf8, 0, bytes, 0, at);
            System.arraycopy(sequence, 0, bytes, at, sequence.length);
            int rest = at + (replace ? 1 : 0);
            System.arraycopy(utf8, rest, bytes, at + sequence.length, utf8.length - rest);
            return new MutatedBytes(bytes, "UTF-8 with bytes " + hex(sequence) + (replace ? " replacing the byte" : " inserted")
                    + " at " + at + ":\n" + json);
        }

        private static String hex(byte[] sequence) {
            StringBuilder out = new StringBuilder("[");
            for (byte b : sequence) {
                out.append(out.length() > 1 ? " " : "").append(String.format("%02X", b & 0xFF));
            }
            return out.append(']').toString();
        }
    }

    /** Where a value is: a field of an object or an element of an array. */
    private record Slot(ContainerNode<?> parent, String name, int index) {
        JsonNode get() {
            return parent instanceof ObjectNode object ? object.get(name) : ((ArrayNode) parent).get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private interface TreeChange {
        void apply(ObjectNode root);
    }

    private static String onTree(String json, TreeChange change) {
        ObjectNode root = tree(json);
        change.apply(root);
        return text(root);
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the writer wrote JSON that does not parse: " + json, e);
        }
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every value under {@code node} (not {@code node} itself) that {@code filter} accepts, in document order. */
    private static List<Slot> slots(JsonNode node, Predicate<JsonNode> filter) {
        List<Slot> slots = new ArrayList<>();
        collect((ContainerNode<?>) node, filter, slots);
        return slots;
    }

    private static void collect(ContainerNode<?> parent, Predicate<JsonNode> filter, List<Slot> slots) {
        if (parent instanceof ObjectNode object) {
            for (String name : names(object)) {
                add(new Slot(parent, name, -1), filter, slots);
            }
        } else {
            for (int i = 0; i < parent.size(); i++) {
                add(new Slot(parent, null, i), filter, slots);
            }
        }
    }

    private static void add(Slot slot, Predicate<JsonNode> filter, List<Slot> slots) {
        JsonNode value = slot.get();
        if (filter.test(value)) {
            slots.add(slot);
        }
        if (value.isContainerNode()) {
            collect((ContainerNode<?>) value, filter, slots);
        }
    }

    /** {@code root} and every object under it. */
    private static List<ObjectNode> objects(ObjectNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        objects.add(root);
        slots(root, JsonNode::isObject).forEach(slot -> objects.add((ObjectNode) slot.get()));
        return objects;
    }

    private static List<String> names(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Puts {@code object}'s fields back in the order of {@code names}, each under its new name. */
    private static void rebuild(ObjectNode object, List<String> names, UnaryOperator<String> rename) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        names.forEach(name -> values.put(name, object.get(name)));
        object.removeAll();
        names.forEach(name -> object.set(rename.apply(name), values.get(name)));
    }

    private static JsonNode randomValue(Random random) {
        switch (random.nextInt(10)) {
            case 0: return NODES.textNode("");
            case 1: return NODES.textNode(pick(CHARACTERS, random) + "x");
            case 2: return NODES.numberNode(random.nextInt(40));
            case 3: return NODES.numberNode(random.nextInt(40) + 0.5);
            case 4: return NODES.booleanNode(random.nextBoolean());
            case 5: return NODES.nullNode();
            case 6: return NODES.arrayNode();
            case 7: return NODES.arrayNode().add(random.nextInt(40)).add("x");
            case 8: return NODES.objectNode();
            default: return NODES.objectNode().put("id", "x").put("start", random.nextInt(10));
        }
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
