/** Offsets and spans in a text: offset units and their exact conversion, span relations, and the span index. */
package org.standoff.core.text;
