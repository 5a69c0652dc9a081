package org.supportmodel.test;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.Priority;
import org.supportmodel.sla.Attainment;
import org.supportmodel.sla.SlaMetric;

/**
 * Assertions on SLA attainment: {@code assertThat(attainment).of(P2, RESOLUTION).met(12).missed(1)}
 * and {@code .share(0.923)}. A failure shows every row.
 */
public final class AttainmentAssert extends AbstractAssert<AttainmentAssert, Attainment> {
  /** How far a share may be from the expected one, for a figure written with three decimals. */
  private static final double TOLERANCE = 0.0005;
  private Attainment.@Nullable Row row;

  AttainmentAssert(@Nullable Attainment actual) {
    super(actual, AttainmentAssert.class);
  }

  private String rows() {
    StringBuilder text = new StringBuilder("attainment from " + actual.from() + " to " + actual.to() + ":");
    for (Attainment.Row each : actual.rows()) {
      text.append(System.lineSeparator()).append("  ").append(each.priority()).append(' ').append(each.metric()).append(": ")
          .append(each.met()).append(" met, ").append(each.missed()).append(" missed")
          .append(each.share().map(s -> String.format(java.util.Locale.ROOT, " (%.3f)", s)).orElse(" (no share)"));
    }
    return text.toString();
  }

  /**
   * Picks the row of a priority and metric for the next assertions.
   *
   * @param priority the priority
   * @param metric the metric
   * @return this assertion
   */
  public AttainmentAssert of(Priority priority, SlaMetric metric) {
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(metric, "metric");
    isNotNull();
    row = actual.row(priority, metric);
    return this;
  }

  private Attainment.Row picked(String expectation) {
    isNotNull();
    if (row == null) {
      throw failure("%nExpecting %s%nbut no row was picked: call of(priority, metric) first", expectation);
    }
    return row;
  }

  /**
   * The row counts this many targets met.
   *
   * @param expected the count
   * @return this assertion
   */
  public AttainmentAssert met(int expected) {
    Attainment.Row picked = picked(expected + " met");
    if (picked.met() != expected) {
      throw failure("%nExpecting %s %s to have %s met%nbut it has %s%n%s", picked.priority(), picked.metric(), expected, picked.met(),
          rows());
    }
    return this;
  }

  /**
   * The row counts this many targets missed.
   *
   * @param expected the count
   * @return this assertion
   */
  public AttainmentAssert missed(int expected) {
    Attainment.Row picked = picked(expected + " missed");
    if (picked.missed() != expected) {
      throw failure("%nExpecting %s %s to have %s missed%nbut it has %s%n%s", picked.priority(), picked.metric(), expected,
          picked.missed(), rows());
    }
    return this;
  }

  /**
   * The row's share of targets met, within half a thousandth.
   *
   * @param expected the share, 0 to 1
   * @return this assertion
   */
  public AttainmentAssert share(double expected) {
    Attainment.Row picked = picked("a share of " + expected);
    boolean holds = picked.share().map(s -> Math.abs(s - expected) <= TOLERANCE).orElse(false);
    if (!holds) {
      throw failure("%nExpecting %s %s to have a share of %s%nbut it has %s%n%s", picked.priority(), picked.metric(), expected,
          picked.share().map(Object::toString).orElse("no share (nothing decided)"), rows());
    }
    return this;
  }
}
