package org.supportmodel.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * The life of one SLA cycle as segments: when its clock ran, paused and waited for the calendar,
 * each with what started it. This is what a person needs to see to believe a breach.
 *
 * <p>The segments follow each other without gap or overlap from {@code start} to {@code end}; the
 * counting ones add up to the cycle's elapsed business time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param metric the metric
 * @param cycle the cycle number
 * @param start when the cycle started
 * @param end when it ended, or the instant of the evaluation while it is open
 * @param segments the segments, in order
 */
public record CycleTimeline(SlaMetric metric, int cycle, Instant start, Instant end, List<TimelineSegment> segments) {
  /**
   * Copies the list and checks that the segments tile the cycle.
   *
   * @throws IllegalArgumentException if the segments leave a gap, overlap or do not span the cycle
   */
  public CycleTimeline {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(segments, "segments");
    segments = List.copyOf(segments);
    Checks.positive(cycle, "cycle");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(Checks.message("end", end, "must not be before the start " + start));
    }
    Instant at = start;
    for (int i = 0; i < segments.size(); i++) {
      TimelineSegment segment = segments.get(i);
      if (!segment.start().equals(at)) {
        throw new IllegalArgumentException(Checks.message("segments[" + i + "]", segment, "must start where the one before ends, at " + at));
      }
      at = segment.end();
    }
    if (!at.equals(end)) {
      throw new IllegalArgumentException(Checks.message("segments", segments.size(), "must end at the cycle's end " + end + ", not " + at));
    }
  }

  /**
   * The business time the clock ran: the counting segments together.
   *
   * @return the elapsed business time, equal to the cycle's {@link MetricCycle#elapsed()}
   */
  public Duration elapsed() {
    Duration sum = Duration.ZERO;
    for (TimelineSegment segment : segments) {
      if (segment.kind().counts()) {
        sum = sum.plus(segment.businessTime());
      }
    }
    return sum;
  }

  /**
   * The business time that pauses held back: the business time of the paused segments together.
   *
   * @return the paused business time
   */
  public Duration paused() {
    Duration sum = Duration.ZERO;
    for (TimelineSegment segment : segments) {
      if (segment.kind() == TimelineSegment.Kind.PAUSED) {
        sum = sum.plus(segment.businessTime());
      }
    }
    return sum;
  }
}
