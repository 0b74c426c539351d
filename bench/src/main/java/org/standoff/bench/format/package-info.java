/** Benchmarks of standoff JSON reading and writing against Jackson baselines, and the JSON Lines streaming run. */
package org.standoff.bench.format;
