package org.supportmodel.sla;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket's SLA with the timeline of every cycle: {@link SlaEvaluation#timeline}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sla the SLA, as {@link SlaEvaluation#evaluate} gives it
 * @param cycles the timeline of each cycle, in the order of {@link TicketSla#cycles()}
 */
public record SlaTimeline(TicketSla sla, List<CycleTimeline> cycles) {
  /**
   * Copies the list and checks that it matches the cycles.
   *
   * @throws IllegalArgumentException if a timeline does not belong to the cycle at its position
   */
  public SlaTimeline {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(cycles, "cycles");
    cycles = List.copyOf(cycles);
    org.supportmodel.core.internal.Checks.check(cycles.size() == sla.cycles().size(), "cycles", cycles.size(),
        "must be one timeline per cycle (" + sla.cycles().size() + ")");
    for (int i = 0; i < cycles.size(); i++) {
      MetricCycle cycle = sla.cycles().get(i);
      CycleTimeline timeline = cycles.get(i);
      org.supportmodel.core.internal.Checks.check(cycle.metric() == timeline.metric() && cycle.cycle() == timeline.cycle(),
          "cycles[" + i + "]", timeline.metric() + " " + timeline.cycle(), "must be the timeline of " + cycle.metric() + " " + cycle.cycle());
    }
  }

  /**
   * The timeline of one cycle.
   *
   * @param metric the metric
   * @param cycle the cycle number
   * @return the timeline, or empty if the ticket has no such cycle
   */
  public Optional<CycleTimeline> of(SlaMetric metric, int cycle) {
    Objects.requireNonNull(metric, "metric");
    return cycles.stream().filter(c -> c.metric() == metric && c.cycle() == cycle).findFirst();
  }
}
