package org.supportmodel.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A stretch during which one party held a ticket, {@code [from, to)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param party the party, or {@link PartySla#UNASSIGNED} before the first assignment
 * @param from when it took the ticket (or the ticket was created)
 * @param to when it handed the ticket on, the ticket was closed, or the instant of the evaluation
 */
public record Holding(String party, Instant from, Instant to) {
  /**
   * Checks the holding.
   *
   * @throws IllegalArgumentException if it ends before it starts
   */
  public Holding {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Checks.identifier(party, "party");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(Checks.message("to", to, "must not be before from " + from));
    }
  }

  /**
   * How long the party held the ticket, by the wall clock.
   *
   * @return the length, never negative
   */
  public Duration duration() {
    return Duration.between(from, to);
  }
}
