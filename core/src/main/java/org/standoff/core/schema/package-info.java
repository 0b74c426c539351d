/** The declaration of generic layers: labels, typed attributes and role cardinalities. */
package org.standoff.core.schema;
