package org.supportmodel.sla;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;

/**
 * A ticket's SLA as of an instant: every cycle of every metric, and the next instant at which any
 * of them changes state with no new event, so that a helpdesk sets one timer instead of polling.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requestId the ticket
 * @param asOf the instant of the evaluation
 * @param priority the ticket's priority as of then
 * @param cycles the cycles, by metric then cycle number
 * @param nextChange the earliest next change of any cycle; empty if only an event can change one
 */
public record TicketSla(
    RequestId requestId, Instant asOf, Priority priority, List<MetricCycle> cycles, Optional<Instant> nextChange) {

  /** Copies the list. */
  public TicketSla {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(cycles, "cycles");
    Objects.requireNonNull(nextChange, "nextChange");
    cycles = List.copyOf(cycles);
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
}
