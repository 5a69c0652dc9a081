/**
 * JSON for supportmodel: {@link org.supportmodel.jackson.SupportmodelModule}, a Jackson 3 module.
 * Instants are ISO-8601 with an offset, durations ISO-8601, enums by name; reading validates as
 * the library's factories do, and an error names the JSON path and the rule broken.
 */
@NullMarked
package org.supportmodel.jackson;

import org.jspecify.annotations.NullMarked;
