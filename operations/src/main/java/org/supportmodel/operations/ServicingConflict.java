package org.supportmodel.operations;

import java.util.List;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A collision on the support and servicing calendar: what collides, and why it matters.
 *
 * @param kind the kind of collision
 * @param occurrences the occurrences involved, one or two
 * @param message what collides, in words
 * @param why why it matters
 */
public record ServicingConflict(Kind kind, List<Occurrence> occurrences, String message, String why) {
  /** The kinds of collision. */
  public enum Kind {
    /** A release or a heavy task inside a business-critical period (period end, peak, freeze). */
    IN_CRITICAL_PERIOD,
    /** Two releases whose regression testing overlaps. */
    OVERLAPPING_REGRESSION,
    /** A task or deployment outside its owner's working hours. */
    OWNER_NOT_STAFFED,
    /** A task whose owner's working hours are not given: staffing cannot be checked. */
    OWNER_HOURS_UNKNOWN,
    /** A task whose area has no owner in the support scope register. */
    NO_OWNER
  }

  /** Copies the occurrences and checks the texts. */
  public ServicingConflict {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurrences, "occurrences");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(why, "why");
    occurrences = List.copyOf(occurrences);
    Checks.check(!occurrences.isEmpty() && occurrences.size() <= 2, "occurrences", occurrences.size(), "must be one or two");
    Checks.text(message, "message");
    Checks.text(why, "why");
  }

  @Override
  public String toString() {
    return message + ": " + why;
  }
}
