package org.supportmodel.hypercare;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * An action item as of an assessment: its state and why, so that a report never calls a plan
 * overdue whose request was resolved.
 *
 * @param item the item
 * @param state its state
 * @param detail the state in words, such as {@code "INC-7 resolved on 2026-05-12"}
 */
public record ActionStatus(ActionItem item, State state, String detail) {
  /**
   * Checks that nothing is null.
   *
   * @throws IllegalArgumentException if the detail is blank
   */
  public ActionStatus {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(detail, "detail");
    Checks.text(detail, "detail");
  }

  /** The state of an action item as of an assessment. */
  public enum State {
    /** Not accepted yet, not due yet. */
    PROPOSED,
    /** Accepted and not yet due. */
    ACCEPTED,
    /** Past its due date and not done. */
    OVERDUE,
    /** Done. */
    DONE,
    /** Its request was resolved: the plan is closed with it, done or not. */
    CLOSED
  }
}
