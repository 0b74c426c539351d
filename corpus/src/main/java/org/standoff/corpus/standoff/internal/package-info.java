/**
 * The machinery behind {@link org.standoff.corpus.standoff.StandoffJson}. Not API: do not depend on
 * anything in this package.
 *
 * <p>Each kind of object is described once, in {@code Kinds}: a {@code Kind} lists its fields in
 * canonical order, each with its name, whether it is required (or else its default) and its
 * {@code Value} type, which knows how to read, check and write that type of value. The reader
 * ({@code DocumentDecoder}, through a {@code Cursor} over the UTF-8 input) and the writer
 * ({@code StandoffWriter}, through {@code Writing}) both go through these tables. Every token the
 * cursor reads passes {@code TokenChecks} (repeated keys, nesting and number limits); a field name
 * the parser reads is first compared with the kind's next field in canonical order
 * ({@code FieldNames}); the state of decoding an object ({@code ObjectState}) is reused for the next
 * object at its depth; ids, constants and covered texts are taken or compared where the input
 * writes them ({@code InPlace}); places are found only for a diagnostic, by reading the input again
 * ({@code Locator}). Spans are resolved against the text as they are read when the text is known
 * and nothing is wrong with them; otherwise {@code Resolver} resolves them after decoding and
 * reports what is wrong, and {@code Assembler} builds the document and runs the core validator.
 */
package org.standoff.corpus.standoff.internal;
