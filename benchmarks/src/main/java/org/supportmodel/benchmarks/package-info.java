/** JMH benchmarks of supportmodel; see {@code benchmarks/README.md}. */
@NullMarked
package org.supportmodel.benchmarks;

import org.jspecify.annotations.NullMarked;
