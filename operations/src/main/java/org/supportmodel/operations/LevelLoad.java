package org.supportmodel.operations;

import java.time.Duration;
import java.util.Objects;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.sla.BusinessCalendar;

/**
 * The work a support level gets: the share of requests that reach it, their mean handling time
 * there, and the level's service hours.
 *
 * @param level the support level
 * @param share the share of all requests that reach the level, above 0 and at most 1
 * @param handlingTime the mean handling time at the level, positive
 * @param serviceHours when the level serves
 */
public record LevelLoad(SupportLevel level, double share, Duration handlingTime, BusinessCalendar serviceHours) {
  /** Checks the fields. */
  public LevelLoad {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(handlingTime, "handlingTime");
    Objects.requireNonNull(serviceHours, "serviceHours");
    Checks.check(share > 0 && share <= 1, "share", share, "must be above 0 and at most 1");
    Checks.check(!handlingTime.isNegative() && !handlingTime.isZero(), "handlingTime", handlingTime, "must be positive");
  }
}
