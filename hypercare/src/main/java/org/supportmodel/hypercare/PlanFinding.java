package org.supportmodel.hypercare;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * What an assessment finds about the plan itself when hypercare cannot end yet: the projected exit
 * falls after the planned end, or a commitment of the project team or partner ends before it.
 *
 * @param kind what was found
 * @param message the finding in words, with the dates
 */
public record PlanFinding(Kind kind, String message) {
  /**
   * Checks the message.
   *
   * @throws IllegalArgumentException if it is blank
   */
  public PlanFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Checks.text(message, "message");
  }

  /** What an assessment can find about the plan. */
  public enum Kind {
    /** The earliest projected exit is after the plan's end date. */
    EXIT_AFTER_PLANNED_END,
    /** No exit date can be projected, so the planned end cannot be confirmed. */
    EXIT_NOT_PROJECTED,
    /** A commitment of the project team or partner ends before the projected exit. */
    COMMITMENT_ENDS_BEFORE_EXIT
  }
}
