package org.supportmodel.kafka;

import java.time.Instant;
import java.util.Objects;
import org.supportmodel.core.Priority;
import org.supportmodel.sla.Attainment;
import org.supportmodel.sla.SlaMetric;

/**
 * Targets met and missed for one priority and metric in one hour or week, counted from the SLA
 * state changes: a cycle met counts as met; a breach counts as missed when it happens (a cycle met
 * late was counted at its breach).
 *
 * <p>Immutable and thread-safe.
 *
 * @param window HOUR or WEEK
 * @param start the window's start
 * @param priority the priority
 * @param metric the metric
 * @param met how many cycles met their target
 * @param missed how many breached it
 */
public record AttainmentCount(String window, Instant start, Priority priority, SlaMetric metric, long met, long missed) {
  /** The count a bucket starts from, before its first change: no window yet. */
  static final AttainmentCount NONE = new AttainmentCount("NONE", Instant.EPOCH, Priority.P1, SlaMetric.RESOLUTION, 0, 0);

  /** Checks that no component is null. */
  public AttainmentCount {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(metric, "metric");
  }

  /**
   * The counts as the library's attainment row, whose {@link Attainment.Row#share()} is the one
   * definition of the share met.
   *
   * @return the row, never null
   * @throws ArithmeticException if a count exceeds an int
   */
  public Attainment.Row row() {
    return new Attainment.Row(priority, metric, Math.toIntExact(met), Math.toIntExact(missed), java.util.List.of());
  }
}
