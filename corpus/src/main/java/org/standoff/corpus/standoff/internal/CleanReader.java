package org.standoff.corpus.standoff.internal;

import static org.standoff.corpus.standoff.internal.CleanValues.expect;
import static org.standoff.corpus.standoff.internal.CleanValues.once;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentId;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.Supplement;
import org.standoff.core.model.SupplementRole;
import org.standoff.core.model.UnknownFields;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;
import org.standoff.corpus.standoff.internal.CleanSpans.Slot;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.standoff.ReaderOptions;
import org.standoff.corpus.standoff.StandoffJson;

/**
 * The reader's fast path: reads a document that has nothing to report in one pass, straight into
 * the model. Most documents are such documents, and for them the precise decoders' bookkeeping
 * (a place, a pointer and a state per object, spans kept raw until the text is known, covered
 * texts materialized to be compared) is all cost and no use.
 *
 * <p>It <em>declines</em>, returning {@code null}, at the first thing that would be a diagnostic of
 * any severity, and at anything it does not handle; the caller then reads the same input again with
 * the precise decoders, which report every problem with its place. So a document it returns is
 * always one the precise path would have returned with no diagnostic, equal to it: the differential
 * tests ({@code CleanReaderTest}, {@code CleanReaderProperties}) hold it to that. It declines:
 * <ul>
 *   <li>any syntax error, limit, repeated key, missing or mistyped field, bad value, bad span,
 *       covered-text or fingerprint mismatch, unpaired surrogate in the text, and any finding of
 *       the core validator;</li>
 *   <li>what it leaves to the precise path because it is rare: {@code textRef}, {@code schema},
 *       {@code annotations}, {@code relations}, {@code revision}, an offset written as a decimal ({@code 3.0}),
 *       fragments in a verbatim part or a supplement, and a span array before the document's
 *       {@code text} or {@code offsetUnit};</li>
 *   <li>bytes that are not plain UTF-8, and a document over the size limit.</li>
 * </ul>
 * A covered text, an enum value or a repeated provenance id is compared where the input writes it
 * when the input is in memory ({@link InPlace}), and an id written plainly is taken from there, so
 * the parser skips it without decoding it; else in the parser's buffer. {@link CleanSpans} reads the span fields. Not thread-safe; one instance reads
 * one document.
 */
final class CleanReader {
    /** Thrown to leave the fast path; the one instance, without a stack trace. */
    static final RuntimeException DECLINED = new Declined();

    private static final WireConstants<MentionType> MENTION_TYPES = new WireConstants<>(MentionType.values());
    private static final WireConstants<QuoteType> QUOTE_TYPES = new WireConstants<>(QuoteType.values());
    private static final WireConstants<SegmentType> SEGMENT_TYPES = new WireConstants<>(SegmentType.values());
    private static final WireConstants<ClaimType> CLAIM_TYPES = new WireConstants<>(ClaimType.values());
    private static final WireConstants<EntityType> ENTITY_TYPES = new WireConstants<>(EntityType.values());
    private static final WireConstants<AgentType> AGENT_TYPES = new WireConstants<>(AgentType.values());
    private static final WireConstants<ContentLink> LINKS = new WireConstants<>(ContentLink.values());
    private static final WireConstants<SupplementRole> ROLES = new WireConstants<>(SupplementRole.values());
    private static final WireConstants<OffsetUnit> UNITS = new WireConstants<>(OffsetUnit.values(), OffsetUnit::wireName);

    // the bits of an object's other fields in Slot.seen (CleanSpans has 1 << 1 to 1 << 4): a field's
    // bit is set when it is read, so that a repeated key declines
    private static final int ID = 1;
    private static final int PROVENANCE = 1 << 5;
    private static final int TYPE = 1 << 6;
    private static final int F1 = 1 << 7;
    private static final int F2 = 1 << 8;
    private static final int F3 = 1 << 9;
    private static final int F4 = 1 << 10;
    private static final int F5 = 1 << 11;

    // the kinds of array elements, for each(): a switch, where a method reference per kind would make
    // the call in the loop megamorphic
    private static final int ENTITIES = 0;
    private static final int PROVENANCE_RECORDS = 1;
    private static final int MENTIONS = 2;
    private static final int QUOTES = 3;
    private static final int CUES = 4;
    private static final int ATTRIBUTIONS = 5;
    private static final int CLAIMS = 6;
    private static final int SEGMENTS = 7;

    private final JsonParser p;
    private final InPlace in;
    private final CleanValues values;
    private String text;
    private OffsetUnit unit;
    /** The span fields' reader, once the text and its unit are known. */
    private CleanSpans spans;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Provenance> provenance = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final Map<String, Map<String, String>> unknown = new LinkedHashMap<>();
    /** The unknown fields of the object being read, or {@code null}. */
    private Map<String, String> objectUnknown;
    private final Slot outer = new Slot();
    private final Slot inner = new Slot();

    private CleanReader(JsonParser parser, InPlace in) {
        this.p = parser;
        this.in = in;
        this.values = new CleanValues(parser, in);
    }

    /** Why the fast path stopped; carries no stack trace, since it is thrown on the way to the precise path. */
    private static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Declined() {
            super("not a clean document", null, false, false);
        }
    }

    /**
     * The document in {@code bytes[0, length)} when it has nothing to report, else {@code null}, so
     * that the precise path reads it. Never throws. Bytes that are not plain UTF-8 (fewer than four,
     * a byte order mark, what could make Jackson detect UTF-16 or UTF-32, malformed UTF-8) and a
     * document over the size limit are left to the precise path, which reports them.
     */
    static Document read(byte[] bytes, int length, ReaderOptions options) {
        return Utf8Input.isWellFormed(bytes, 0, length) ? readWellFormed(bytes, length, options) : null;
    }

    /** {@link #read(byte[], int, ReaderOptions)} of bytes the caller has checked are well-formed UTF-8. */
    static Document readWellFormed(byte[] bytes, int length, ReaderOptions options) {
        if (length < 4 || length > options.maxDocumentBytes()) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            if (bytes[i] == 0 || bytes[i] == (byte) 0xFE || bytes[i] == (byte) 0xFF || bytes[i] == (byte) 0xEF) {
                return null;
            }
        }
        try (JsonParser parser = StandoffReader.parserFactory(options).createParser(bytes, 0, length)) {
            return read(new CleanReader(parser, InPlace.of(parser, bytes, length)), options.validate());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Document read(CleanReader reader, boolean validate) {
        try {
            Document document = reader.document();
            return validate && !Validator.validate(document).isEmpty() ? null : document;
        } catch (IOException | RuntimeException e) {
            // whatever it was, the precise path finds it again and reports it where it is
            return null;
        }
    }

    private Document document() throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw DECLINED;
        }
        int seen = 0; // one bit per field, so that a repeated key declines
        String format = null;
        String id = null;
        Fingerprint fingerprint = null;
        Map<String, String> metadata = Map.of();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "format": seen = once(seen, 1 << 0); format = values.string(); break;
                case "id": seen = once(seen, 1 << 1); id = values.id(); break;
                case "offsetUnit": seen = once(seen, 1 << 2); unit = values.constant(UNITS); break;
                case "text": seen = once(seen, 1 << 3); text = values.text(); break;
                case "fingerprint": seen = once(seen, 1 << 4); fingerprint = values.fingerprint(); break;
                case "metadata": seen = once(seen, 1 << 5); metadata = values.strings(); break;
                case "entities": seen = once(seen, 1 << 6); each(ENTITIES); break;
                case "provenance": seen = once(seen, 1 << 7); each(PROVENANCE_RECORDS); break;
                case "mentions": seen = once(seen, 1 << 8); spans(MENTIONS); break;
                case "quotes": seen = once(seen, 1 << 9); spans(QUOTES); break;
                case "cues": seen = once(seen, 1 << 10); spans(CUES); break;
                case "attributions": seen = once(seen, 1 << 11); spans(ATTRIBUTIONS); break;
                case "claims": seen = once(seen, 1 << 12); spans(CLAIMS); break;
                case "segments": seen = once(seen, 1 << 13); spans(SEGMENTS); break;
                case "textRef": case "schema": case "annotations": case "relations": case "revision": throw DECLINED;
                default: unknownField(UnknownFields.DOCUMENT, name);
            }
        }
        if (p.nextToken() != null || !StandoffJson.FORMAT.equals(format) || id == null || unit == null || text == null) {
            throw DECLINED;
        }
        if (spans == null) {
            startSpans();
        }
        if (fingerprint != null && !spans.isFingerprintOf(fingerprint)) {
            throw DECLINED;
        }
        DocumentBuilder builder = Document.builder(id, text).metadata(metadata);
        entities.forEach(builder::entity);
        provenance.forEach(builder::provenance);
        annotations.forEach(builder::add);
        unknown.forEach((owner, fields) -> fields.forEach((field, raw) -> builder.unknownField(owner, field, raw)));
        return builder.build();
    }

    /** Reads an array of objects of one {@code kind}. */
    private void each(int kind) throws IOException {
        expect(p, JsonToken.START_ARRAY);
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                throw DECLINED;
            }
            objectUnknown = null;
            switch (kind) {
                case ENTITIES: entity(); break;
                case PROVENANCE_RECORDS: provenance(); break;
                case MENTIONS: mention(); break;
                case QUOTES: quote(); break;
                case CUES: cue(); break;
                case ATTRIBUTIONS: attribution(); break;
                case CLAIMS: claim(); break;
                default: segment();
            }
        }
    }

    /** {@link #each} for annotations with offsets, which need the text and its unit first. */
    private void spans(int kind) throws IOException {
        if (spans == null) {
            startSpans();
        }
        each(kind);
    }

    private void startSpans() {
        if (text == null || unit == null || OffsetIndex.firstLoneSurrogate(text) >= 0) {
            throw DECLINED;
        }
        spans = new CleanSpans(p, in, text, unit);
    }

    // ---- annotations ----

    private void mention() throws IOException {
        Slot span = outer.reset();
        String id = null;
        MentionType type = null;
        EntityId entity = null;
        ProvenanceId provenance = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            if (spans.field(span, name)) {
                continue;
            }
            switch (name) {
                case "id": span.once(ID); id = values.id(); break;
                case "mentionType": span.once(TYPE); type = values.constant(MENTION_TYPES); break;
                case "entity": span.once(F1); entity = EntityId.of(values.id()); break;
                case "provenance": span.once(PROVENANCE); provenance = values.provenanceRef(); break;
                default: unknownField(name);
            }
        }
        span.require(ID | TYPE);
        add(id, new Mention(MentionId.of(id), spans.extent(span), type, entity, provenance));
    }

    private void quote() throws IOException {
        Slot span = outer.reset();
        String id = null;
        QuoteType type = null;
        List<Span> verbatim = List.of();
        QuoteId embeddedIn = null;
        ProvenanceId provenance = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            if (spans.field(span, name)) {
                continue;
            }
            switch (name) {
                case "id": span.once(ID); id = values.id(); break;
                case "quoteType": span.once(TYPE); type = values.constant(QUOTE_TYPES); break;
                case "verbatim": span.once(F1); verbatim = verbatim(); break;
                case "embeddedIn": span.once(F2); embeddedIn = QuoteId.of(values.id()); break;
                case "provenance": span.once(PROVENANCE); provenance = values.provenanceRef(); break;
                default: unknownField(name);
            }
        }
        span.require(ID | TYPE);
        add(id, new Quote(QuoteId.of(id), spans.extent(span), type, verbatim, embeddedIn, provenance));
    }

    private List<Span> verbatim() throws IOException {
        expect(p, JsonToken.START_ARRAY);
        List<Span> parts = new ArrayList<>(2);
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                throw DECLINED;
            }
            Slot span = inner.reset();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                if (!spans.field(span, name) || span.has(CleanSpans.FRAGMENTS)) {
                    throw DECLINED;
                }
            }
            parts.add(spans.plainSpan(span));
        }
        return parts;
    }

    private void cue() throws IOException {
        Slot span = outer.reset();
        String id = null;
        String lemma = null;
        ProvenanceId provenance = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            if (spans.field(span, name)) {
                continue;
            }
            switch (name) {
                case "id": span.once(ID); id = values.id(); break;
                case "lemma": span.once(F1); lemma = values.string(); break;
                case "provenance": span.once(PROVENANCE); provenance = values.provenanceRef(); break;
                default: unknownField(name);
            }
        }
        span.require(ID);
        add(id, new Cue(CueId.of(id), spans.extent(span), lemma, provenance));
    }

    private void segment() throws IOException {
        Slot span = outer.reset();
        String id = null;
        SegmentType type = null;
        ProvenanceId provenance = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            if (spans.field(span, name)) {
                continue;
            }
            switch (name) {
                case "id": span.once(ID); id = values.id(); break;
                case "segmentType": span.once(TYPE); type = values.constant(SEGMENT_TYPES); break;
                case "provenance": span.once(PROVENANCE); provenance = values.provenanceRef(); break;
                default: unknownField(name);
            }
        }
        span.require(ID | TYPE);
        add(id, new Segment(SegmentId.of(id), spans.extent(span), type, provenance));
    }

    private void claim() throws IOException {
        Slot span = outer.reset();
        String id = null;
        ClaimType type = null;
        boolean checkworthy = false;
        String claimText = null;
        EntityId claimant = null;
        AttributionId attribution = null;
        QuoteId quote = null;
        ProvenanceId provenance = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            if (spans.field(span, name)) {
                continue;
            }
            switch (name) {
                case "id": span.once(ID); id = values.id(); break;
                case "claimType": span.once(TYPE); type = values.constant(CLAIM_TYPES); break;
                case "checkworthy": span.once(F1); checkworthy = values.bool(); break;
                case "claimText": span.once(F2); claimText = values.string(); break;
                case "claimant": span.once(F3); claimant = EntityId.of(values.id()); break;
                case "attribution": span.once(F4); attribution = AttributionId.of(values.id()); break;
                case "quote": span.once(F5); quote = QuoteId.of(values.id()); break;
                case "provenance": span.once(PROVENANCE); provenance = values.provenanceRef(); break;
                default: unknownField(name);
            }
        }
        span.require(ID | TYPE | F1);
        add(id, new Claim(ClaimId.of(id), spans.extent(span), type, checkworthy, claimText, claimant, attribution, quote,
                provenance));
    }

    private void attribution() throws IOException {
        int seen = 0;
        String id = null;
        MentionId source = null;
        CueId cue = null;
        List<Attribution.Content> contents = null;
        List<Supplement> supplements = List.of();
        AttributionId nestedIn = null;
        ProvenanceId provenance = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "id": seen = once(seen, ID); id = values.id(); break;
                case "source": seen = once(seen, F1); source = MentionId.of(values.id()); break;
                case "cue": seen = once(seen, F2); cue = CueId.of(values.id()); break;
                case "contents": seen = once(seen, F3); contents = contents(); break;
                case "supplements": seen = once(seen, F4); supplements = supplements(); break;
                case "nestedIn": seen = once(seen, F5); nestedIn = AttributionId.of(values.id()); break;
                case "provenance": seen = once(seen, PROVENANCE); provenance = values.provenanceRef(); break;
                default: unknownField(name);
            }
        }
        if (id == null || contents == null) {
            throw DECLINED;
        }
        add(id, new Attribution(AttributionId.of(id), source, cue, contents, supplements, nestedIn, provenance));
    }

    private List<Attribution.Content> contents() throws IOException {
        expect(p, JsonToken.START_ARRAY);
        List<Attribution.Content> contents = new ArrayList<>(2);
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                throw DECLINED;
            }
            int seen = 0;
            QuoteId quote = null;
            ContentLink link = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                switch (name) {
                    case "quote": seen = once(seen, ID); quote = QuoteId.of(values.id()); break;
                    case "link": seen = once(seen, TYPE); link = values.constant(LINKS); break;
                    default: throw DECLINED;
                }
            }
            if (seen != (ID | TYPE)) {
                throw DECLINED;
            }
            contents.add(new Attribution.Content(quote, link));
        }
        return contents;
    }

    private List<Supplement> supplements() throws IOException {
        expect(p, JsonToken.START_ARRAY);
        List<Supplement> supplements = new ArrayList<>(2);
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                throw DECLINED;
            }
            Slot span = inner.reset();
            SupplementRole role = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                if (name.equals("role")) {
                    span.once(TYPE);
                    role = values.constant(ROLES);
                } else if (!spans.field(span, name) || span.has(CleanSpans.FRAGMENTS)) {
                    throw DECLINED;
                }
            }
            span.require(TYPE);
            supplements.add(new Supplement(role, spans.plainSpan(span)));
        }
        return supplements;
    }

    private void entity() throws IOException {
        int seen = 0;
        String id = null;
        String name = null;
        EntityType type = null;
        Map<String, String> kbIds = Map.of();
        boolean metonymy = false;
        ProvenanceId provenance = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            p.nextToken();
            switch (field) {
                case "id": seen = once(seen, ID); id = values.id(); break;
                case "canonicalName": seen = once(seen, F1); name = values.string(); break;
                case "entityType": seen = once(seen, TYPE); type = values.constant(ENTITY_TYPES); break;
                case "kbIds": seen = once(seen, F2); kbIds = values.strings(); break;
                case "metonymy": seen = once(seen, F3); metonymy = values.bool(); break;
                case "provenance": seen = once(seen, PROVENANCE); provenance = values.provenanceRef(); break;
                default: unknownField(field);
            }
        }
        if (id == null || name == null || type == null) {
            throw DECLINED;
        }
        keepUnknown(id);
        entities.add(new Entity(EntityId.of(id), name, type, kbIds, metonymy, provenance));
    }

    private void provenance() throws IOException {
        int seen = 0;
        String id = null;
        String agent = null;
        AgentType type = null;
        Instant time = null;
        Double confidence = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            p.nextToken();
            switch (field) {
                case "id": seen = once(seen, ID); id = values.id(); break;
                case "agent": seen = once(seen, F1); agent = values.string(); break;
                case "agentType": seen = once(seen, TYPE); type = values.constant(AGENT_TYPES); break;
                case "time": seen = once(seen, F2); time = Instant.parse(values.string()); break;
                case "confidence": seen = once(seen, F3); confidence = values.confidence(); break;
                default: unknownField(field);
            }
        }
        if (id == null || agent == null || type == null) {
            throw DECLINED;
        }
        keepUnknown(id);
        provenance.add(new Provenance(ProvenanceId.of(id), agent, type, time, confidence));
    }

    private void add(String id, Annotation annotation) {
        keepUnknown(id);
        annotations.add(annotation);
    }

    /** Keeps an unknown field of the object being read. */
    private void unknownField(String name) throws IOException {
        if (objectUnknown == null) {
            objectUnknown = new LinkedHashMap<>();
        }
        if (objectUnknown.put(name, values.raw()) != null) {
            throw DECLINED;
        }
    }

    private void unknownField(String owner, String name) throws IOException {
        Map<String, String> fields = unknown.computeIfAbsent(owner, key -> new LinkedHashMap<>());
        if (fields.put(name, values.raw()) != null) {
            throw DECLINED;
        }
    }

    private void keepUnknown(String id) {
        if (objectUnknown != null) {
            unknown.computeIfAbsent(id, key -> new LinkedHashMap<>()).putAll(objectUnknown);
            objectUnknown = null;
        }
    }
}
