/**
 * The machinery behind {@link org.standoff.corpus.standoff.StandoffJson}: streaming decoders, offset
 * resolution and the canonical layout. Not API: do not depend on anything in this package.
 */
package org.standoff.corpus.standoff.internal;
