package org.supportmodel.sla.history;

import java.time.Instant;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A ticket's assignment to a group, from the row that shows it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at when the ticket was assigned
 * @param group the group's name, as the export writes it
 * @param row the row's number in its source
 */
public record Assignment(Instant at, String group, int row) {
  /**
   * Checks the assignment.
   *
   * @throws IllegalArgumentException if the group is blank or the row number not positive
   */
  public Assignment {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(group, "group");
    Checks.text(group, "group");
    Checks.positive(row, "row");
  }
}
