package org.supportmodel.sla.history;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.sla.TicketEvent;

/**
 * One row of an export with one row per event.
 *
 * <p>Immutable and thread-safe.
 *
 * @param row where the row is in its source, such as the line number, 1 or more; unique per ticket
 * @param event the event it records
 */
public record EventRow(int row, TicketEvent event) {
  /**
   * Checks the row number.
   *
   * @throws IllegalArgumentException if it is not positive
   */
  public EventRow {
    Objects.requireNonNull(event, "event");
    Checks.positive(row, "row");
  }

  /**
   * A row.
   *
   * @param row its number in the source, 1 or more
   * @param event the event
   * @return the row, never null
   */
  public static EventRow of(int row, TicketEvent event) {
    Objects.requireNonNull(event, "event");
    return new EventRow(row, event);
  }
}
