package org.supportmodel.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.Priority;
import org.supportmodel.core.SlaVerdict;
import org.supportmodel.core.internal.Checks;

/**
 * One measurement of a party's target: from the moment the party took the ticket (its {@code
 * holding}-th time) to the response or hand-on, as of an instant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param party the party
 * @param agreement the agreement's name
 * @param kind the kind of agreement
 * @param metric what is measured
 * @param holding which time the party holds the ticket, from 1
 * @param priority the ticket's priority when the party took it, whose target applies
 * @param target the target amount
 * @param calendar the calendar it is measured on
 * @param start when the party took the ticket
 * @param end when the measurement ended, if it has
 * @param elapsed the business time elapsed
 * @param due when the target runs out if the clock keeps running; empty when paused or ended
 * @param breachedAt when the target passed, if it has
 */
public record PartyCycle(
    String party,
    String agreement,
    AgreementKind kind,
    PartyMetric metric,
    int holding,
    Priority priority,
    SlaAmount target,
    String calendar,
    Instant start,
    Optional<Instant> end,
    Duration elapsed,
    Optional<Instant> due,
    Optional<Instant> breachedAt) {
  /**
   * Checks the cycle.
   *
   * @throws IllegalArgumentException if the holding is not positive or the elapsed time negative
   */
  public PartyCycle {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(breachedAt, "breachedAt");
    Checks.positive(holding, "holding");
    Checks.check(!elapsed.isNegative(), "elapsed", elapsed, "must not be negative");
  }

  /**
   * The verdict: missed once breached, met when ended within target, open otherwise.
   *
   * @return the verdict, never null
   */
  public SlaVerdict verdict() {
    if (breachedAt.isPresent()) {
      return SlaVerdict.MISSED;
    }
    return end.isPresent() ? SlaVerdict.MET : SlaVerdict.OPEN;
  }

  @Override
  public String toString() {
    return party + " " + metric + " (" + agreement + ", holding " + holding + ", " + priority + " " + target + "): " + verdict()
        + breachedAt.map(b -> " at " + b).orElse("");
  }
}
