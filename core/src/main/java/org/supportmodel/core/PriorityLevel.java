package org.supportmodel.core;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * One level of a priority scale, such as ServiceNow's {@code "5 - Planning"}: its rank (1 is the
 * most urgent), its label, and the library's {@link Priority} whose SLA targets it uses.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rank the rank, from 1
 * @param label the label people see
 * @param priority the priority whose SLA targets apply
 */
public record PriorityLevel(int rank, String label, Priority priority) {
  /**
   * Checks the level.
   *
   * @throws IllegalArgumentException if the rank is not positive or the label blank
   */
  public PriorityLevel {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(priority, "priority");
    Checks.positive(rank, "rank");
    Checks.identifier(label, "label");
  }

  @Override
  public String toString() {
    return label + " (" + priority + ")";
  }
}
