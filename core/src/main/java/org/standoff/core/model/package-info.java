/** The annotated-document model: documents, entities and the sealed family of annotations. */
package org.standoff.core.model;
