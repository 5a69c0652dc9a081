package org.supportmodel.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * The outcome of one SLA target of a request, as data: the {@code sla} module's evaluation gives it
 * ({@code TicketSla.outcomes}), a helpdesk may supply its own, and hypercare counts it without
 * depending on the SLA engine.
 *
 * <p>The outcome is the target's whole known life: when it was due and when its cycle ended, if
 * it has. Whether it is met and when that was decided follow from these, by one rule used by
 * every count in this module:
 *
 * <ul>
 *   <li>a target whose cycle ended before its due instant is <em>met</em>, decided when the cycle
 *       ended;
 *   <li>any other target is <em>missed</em>, decided at its due instant (the breach), whether its
 *       cycle ended late or is still running.
 * </ul>
 *
 * <p>This is the SLA engine's rule: a target whose full amount is reached at the due instant is
 * breached then, so a cycle that ends exactly at its due instant is met late.
 *
 * <p>An evaluation as of an instant sees only what was decided before it. Which periods count an
 * outcome is {@link #countsIn(SlaVerdict, Instant, Instant, Instant, boolean)}, the one rule behind
 * the SLA module's attainment and hypercare's figures. Immutable.
 *
 * @param metric the metric, such as {@code RESOLUTION}
 * @param priority the priority whose target applied
 * @param due when the target was due
 * @param end when the cycle ended (the target was met, on time or late), or empty while it runs
 * @param zone the zone of the calendar the target was measured in, for reports
 */
public record SlaOutcome(String metric, Priority priority, Instant due, Optional<Instant> end, ZoneId zone) {
  /**
   * Checks the metric name.
   *
   * @throws IllegalArgumentException if the metric is not an identifier
   */
  public SlaOutcome {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
    Checks.identifier(metric, "metric");
  }

  /**
   * A target met: its cycle ended before the due instant.
   *
   * @param metric the metric
   * @param priority the priority
   * @param due when it was due
   * @param at when it was met
   * @param zone the zone of its calendar
   * @return the outcome, never null
   * @throws IllegalArgumentException if {@code at} is not before {@code due}
   */
  public static SlaOutcome met(String metric, Priority priority, Instant due, Instant at, ZoneId zone) {
    return ended(metric, priority, due, at, zone, true);
  }

  /**
   * A target met late: breached at its due instant, its cycle ended then or after it.
   *
   * @param metric the metric
   * @param priority the priority
   * @param due when it was due
   * @param at when the cycle ended
   * @param zone the zone of its calendar
   * @return the outcome, never null
   * @throws IllegalArgumentException if {@code at} is before {@code due}
   */
  public static SlaOutcome metLate(String metric, Priority priority, Instant due, Instant at, ZoneId zone) {
    return ended(metric, priority, due, at, zone, false);
  }

  /** A target whose cycle ended at {@code at}: before {@code due} if on time, at or after it if late. */
  private static SlaOutcome ended(String metric, Priority priority, Instant due, Instant at, ZoneId zone, boolean onTime) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    if (onTime) {
      Checks.check(at.isBefore(due), "at", at, "must be before the due instant ", due, " of a met target: use metLate");
    } else {
      Checks.check(!at.isBefore(due), "at", at, "must not be before the due instant ", due, " of a target met late");
    }
    return new SlaOutcome(metric, priority, due, Optional.of(at), zone);
  }

  /**
   * A target breached at its due instant whose cycle still runs.
   *
   * @param metric the metric
   * @param priority the priority
   * @param due when it was due
   * @param zone the zone of its calendar
   * @return the outcome, never null
   */
  public static SlaOutcome breached(String metric, Priority priority, Instant due, ZoneId zone) {
    return new SlaOutcome(metric, priority, due, Optional.empty(), zone);
  }

  /**
   * Whether the target was met: its cycle ended before the due instant.
   *
   * @return true if met
   */
  public boolean met() {
    return end.isPresent() && end.get().isBefore(due);
  }

  /**
   * When the outcome was decided: when the cycle ended for a met target, the due instant (the
   * breach) for a missed one.
   *
   * @return the instant, never null
   */
  public Instant decidedAt() {
    return met() ? end.orElseThrow() : due;
  }

  /**
   * Whether the outcome is known as of an instant: decided before it.
   *
   * @param asOf the instant
   * @return true if decided before {@code asOf}
   */
  public boolean decidedBefore(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return decidedAt().isBefore(asOf);
  }

  /**
   * How late a missed target was as of an instant: from its due instant to the end of its cycle,
   * or to {@code asOf} while the cycle had not ended by then.
   *
   * @param asOf the instant
   * @return the lateness, zero for a met target or one not yet due
   */
  public Duration lateness(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (met() || !due.isBefore(asOf)) {
      return Duration.ZERO;
    }
    Instant until = end.filter(e -> e.isBefore(asOf)).orElse(asOf);
    return Duration.between(due, until);
  }

  /**
   * The verdict as of an instant: met or missed once decided before it, open until then.
   *
   * @param asOf the instant
   * @return the verdict, never null
   */
  public SlaVerdict verdict(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (!decidedBefore(asOf)) {
      return SlaVerdict.OPEN;
    }
    return met() ? SlaVerdict.MET : SlaVerdict.MISSED;
  }

  /**
   * Whether this outcome counts in the period {@code [from, to)}, by {@link #countsIn(SlaVerdict,
   * Instant, Instant, Instant, boolean)}.
   *
   * @param from the start of the period
   * @param to the end of the period (exclusive), and the instant of knowledge
   * @param openAtFrom whether the request was still unresolved when the period began
   * @return true if it counts
   */
  public boolean countsIn(Instant from, Instant to, boolean openAtFrom) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return countsIn(met() ? SlaVerdict.MET : SlaVerdict.MISSED, decidedAt(), from, to, openAtFrom);
  }

  /**
   * The one rule for when a target counts: a met target in the period in which it was met; a
   * missed target in the period of its breach, and in every later period that began while the
   * request was still unresolved. Nothing decided at or after {@code to} counts, so a period that is
   * over never changes when later data arrives.
   *
   * @param verdict met or missed
   * @param decidedAt when it was decided: the end of the cycle if met, the breach if missed
   * @param from the start of the period
   * @param to the end of the period (exclusive), and the instant of knowledge
   * @param openAtFrom whether the request was still unresolved at {@code from}
   * @return true if the target counts in the period
   * @throws IllegalArgumentException if the verdict is open or the period ends before it begins
   */
  public static boolean countsIn(SlaVerdict verdict, Instant decidedAt, Instant from, Instant to, boolean openAtFrom) {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Checks.check(verdict.isDecided(), "verdict", verdict, "must be decided (MET or MISSED) to count");
    Checks.check(!to.isBefore(from), "to", to, "must not be before from ", from, "");
    if (!decidedAt.isBefore(to)) {
      return false;
    }
    return !decidedAt.isBefore(from) || (verdict == SlaVerdict.MISSED && openAtFrom);
  }
}
