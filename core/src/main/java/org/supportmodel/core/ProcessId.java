package org.supportmodel.core;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * The identifier of a business process, such as {@code "order-to-cash"}.
 *
 * <p>1 to 128 characters, no surrounding white space, no control characters. Compared by exact
 * value. Immutable and thread-safe.
 *
 * @param value the identifier text
 */
public record ProcessId(String value) implements Comparable<ProcessId> {
  /**
   * Checks the identifier.
   *
   * @throws IllegalArgumentException naming the value if it is not a valid identifier
   */
  public ProcessId {
    Objects.requireNonNull(value, "value");
    Checks.identifier(value, "processId");
  }

  /**
   * The identifier with the given text.
   *
   * @param value the identifier text
   * @return the identifier, never null
   * @throws IllegalArgumentException naming the value if it is not a valid identifier
   */
  public static ProcessId of(String value) {
    Objects.requireNonNull(value, "value");
    return new ProcessId(value);
  }

  @Override
  public int compareTo(ProcessId other) {
    Objects.requireNonNull(other, "other");
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
