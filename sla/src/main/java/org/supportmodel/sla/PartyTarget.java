package org.supportmodel.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.supportmodel.core.Priority;

/**
 * One target of a per-party agreement: for a priority and a metric, an amount of business time or
 * working days on a named calendar.
 *
 * <p>Immutable and thread-safe.
 *
 * @param metric what it measures
 * @param priority the priority of the ticket when the party takes it
 * @param amount the target amount
 * @param calendar the name of the calendar it is measured on
 */
public record PartyTarget(PartyMetric metric, Priority priority, SlaAmount amount, String calendar) {
  /**
   * Checks the target.
   *
   * @throws IllegalArgumentException if the calendar name is invalid or a business-time amount is
   *     zero
   */
  public PartyTarget {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(calendar, "calendar");
    SlaTarget.checkAmountAndCalendar(amount, calendar);
  }

  /**
   * The same target for every priority: "the internal Dynamics 365 team triages within 4 business
   * hours".
   *
   * @param metric what it measures
   * @param amount the target amount
   * @param calendar the calendar name
   * @return one target per priority, never null
   */
  public static List<PartyTarget> forEveryPriority(PartyMetric metric, SlaAmount amount, String calendar) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(calendar, "calendar");
    List<PartyTarget> targets = new ArrayList<>(Priority.values().length);
    for (Priority priority : Priority.values()) {
      targets.add(new PartyTarget(metric, priority, amount, calendar));
    }
    return targets;
  }
}
