package org.supportmodel.operations;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A dated release into production: a Microsoft service update (its dates are data the user gives,
 * from Microsoft's release plans), an ISV update or a custom-code release. A release implies its
 * preparation: regression testing over the days before it and, for a Microsoft update, validation
 * in a sandbox before that.
 *
 * @param id the release's id
 * @param kind what is released
 * @param name the release, in words ("10.0.44")
 * @param production when it is deployed to production, local time in its zone
 * @param zone the zone of the production deployment
 * @param deployment how long the deployment takes, positive
 * @param regressionDays the days of regression testing before the production day, at least 1
 */
public record Release(
    String id, Kind kind, String name, LocalDateTime production, ZoneId zone, Duration deployment, int regressionDays) {
  /** What is released, and the preparation it implies. */
  public enum Kind {
    /** A Microsoft Dynamics 365 service update: validated in a sandbox first. */
    MICROSOFT_SERVICE_UPDATE("Microsoft service update", 14),
    /** An ISV's update of its solution. */
    ISV_UPDATE("ISV update", 0),
    /** A release of the organization's custom code. */
    CUSTOM_CODE_RELEASE("custom-code release", 0);

    private final String label;
    private final int sandboxDays;

    Kind(String label, int sandboxDays) {
      this.label = label;
      this.sandboxDays = sandboxDays;
    }

    /**
     * The kind in words.
     *
     * @return the label
     */
    public String label() {
      return label;
    }

    /**
     * The days of validation in a sandbox before regression testing starts.
     *
     * @return zero or more
     */
    public int sandboxDays() {
      return sandboxDays;
    }
  }

  /** Checks the fields. */
  public Release {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(production, "production");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(deployment, "deployment");
    Checks.identifier(id, "id");
    Checks.text(name, "name");
    Checks.check(!deployment.isNegative() && !deployment.isZero(), "deployment", deployment, "must be positive");
    Checks.check(regressionDays >= 1 && regressionDays <= 90, "regressionDays", regressionDays, "must be from 1 to 90");
  }

  /**
   * The first day of regression testing.
   *
   * @return the day
   */
  public LocalDate regressionStart() {
    return production.toLocalDate().minusDays(regressionDays);
  }

  /**
   * The last day of regression testing: the day before the production day.
   *
   * @return the day
   */
  public LocalDate regressionEnd() {
    return production.toLocalDate().minusDays(1);
  }
}
