package org.supportmodel.sla.history;

import java.util.Objects;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.internal.Checks;

/**
 * A problem in a ticket's history: in strict mode anything a repair would change, in repair mode
 * what no documented repair can settle. A ticket with a problem is not evaluated.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ticket the ticket
 * @param row the number of the row in its source where the problem shows
 * @param rule what is wrong, in words
 */
public record HistoryProblem(RequestId ticket, int row, String rule) {
  /**
   * Checks the problem.
   *
   * @throws IllegalArgumentException if the row number is not positive or the rule blank
   */
  public HistoryProblem {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(rule, "rule");
    Checks.positive(row, "row");
    Checks.text(rule, "rule");
  }

  @Override
  public String toString() {
    return ticket + " row " + row + ": " + rule;
  }
}
