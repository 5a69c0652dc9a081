package org.supportmodel.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.Priority;
import org.supportmodel.core.SlaVerdict;

/**
 * One cycle of one metric of a ticket, as of an instant: its state, the business time elapsed and
 * remaining, the due and breach instants, the thresholds fired, and the next instant at which its
 * state changes without a new event.
 *
 * <p>Immutable and thread-safe.
 *
 * @param metric the metric
 * @param cycle the cycle number, from 1 (a new resolution cycle after a reopen, a new periodic
 *     update cycle after each update)
 * @param priority the priority whose target applies
 * @param target the target amount
 * @param calendar the name of the calendar it is measured on
 * @param state the state
 * @param start when the cycle started
 * @param end when it ended, if it has
 * @param elapsed the business time elapsed
 * @param remaining the target minus the elapsed time; negative once breached
 * @param due when the target runs out if the clock keeps running; empty when paused or ended
 * @param breachedAt when the target passed, if it has
 * @param thresholdsFired the warning thresholds fired in this cycle, in order
 * @param nextChange the next instant at which the state changes with no new event; empty when
 *     only an event can change it
 * @param policyVersion the version of the policy that measured the cycle
 * @param retargetedBy the rule applied when a priority change changed the cycle's target while it
 *     ran; empty if none did
 */
public record MetricCycle(
    SlaMetric metric,
    int cycle,
    Priority priority,
    SlaAmount target,
    String calendar,
    SlaState state,
    Instant start,
    Optional<Instant> end,
    Duration elapsed,
    Duration remaining,
    Optional<Instant> due,
    Optional<Instant> breachedAt,
    List<ThresholdCrossing> thresholdsFired,
    Optional<Instant> nextChange,
    String policyVersion,
    Optional<PriorityChangePolicy> retargetedBy) {

  /** Copies the list. */
  public MetricCycle {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(remaining, "remaining");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(breachedAt, "breachedAt");
    Objects.requireNonNull(thresholdsFired, "thresholdsFired");
    Objects.requireNonNull(nextChange, "nextChange");
    Objects.requireNonNull(policyVersion, "policyVersion");
    Objects.requireNonNull(retargetedBy, "retargetedBy");
    thresholdsFired = List.copyOf(thresholdsFired);
  }

  /**
   * The verdict of this cycle as of the evaluation: met when it ended within target, missed once
   * breached (ended late or still open), open while it runs or pauses within target.
   *
   * @return the verdict, never null
   */
  public SlaVerdict verdict() {
    if (state.isMissed()) {
      return SlaVerdict.MISSED;
    }
    return state == SlaState.MET ? SlaVerdict.MET : SlaVerdict.OPEN;
  }

  /**
   * When the verdict was decided: the end for a met cycle, the breach for a missed one.
   *
   * @return the instant, or empty while the cycle is open
   */
  public Optional<Instant> decidedAt() {
    return switch (verdict()) {
      case MET -> end;
      case MISSED -> breachedAt;
      case OPEN -> Optional.empty();
    };
  }
}
