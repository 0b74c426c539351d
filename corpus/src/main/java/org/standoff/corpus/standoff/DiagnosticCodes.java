package org.standoff.corpus.standoff;

/**
 * The codes of the diagnostics the standoff JSON reader reports, as stable strings. The same list,
 * with the severity and an example of each, is in {@code docs/FORMAT.md}; the core validator's own
 * codes (duplicate ids, references, schema) are passed through unchanged.
 *
 * <p>A <em>fatal</em> code stops reading the document: its {@link ReadResult} has no document.
 */
public final class DiagnosticCodes {
    /** Fatal: the input is not well-formed JSON (truncated, a stray character, trailing content). */
    public static final String JSON_SYNTAX = "json.syntax";
    /** Fatal: the input is not valid UTF-8. */
    public static final String JSON_ENCODING = "json.encoding";
    /** Warning: the input starts with a byte order mark, which was skipped. */
    public static final String JSON_BOM = "json.bom";
    /** Fatal: an object has the same key twice. */
    public static final String JSON_DUPLICATE_KEY = "json.duplicate-key";
    /** Fatal: the document has more bytes than {@link ReaderOptions#maxDocumentBytes()}. */
    public static final String LIMIT_DOCUMENT_SIZE = "limit.document-size";
    /** Fatal: arrays and objects nest deeper than {@link ReaderOptions#maxNestingDepth()}. */
    public static final String LIMIT_NESTING_DEPTH = "limit.nesting-depth";
    /** Fatal: a string is longer than {@link ReaderOptions#maxStringLength()}. */
    public static final String LIMIT_STRING_LENGTH = "limit.string-length";
    /** Fatal: a number literal is longer than {@link ReaderOptions#maxNumberLength()}. */
    public static final String LIMIT_NUMBER_LENGTH = "limit.number-length";
    /** Fatal: the input could not be read. */
    public static final String IO_ERROR = "io.error";
    /** Fatal: a bug in the reader; the message names the exception. Please report it. */
    public static final String INTERNAL_ERROR = "internal.error";
    /** Fatal: {@code format} is not {@code "standoff/1"}. */
    public static final String FORMAT_UNSUPPORTED = "format.unsupported";
    /** Error: a required field is missing. */
    public static final String FIELD_MISSING = "field.missing";
    /** Error: a field has the wrong JSON type. */
    public static final String FIELD_TYPE = "field.type";
    /** Error: a field has the right type but a value that is not allowed. */
    public static final String FIELD_VALUE = "field.value";
    /** Error: fields that exclude each other are both present ({@code text} and {@code textRef}). */
    public static final String FIELD_CONFLICT = "field.conflict";
    /** Warning: an unknown field inside a nested object, which is not kept. */
    public static final String FIELD_UNKNOWN = "field.unknown";
    /** Error: a {@code textRef} path is absolute, escapes its directory, or sidecar text is not allowed. */
    public static final String TEXTREF_PATH = "textref.path";
    /** Error: the sidecar text file cannot be read or is not UTF-8. */
    public static final String TEXTREF_UNREADABLE = "textref.unreadable";
    /** Error: the sidecar text's SHA-256 is not the one {@code textRef} names. */
    public static final String TEXTREF_MISMATCH = "textref.mismatch";
    /** Error: the text does not match the {@code fingerprint}; no span is read. */
    public static final String FINGERPRINT_MISMATCH = "fingerprint.mismatch";
    /** Error: the text holds an unpaired surrogate (written as a {@code \\u} escape). */
    public static final String TEXT_UNPAIRED_SURROGATE = "text.unpaired-surrogate";
    /**
     * Error: a string other than the text (an id, a label, a metadata value, a field name, a string
     * inside an unknown field) holds an unpaired surrogate; the value is not read.
     */
    public static final String STRING_UNPAIRED_SURROGATE = "string.unpaired-surrogate";
    /** Error: a span's {@code start} is greater than its {@code end}. */
    public static final String SPAN_REVERSED = "span.reversed";
    /** Error: an offset is past the end of the text. */
    public static final String SPAN_OUT_OF_RANGE = "span.out-of-range";
    /** Error: a {@code utf16} offset falls inside a surrogate pair (the validator's code for the same). */
    public static final String SPAN_SURROGATE = "span.surrogate";
    /** Error: a {@code utf8} offset falls inside a UTF-8 byte sequence. */
    public static final String SPAN_INSIDE_CHARACTER = "span.inside-character";
    /** Error: {@code fragments} are fewer than two, unsorted, overlapping, or do not match start and end. */
    public static final String SPAN_FRAGMENTS = "span.fragments";
    /**
     * Error: a span's {@code text} is not the text its offsets cover (the annotation is kept as its
     * offsets say; the validator's code for the same).
     */
    public static final String TEXT_MISMATCH = "text.mismatch";

    private DiagnosticCodes() {
    }
}
