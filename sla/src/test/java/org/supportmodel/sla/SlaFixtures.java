package org.supportmodel.sla;

import static org.supportmodel.core.Priority.P1;
import static org.supportmodel.core.Priority.P2;
import static org.supportmodel.core.Priority.P3;
import static org.supportmodel.core.Priority.P4;

import java.time.Instant;
import java.time.ZoneId;
import org.supportmodel.core.RequestId;

/** The policy and calendars of the SLA tests. */
final class SlaFixtures {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final RequestId ID = RequestId.of("INC-1");
  static final CalendarSet CALENDARS =
      CalendarSet.of(
          "business-hours", BusinessCalendarTest.officeHours(BERLIN),
          "24x7", BusinessCalendar.twentyFourSeven(BERLIN));

  private SlaFixtures() {}

  /** P1 on 24x7; the others on business hours; 50 % and 75 % warnings. */
  static SlaPolicy.Builder policyBuilder() {
    SlaPolicy.Builder builder = SlaPolicy.builder();
    builder
        .target(P1, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofHours(1), "24x7")
        .target(P1, SlaMetric.RESOLUTION, BusinessDuration.ofHours(4), "24x7")
        .target(P1, SlaMetric.PERIODIC_UPDATE, BusinessDuration.ofHours(2), "24x7")
        .target(P2, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofHours(2), "business-hours")
        .target(P2, SlaMetric.RESOLUTION, BusinessDuration.ofHours(8), "business-hours")
        .target(P2, SlaMetric.PERIODIC_UPDATE, BusinessDuration.ofHours(4), "business-hours")
        .target(P3, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofHours(4), "business-hours")
        .target(P3, SlaMetric.RESOLUTION, WorkingDays.of(3), "business-hours")
        .target(P3, SlaMetric.PERIODIC_UPDATE, WorkingDays.of(1), "business-hours")
        .target(P4, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofHours(8), "business-hours")
        .target(P4, SlaMetric.RESOLUTION, WorkingDays.of(10), "business-hours")
        .target(P4, SlaMetric.PERIODIC_UPDATE, WorkingDays.of(5), "business-hours")
        .addWarningThresholds(50, 75)
        .usualStatuses()
        .priorityChange(PriorityChangePolicy.KEEP_ELAPSED);
    return builder;
  }

  static SlaPolicy policy() {
    return policyBuilder().reopen(ReopenPolicy.NEW_CYCLE).build();
  }

  static Instant berlin(String localDateTime) {
    return BusinessCalendarTest.berlin(localDateTime);
  }
}
