package org.supportmodel.core;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * The priority of a support request, from {@link #P1} (critical) to {@link #P4} (low).
 *
 * <p>Priorities follow the genuine business criticality of the request; {@link PriorityMatrix}
 * derives one from impact and urgency. {@code P1} is the highest priority: {@code
 * P1.isHigherThan(P2)} is true. The natural order of the constants is from highest to lowest.
 */
public enum Priority {
  /** Critical: a key business process is stopped with no workaround. */
  P1,
  /** High: a business process is seriously degraded. */
  P2,
  /** Medium: limited impact or a workaround exists. */
  P3,
  /** Low: a question, a cosmetic issue or a minor inconvenience. */
  P4;

  /**
   * The rank, 1 for {@code P1} to 4 for {@code P4}.
   *
   * @return the rank
   */
  public int rank() {
    return ordinal() + 1;
  }

  /**
   * Whether this priority is more urgent than the other.
   *
   * @param other the other priority
   * @return true if this one has a smaller rank
   */
  public boolean isHigherThan(Priority other) {
    Objects.requireNonNull(other, "other");
    return ordinal() < other.ordinal();
  }

  /**
   * The priority of the given rank.
   *
   * @param rank 1 to 4
   * @return the priority, never null
   * @throws IllegalArgumentException if the rank is outside 1 to 4
   */
  public static Priority ofRank(int rank) {
    Checks.check(rank >= 1 && rank <= values().length, "priority", rank, "must be a rank from 1 to 4");
    return values()[rank - 1];
  }

  /**
   * Parses {@code "P1"} to {@code "P4"} (any case) or the bare ranks {@code "1"} to {@code "4"}.
   *
   * @param text the text
   * @return the priority, never null
   * @throws IllegalArgumentException naming the text if it is not a priority
   */
  public static Priority parse(String text) {
    Objects.requireNonNull(text, "text");
    String stripped = text.strip();
    if (stripped.length() == 1 && stripped.charAt(0) >= '1' && stripped.charAt(0) <= '4') {
      return ofRank(stripped.charAt(0) - '0');
    }
    return Checks.parseEnum(Priority.class, stripped, "priority");
  }
}
