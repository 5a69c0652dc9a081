/**
 * Project-internal support for the library modules: the Immutables style and argument checks.
 * Not public API; exported only to the supportmodel modules.
 */
@NullMarked
package org.supportmodel.core.internal;

import org.jspecify.annotations.NullMarked;
