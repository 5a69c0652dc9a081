package org.supportmodel.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SlaOutcome;
import org.supportmodel.core.SlaVerdict;
import org.supportmodel.core.internal.Checks;

/**
 * A ticket's SLA as of an instant: every cycle of every metric, and the next instant at which any
 * of them changes state with no new event, so that a helpdesk sets one timer instead of polling.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requestId the ticket
 * @param asOf the instant of the evaluation
 * @param created when the ticket was created
 * @param priority the ticket's priority as of then
 * @param cycles the cycles, by metric then cycle number
 * @param nextChange the earliest next change of any cycle; empty if only an event can change one
 * @param resolutionChanges when the ticket was resolved and reopened, alternately, from its first
 *     resolution, up to {@code asOf} (closing an unresolved ticket resolves it)
 * @param actions the policy's actions: those done by {@code asOf} and those due while the clock
 *     runs, in order of their instants; the first due one is also a next change
 */
public record TicketSla(
    RequestId requestId,
    Instant asOf,
    Instant created,
    Priority priority,
    List<MetricCycle> cycles,
    Optional<Instant> nextChange,
    List<Instant> resolutionChanges,
    List<ScheduledAction> actions) {
  /**
   * Copies the lists and checks the resolution changes.
   *
   * @throws IllegalArgumentException if the resolution changes are out of order, before the
   *     creation or after {@code asOf}
   */
  public TicketSla {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(cycles, "cycles");
    Objects.requireNonNull(nextChange, "nextChange");
    Objects.requireNonNull(resolutionChanges, "resolutionChanges");
    Objects.requireNonNull(actions, "actions");
    cycles = List.copyOf(cycles);
    actions = List.copyOf(actions);
    resolutionChanges = List.copyOf(resolutionChanges);
    Instant previous = created;
    for (Instant change : resolutionChanges) {
      if (change.isBefore(previous)) {
        throw new IllegalArgumentException(Checks.message("resolutionChanges", change, "must be in order and not before the creation " + created));
      }
      if (change.isAfter(asOf)) {
        throw new IllegalArgumentException(Checks.message("resolutionChanges", change, "must not be after asOf " + asOf));
      }
      previous = change;
    }
  }

  /**
   * The cycles of one metric.
   *
   * @param metric the metric
   * @return the cycles in order, possibly empty
   */
  public List<MetricCycle> cycles(SlaMetric metric) {
    Objects.requireNonNull(metric, "metric");
    return cycles.stream().filter(c -> c.metric() == metric).toList();
  }

  /**
   * The latest cycle of one metric.
   *
   * @param metric the metric
   * @return the cycle, or empty if the metric has none
   */
  public Optional<MetricCycle> latest(SlaMetric metric) {
    Objects.requireNonNull(metric, "metric");
    List<MetricCycle> list = cycles(metric);
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }

  /**
   * The ticket's verdict for one metric: missed if any cycle missed its target, else open if a
   * cycle is still open, else met.
   *
   * @param metric the metric
   * @return the verdict, or empty if the policy gave the metric no cycle
   */
  public Optional<SlaVerdict> verdict(SlaMetric metric) {
    Objects.requireNonNull(metric, "metric");
    List<SlaVerdict> verdicts = new ArrayList<>();
    for (MetricCycle cycle : cycles) {
      if (cycle.metric() == metric) {
        verdicts.add(cycle.verdict());
      }
    }
    return verdicts.isEmpty() ? Optional.empty() : Optional.of(SlaVerdict.of(verdicts));
  }

  /**
   * Whether the ticket existed and was unresolved at an instant, as known at {@code asOf}.
   *
   * @param at the instant
   * @return true if created at or before {@code at} and not resolved then
   */
  public boolean openAt(Instant at) {
    Objects.requireNonNull(at, "at");
    if (at.isBefore(created)) {
      return false;
    }
    int changes = 0;
    for (Instant change : resolutionChanges) {
      if (change.isAfter(at)) {
        break;
      }
      changes++;
    }
    return changes % 2 == 0;
  }

  /**
   * The outcome of every decided cycle, as hypercare and reports read them: met cycles with the
   * instant their target would have run out, missed ones with their breach and end.
   *
   * @param calendars the calendars the ticket was evaluated on
   * @return the outcomes, by metric then cycle number
   * @throws IllegalArgumentException if a cycle's calendar is missing from the set
   */
  public List<SlaOutcome> outcomes(CalendarSet calendars) {
    Objects.requireNonNull(calendars, "calendars");
    List<SlaOutcome> outcomes = new ArrayList<>();
    for (MetricCycle cycle : cycles) {
      SlaVerdict verdict = cycle.verdict();
      if (!verdict.isDecided()) {
        continue;
      }
      BusinessCalendar calendar = calendars.get(cycle.calendar());
      String metric = cycle.metric().name();
      if (verdict == SlaVerdict.MET) {
        Instant end = cycle.end().orElseThrow();
        // an ended cycle reports no due instant: it was due where its remaining budget runs out
        Instant due = calendar.plus(end, BusinessDuration.of(cycle.remaining()));
        outcomes.add(SlaOutcome.met(metric, cycle.priority(), due, end, calendar.zone()));
      } else if (cycle.end().isPresent()) {
        outcomes.add(SlaOutcome.metLate(metric, cycle.priority(), cycle.breachedAt().orElseThrow(), cycle.end().get(), calendar.zone()));
      } else {
        outcomes.add(SlaOutcome.breached(metric, cycle.priority(), cycle.breachedAt().orElseThrow(), calendar.zone()));
      }
    }
    return outcomes;
  }
}
