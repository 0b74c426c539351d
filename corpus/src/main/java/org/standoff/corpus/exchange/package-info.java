/** The common contract of the exchange formats (brat, Label Studio, UIMA CAS JSON, doccano, W3C, CoNLL). */
package org.standoff.corpus.exchange;
