/**
 * Internal: the flat form of a document shared by the annotators' formats (Label Studio, W3C Web
 * Annotation, UIMA CAS JSON), offset decisions and loss reports. Not public API: do not depend on it.
 */
package org.standoff.corpus.interop.internal;
