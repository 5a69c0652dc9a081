package org.supportmodel.operations;

import java.time.Duration;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A service-level target for picking requests up: a share of requests within a time, such as 80 %
 * within 30 minutes.
 *
 * @param share the share, above 0 and below 1
 * @param within the time, zero or more
 */
public record ServiceTarget(double share, Duration within) {
  /** Checks the share and the time. */
  public ServiceTarget {
    Objects.requireNonNull(within, "within");
    Checks.check(share > 0 && share < 1, "share", share, "must be above 0 and below 1: a queue never serves everyone at once");
    Checks.check(!within.isNegative(), "within", within, "must not be negative");
  }
}
