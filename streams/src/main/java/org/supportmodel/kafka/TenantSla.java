package org.supportmodel.kafka;

import java.util.Objects;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.SlaPolicy;

/**
 * One tenant's (or region's) SLA: its policy and the calendars the policy names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param policy the policy
 * @param calendars the calendars
 */
public record TenantSla(SlaPolicy policy, CalendarSet calendars) {
  /** Checks that no component is null. */
  public TenantSla {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(calendars, "calendars");
  }
}
