package org.supportmodel.operations;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * One occurrence on the support and servicing calendar: a periodic task on one day, or a step of a
 * release (sandbox validation, regression testing, the production deployment), in its own zone,
 * with its owner from the support scope register.
 *
 * @param kind a task or a release step
 * @param source the id of the task or release
 * @param name what happens, in words
 * @param area the scope area whose owner does it
 * @param owner the owner, if the register names one
 * @param start when it starts
 * @param end when it ends, after the start
 */
public record Occurrence(Kind kind, String source, String name, ScopeArea area, Optional<ScopeOwner> owner, ZonedDateTime start, ZonedDateTime end) {
  /** What the occurrence is. */
  public enum Kind {
    /** A periodic task. */
    TASK,
    /** Validation of a Microsoft update in a sandbox. */
    SANDBOX_VALIDATION,
    /** Regression testing before a release. */
    REGRESSION_TESTING,
    /** The deployment of a release to production. */
    PRODUCTION_DEPLOYMENT
  }

  /** Checks the fields. */
  public Occurrence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Checks.text(name, "name");
    if (end.toEpochSecond() < start.toEpochSecond()
        || (end.toEpochSecond() == start.toEpochSecond() && end.getNano() <= start.getNano())) {
      // the message only when it fails: a plan builds thousands of occurrences
      Checks.check(false, "end", end, "must be after the start " + start);
    }
  }

  @Override
  public String toString() {
    return start + " " + name + owner.map(o -> " (" + o + ")").orElse("");
  }
}
