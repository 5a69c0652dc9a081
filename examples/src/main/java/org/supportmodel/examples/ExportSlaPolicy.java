package org.supportmodel.examples;

import java.util.Objects;
import org.supportmodel.connectors.ExportMapping;
import org.supportmodel.core.Priority;
import org.supportmodel.sla.BusinessDuration;
import org.supportmodel.sla.PriorityChangePolicy;
import org.supportmodel.sla.ReopenPolicy;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.WorkingDays;

/**
 * The SLA policy the go-live simulation applies to a helpdesk export, and the export benchmark
 * measures: resolution targets only (an export of states has no responses to requesters), with the
 * export's active and pause statuses.
 */
public final class ExportSlaPolicy {
  private ExportSlaPolicy() {}

  /**
   * The policy for an export read with a mapping.
   *
   * @param mapping the export's mapping, whose statuses the policy knows
   * @return the policy, never null
   */
  public static SlaPolicy of(ExportMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    return SlaPolicy.builder()
        .target(Priority.P1, SlaMetric.RESOLUTION, BusinessDuration.ofHours(4), "24x7")
        .target(Priority.P2, SlaMetric.RESOLUTION, BusinessDuration.ofHours(8), "business-hours")
        .target(Priority.P3, SlaMetric.RESOLUTION, WorkingDays.of(3), "business-hours")
        .target(Priority.P4, SlaMetric.RESOLUTION, WorkingDays.of(10), "business-hours")
        .addWarningThresholds(50, 75)
        .addAllActiveStatuses(mapping.activeStatuses())
        .addAllPausedStatuses(mapping.pausedStatuses())
        .priorityChange(PriorityChangePolicy.KEEP_ELAPSED)
        .reopen(ReopenPolicy.NEW_CYCLE)
        .build();
  }
}
