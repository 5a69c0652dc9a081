/**
 * Runnable examples of supportmodel. Each class with a {@code main} method is one example, and a
 * test runs every one of them.
 */
@NullMarked
package org.supportmodel.examples;

import org.jspecify.annotations.NullMarked;
