/** The store benchmark's corpus generator: article-shaped documents as JSON Lines for {@code standoff db import}; see docs/BENCHMARKS.md. */
package org.standoff.bench.store;
