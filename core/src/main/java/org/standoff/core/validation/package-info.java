/** Diagnostics, and the validator that reports every problem of a document. */
package org.standoff.core.validation;
