package org.supportmodel.operations;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A periodic support or servicing task: batch calendar management, cleanup jobs, user-to-role
 * reviews, database copies to sandboxes, continuity drills, performance baseline reviews. Its
 * owner is whoever the support scope register names for its area.
 *
 * @param id the task's id
 * @param name what it is, in words
 * @param area the scope area whose owner does it
 * @param recurrence when it recurs
 * @param start the local time it starts, in its zone
 * @param zone the zone it runs in
 * @param duration how long it takes, positive
 * @param heavy whether it loads the system or the team enough to stay out of business-critical periods
 */
public record ServicingTask(
    String id, String name, ScopeArea area, Recurrence recurrence, LocalTime start, ZoneId zone, Duration duration, boolean heavy) {
  /** Checks the fields. */
  public ServicingTask {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(recurrence, "recurrence");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(duration, "duration");
    Checks.identifier(id, "id");
    Checks.text(name, "name");
    Checks.check(!duration.isNegative() && !duration.isZero(), "duration", duration, "must be positive");
  }
}
