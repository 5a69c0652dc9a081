package org.supportmodel.test;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.supportmodel.sla.MetricCycle;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.TicketSla;

/**
 * Assertions on a ticket's SLA: {@code assertThat(sla).cycle(RESOLUTION).isBreachedAt(...)},
 * {@code assertThat(sla).nextChangeIs(...)}. A failure lists every cycle as the library computed
 * it.
 */
public final class TicketSlaAssert extends AbstractAssert<TicketSlaAssert, TicketSla> {
  TicketSlaAssert(@Nullable TicketSla actual) {
    super(actual, TicketSlaAssert.class);
  }

  static String describe(TicketSla sla) {
    StringBuilder text = new StringBuilder("SLA of " + sla.requestId() + " as of " + sla.asOf() + " (" + sla.priority() + "):");
    for (MetricCycle cycle : sla.cycles()) {
      text.append(System.lineSeparator()).append("  ").append(MetricCycleAssert.describe(cycle));
    }
    text.append(System.lineSeparator()).append("  next change: ").append(sla.nextChange().map(Instant::toString).orElse("none"));
    return text.toString();
  }

  /**
   * The latest cycle of a metric, to assert on.
   *
   * @param metric the metric
   * @return the cycle's assertion, never null
   */
  public MetricCycleAssert cycle(SlaMetric metric) {
    Objects.requireNonNull(metric, "metric");
    isNotNull();
    Optional<MetricCycle> latest = actual.latest(metric);
    if (latest.isEmpty()) {
      throw failure("%nExpecting a %s cycle%nbut the policy measures none for this ticket.%n%s", metric, describe(actual));
    }
    return new MetricCycleAssert(latest.get(), actual);
  }

  /**
   * A given cycle of a metric, counted from 1, to assert on.
   *
   * @param metric the metric
   * @param number the cycle's number
   * @return the cycle's assertion, never null
   */
  public MetricCycleAssert cycle(SlaMetric metric, int number) {
    Objects.requireNonNull(metric, "metric");
    isNotNull();
    for (MetricCycle cycle : actual.cycles(metric)) {
      if (cycle.cycle() == number) {
        return new MetricCycleAssert(cycle, actual);
      }
    }
    throw failure("%nExpecting %s cycle #%s%nbut there is none.%n%s", metric, number, describe(actual));
  }

  /**
   * The one instant at which the SLA changes next (the timer to set).
   *
   * @param expected the instant
   * @return this assertion
   */
  public TicketSlaAssert nextChangeIs(Instant expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    if (!actual.nextChange().equals(Optional.of(expected))) {
      throw failureWithActualExpected(actual.nextChange().map(Object::toString).orElse("none"), expected.toString(),
          "%nExpecting the next change at %s%nbut it is %s%n%s", expected, actual.nextChange().map(Object::toString).orElse("none"),
          describe(actual));
    }
    return this;
  }

  /**
   * Nothing will change any more: every cycle is decided.
   *
   * @return this assertion
   */
  public TicketSlaAssert hasNoNextChange() {
    isNotNull();
    if (actual.nextChange().isPresent()) {
      throw failure("%nExpecting no next change%nbut the SLA changes next at %s%n%s", actual.nextChange().get(), describe(actual));
    }
    return this;
  }
}
