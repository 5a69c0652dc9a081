package org.supportmodel.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.CriticalPeriod;
import org.supportmodel.core.SupportModel;
import org.supportmodel.sla.BusinessCalendar;

class ServicingCalendarTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final BusinessCalendar OFFICE = BusinessCalendar.builder(BERLIN).weekdays("08:00-18:00").build();
  static final SupportScope SCOPE = SupportScope.defaults(SupportModel.MIXED, false);

  static ServicingTask task(String id, Recurrence recurrence, String at, boolean heavy) {
    return new ServicingTask(id, id.replace('-', ' '), ScopeArea.SYSTEM_MAINTENANCE, recurrence, LocalTime.parse(at), BERLIN, Duration.ofHours(1), heavy);
  }

  static Release release(String id, Release.Kind kind, String production, int regressionDays) {
    return new Release(id, kind, id, LocalDateTime.parse(production), BERLIN, Duration.ofHours(2), regressionDays);
  }

  @Test
  @DisplayName("\"Batch calendar management\", \"Reviewing and running periodic system cleanup jobs\": every occurrence in its zone, with its owner")
  void tasksRecurInTheirZoneWithTheirOwnerFromTheRegister() {
    ServicingCalendar calendar = new ServicingCalendar(SCOPE, List.of(task("cleanup-jobs", Recurrence.monthlyOn(1, DayOfWeek.SUNDAY), "02:30", false),
        task("role-review", Recurrence.quarterly(31), "10:00", false)), List.of(), List.of(), Map.of(AuthorityKind.INTERNAL_D365_TEAM, OFFICE));
    ServicingPlan plan = calendar.plan(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
    List<Occurrence> cleanups = plan.occurrences().stream().filter(o -> o.source().equals("cleanup-jobs")).toList();
    assertEquals(12, cleanups.size());
    assertEquals("2026-03-01T02:30+01:00[Europe/Berlin]", cleanups.get(2).start().toString());
    assertEquals("2026-04-05T02:30+02:00[Europe/Berlin]", cleanups.get(3).start().toString(), "summer time: the same local time");
    assertEquals(List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 7, 31), LocalDate.of(2026, 10, 31)),
        plan.occurrences().stream().filter(o -> o.source().equals("role-review")).map(o -> o.start().toLocalDate()).toList(),
        "quarterly from January, 31 on the month's last day");
    assertEquals("system administrator (internal Dynamics 365 team)", cleanups.get(0).owner().orElseThrow().toString());
    assertTrue(plan.occurrences().stream().map(o -> o.start().toInstant()).toList()
        .equals(plan.occurrences().stream().map(o -> o.start().toInstant()).sorted().toList()), "in time order");
  }

  @Test
  @DisplayName("\"a task whose owner is not staffed then\": a cleanup at 02:30 on Sunday is outside office hours")
  void aTaskOutsideItsOwnersHoursIsAConflictPerOccurrence() {
    ServicingPlan plan = new ServicingCalendar(SCOPE, List.of(task("cleanup-jobs", Recurrence.monthlyOn(1, DayOfWeek.SUNDAY), "02:30", false),
        task("batch-review", Recurrence.weekly(DayOfWeek.MONDAY), "09:00", false)), List.of(), List.of(),
        Map.of(AuthorityKind.INTERNAL_D365_TEAM, OFFICE)).plan(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1));
    List<ServicingConflict> unstaffed = plan.conflicts(ServicingConflict.Kind.OWNER_NOT_STAFFED);
    assertEquals(2, unstaffed.size(), "March and April; the Monday reviews are in office hours");
    assertEquals("cleanup jobs at 2026-03-01T02:30+01:00[Europe/Berlin] is outside the working hours of system administrator (internal Dynamics"
        + " 365 team)", unstaffed.get(0).message());
    assertTrue(unstaffed.get(0).why().startsWith("a task needs its owner at work"));
  }

  @Test
  @DisplayName("\"Financial period end and seasonal deadlines\": a release or a heavy task inside a business-critical period")
  void releasesAndHeavyTasksInACriticalPeriodAreFlagged() {
    CriticalPeriod periodEnd = CriticalPeriod.of("year-end-close", LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 8));
    ServicingPlan plan = new ServicingCalendar(SCOPE,
        List.of(task("database-copy", Recurrence.weekly(DayOfWeek.TUESDAY), "19:00", true), task("light", Recurrence.daily(), "10:00", false)),
        List.of(release("R-1", Release.Kind.CUSTOM_CODE_RELEASE, "2027-01-05T20:00", 5)), List.of(periodEnd),
        Map.of(AuthorityKind.INTERNAL_D365_TEAM, BusinessCalendar.twentyFourSeven(BERLIN))).plan(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 1));
    List<ServicingConflict> critical = plan.conflicts(ServicingConflict.Kind.IN_CRITICAL_PERIOD);
    assertEquals(List.of("database copy on 2026-12-29 falls in year-end-close (2026-12-28 to 2027-01-08)",
        "database copy on 2027-01-05 falls in year-end-close (2026-12-28 to 2027-01-08)",
        "production deployment of the custom-code release R-1 on 2027-01-05 falls in year-end-close (2026-12-28 to 2027-01-08)"),
        critical.stream().map(ServicingConflict::message).toList(), "heavy ones only; the daily light task is not flagged");
    assertTrue(critical.get(0).why().contains("financial period ends and seasonal deadlines"));
  }

  @Test
  @DisplayName("\"Microsoft Dynamics 365 updates, ISV updates, updates for custom code, associated testing\": releases imply their preparation, overlaps are flagged once")
  void releasesBringTheirPreparationAndOverlappingRegressionIsFlaggedOnce() {
    ServicingPlan plan = new ServicingCalendar(SCOPE, List.of(),
        List.of(release("10.0.46", Release.Kind.MICROSOFT_SERVICE_UPDATE, "2026-04-18T22:00", 10),
            release("WMS-7", Release.Kind.ISV_UPDATE, "2026-04-12T22:00", 5),
            release("CC-3", Release.Kind.CUSTOM_CODE_RELEASE, "2026-05-20T20:00", 3)),
        List.of(), Map.of(AuthorityKind.INTERNAL_D365_TEAM, BusinessCalendar.twentyFourSeven(BERLIN)))
        .plan(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 7, 1));
    List<String> steps = plan.occurrences().stream().map(o -> o.kind() + " " + o.source() + " " + o.start().toLocalDate() + ".." + o.end().toLocalDate())
        .toList();
    assertEquals(List.of("SANDBOX_VALIDATION 10.0.46 2026-03-25..2026-04-08", "REGRESSION_TESTING WMS-7 2026-04-07..2026-04-12",
        "REGRESSION_TESTING 10.0.46 2026-04-08..2026-04-18", "PRODUCTION_DEPLOYMENT WMS-7 2026-04-12..2026-04-13",
        "PRODUCTION_DEPLOYMENT 10.0.46 2026-04-18..2026-04-19", "REGRESSION_TESTING CC-3 2026-05-17..2026-05-20",
        "PRODUCTION_DEPLOYMENT CC-3 2026-05-20..2026-05-20"), steps, "the sandbox 14 days before the regression days; a deployment at 22:00"
        + " ends the next day");
    List<ServicingConflict> overlaps = plan.conflicts(ServicingConflict.Kind.OVERLAPPING_REGRESSION);
    assertEquals(1, overlaps.size());
    assertEquals("the regression testing of the Microsoft service update 10.0.46 (2026-04-08 to 2026-04-17) overlaps that of the ISV update"
        + " WMS-7 (2026-04-07 to 2026-04-11)", overlaps.get(0).message());
    assertEquals(2, overlaps.get(0).occurrences().size());
  }

  @Test
  void unknownOwnersAndUnknownHoursAreSaidOnceNeverPassedOver() {
    SupportScope withoutMaintenanceOwner = SupportScope.of(SupportModel.MIXED, false).plus(ScopeEntry.of(ScopeArea.SYSTEM_MAINTENANCE).what("jobs"));
    ServicingPlan plan = new ServicingCalendar(withoutMaintenanceOwner, List.of(task("cleanup-jobs", Recurrence.weekly(DayOfWeek.SUNDAY), "02:00", false)),
        List.of(), List.of(), Map.of()).plan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
    assertEquals(List.of("cleanup jobs has no owner: the support scope register names no one for system maintenance"),
        plan.conflicts().stream().map(ServicingConflict::message).toList());
    ServicingPlan unknownHours = new ServicingCalendar(SCOPE, List.of(task("cleanup-jobs", Recurrence.weekly(DayOfWeek.SUNDAY), "02:00", false)),
        List.of(), List.of(), Map.of()).plan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
    assertEquals(List.of("the working hours of the internal Dynamics 365 team are not given"),
        unknownHours.conflicts().stream().map(ServicingConflict::message).toList());
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    assertEquals("releases.id: 'cleanup' is used twice", String.valueOf(assertThrows(IllegalArgumentException.class, () -> new ServicingCalendar(SCOPE,
        List.of(task("cleanup", Recurrence.daily(), "02:00", false)), List.of(release("cleanup", Release.Kind.ISV_UPDATE, "2026-04-12T22:00", 5)),
        List.of(), Map.of())).getMessage()));
    assertEquals("until: '2032-01-01' must be at most 5 years after from 2026-01-01", String.valueOf(assertThrows(IllegalArgumentException.class,
        () -> new ServicingCalendar(SCOPE, List.of(), List.of(), List.of(), Map.of()).plan(LocalDate.of(2026, 1, 1), LocalDate.of(2032, 1, 1)))
        .getMessage()));
    assertEquals("week: '5' must be from 1 to 4, or -1 for the last",
        String.valueOf(assertThrows(IllegalArgumentException.class, () -> Recurrence.monthlyOn(5, DayOfWeek.MONDAY)).getMessage()));
    assertEquals("regressionDays: '0' must be from 1 to 90",
        String.valueOf(assertThrows(IllegalArgumentException.class, () -> release("R", Release.Kind.ISV_UPDATE, "2026-04-12T22:00", 0)).getMessage()));
  }
}
