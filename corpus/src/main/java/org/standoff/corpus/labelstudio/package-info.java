/** Label Studio full JSON export: import (annotations, predictions, relations, choices) and export. */
package org.standoff.corpus.labelstudio;
