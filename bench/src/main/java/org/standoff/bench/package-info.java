/** JMH benchmarks of Standoff's span index and offset conversion against naive baselines; see docs/BENCHMARKS.md. */
package org.standoff.bench;
