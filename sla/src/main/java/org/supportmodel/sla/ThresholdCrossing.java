package org.supportmodel.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * A warning threshold that fired: the percentage of the target and when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param percent the threshold, in percent of the target
 * @param at when the elapsed business time reached it
 */
public record ThresholdCrossing(int percent, Instant at) {
  /** Checks that the instant is given. */
  public ThresholdCrossing {
    Objects.requireNonNull(at, "at");
  }
}
