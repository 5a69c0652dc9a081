package org.supportmodel.test;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.supportmodel.sla.MetricCycle;
import org.supportmodel.sla.SlaState;
import org.supportmodel.sla.TicketSla;

/** Assertions on one SLA cycle; a failure shows the cycle and the whole ticket's SLA. */
public final class MetricCycleAssert extends AbstractAssert<MetricCycleAssert, MetricCycle> {
  private final TicketSla sla;

  MetricCycleAssert(MetricCycle actual, TicketSla sla) {
    super(actual, MetricCycleAssert.class);
    this.sla = sla;
  }

  static String describe(MetricCycle cycle) {
    return cycle.metric() + " #" + cycle.cycle() + " (" + cycle.priority() + ", " + cycle.target() + " on " + cycle.calendar() + "): "
        + cycle.state() + ", elapsed " + cycle.elapsed() + ", remaining " + cycle.remaining()
        + cycle.due().map(d -> ", due " + d).orElse("") + cycle.breachedAt().map(b -> ", breached at " + b).orElse("");
  }

  private MetricCycleAssert check(boolean holds, String expectation, Object found) {
    if (!holds) {
      throw failureWithActualExpected(found, expectation, "%nExpecting %s %s%nbut found %s%n%s", describe(actual), expectation, found,
          TicketSlaAssert.describe(sla));
    }
    return this;
  }

  /**
   * The cycle is in this state.
   *
   * @param state the state
   * @return this assertion
   */
  public MetricCycleAssert isIn(SlaState state) {
    Objects.requireNonNull(state, "state");
    return check(actual.state() == state, "to be " + state, actual.state());
  }

  /**
   * The cycle breached its target at this instant.
   *
   * @param at the instant
   * @return this assertion
   */
  public MetricCycleAssert isBreachedAt(Instant at) {
    Objects.requireNonNull(at, "at");
    return check(actual.breachedAt().equals(Optional.of(at)), "to be breached at " + at,
        actual.breachedAt().map(b -> "breached at " + b).orElse("not breached (" + actual.state() + ")"));
  }

  /**
   * The cycle met its target.
   *
   * @return this assertion
   */
  public MetricCycleAssert isMet() {
    return isIn(SlaState.MET);
  }

  /**
   * The cycle is running (not paused, not decided).
   *
   * @return this assertion
   */
  public MetricCycleAssert isRunning() {
    return isIn(SlaState.RUNNING);
  }

  /**
   * The cycle is paused.
   *
   * @return this assertion
   */
  public MetricCycleAssert isPaused() {
    return isIn(SlaState.PAUSED);
  }

  /**
   * The cycle is due at this instant.
   *
   * @param at the instant
   * @return this assertion
   */
  public MetricCycleAssert isDueAt(Instant at) {
    Objects.requireNonNull(at, "at");
    return check(actual.due().equals(Optional.of(at)), "to be due at " + at, actual.due().map(Object::toString).orElse("no due instant"));
  }

  /**
   * The business time elapsed on the cycle.
   *
   * @param elapsed the business time
   * @return this assertion
   */
  public MetricCycleAssert hasElapsed(Duration elapsed) {
    Objects.requireNonNull(elapsed, "elapsed");
    return check(actual.elapsed().equals(elapsed), "to have elapsed " + elapsed, actual.elapsed());
  }
}
