/** W3C Web Annotation JSON-LD (and Hypothesis API records): TextQuote and TextPosition selectors, import and export. */
package org.standoff.corpus.w3c;
