package org.supportmodel.sla.history;

import java.util.Objects;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.internal.Checks;

/**
 * One entry of a repair log: which ticket and row, what was changed and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ticket the ticket
 * @param row the row's number in its source
 * @param change what was changed, such as {@code "REOPENED inserted at 2016-03-01T10:15:00Z"}
 * @param reason why, such as {@code "the state went from Resolved to Active while reopen_count stayed 0"}
 */
public record Repair(RequestId ticket, int row, String change, String reason) {
  /**
   * Checks the entry.
   *
   * @throws IllegalArgumentException if the row number is not positive or a text blank
   */
  public Repair {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(reason, "reason");
    Checks.positive(row, "row");
    Checks.text(change, "change");
    Checks.text(reason, "reason");
  }

  @Override
  public String toString() {
    return ticket + " row " + row + ": " + change + ": " + reason;
  }
}
