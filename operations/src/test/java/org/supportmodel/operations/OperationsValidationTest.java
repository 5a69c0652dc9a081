package org.supportmodel.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.sla.BusinessCalendar;

/** Every check of the operations values at its boundary, with its message; and the edges of the calendar and staffing rules. */
class OperationsValidationTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final BusinessCalendar OFFICE = BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").build();
  private static final ServiceTarget TARGET = new ServiceTarget(0.8, Duration.ofMinutes(30));

  private static void rejects(String message, Executable code) {
    assertEquals(message, String.valueOf(assertThrows(IllegalArgumentException.class, code).getMessage()));
  }

  @Test
  void scopeValuesCheckTheirText() {
    rejects("whatInDetail: '' must not be blank", () -> ScopeEntry.of(ScopeArea.DEPENDENCIES).whatInDetail(""));
    rejects("how: ' ' must not be blank", () -> ScopeEntry.of(ScopeArea.DEPENDENCIES).how(" "));
    rejects("role: '' must not be blank", () -> ScopeOwner.of(AuthorityKind.PARTNER, ""));
    rejects("description: '' must not be blank", () -> ScopeTiming.event(""));
    rejects("entry: 'OptionalInt.empty' is given exactly for a gap on a line, not for UNANSWERED", () -> new ScopeGap(ScopeGap.Kind.UNANSWERED,
        ScopeArea.DEPENDENCIES, OptionalInt.empty(), Optional.of(ScopeQuestion.HOW), "m", "r"));
    rejects("question: 'HOW' is given exactly for an unanswered question, not for OWNER_NOT_IN_MODEL", () -> new ScopeGap(
        ScopeGap.Kind.OWNER_NOT_IN_MODEL, ScopeArea.DEPENDENCIES, OptionalInt.of(0), Optional.of(ScopeQuestion.HOW), "m", "r"));
    ScopeGap gap = SupportScope.of(SupportModel.MIXED, false).review().gaps().get(0);
    assertEquals(gap.message() + ": " + gap.reason(), gap.toString());
    assertEquals("Europe/Berlin time", ScopeTiming.calendar("Europe/Berlin time").toString());
    assertEquals("partner", ScopeOwner.of(AuthorityKind.PARTNER).toString());
  }

  @Test
  void calendarValuesCheckTheirRanges() {
    rejects("everyMonths: '0' must be from 1 to 12", () -> new Recurrence.Monthly(0, 1));
    rejects("everyMonths: '13' must be from 1 to 12", () -> new Recurrence.Monthly(13, 1));
    rejects("dayOfMonth: '0' must be from 1 to 31", () -> Recurrence.monthly(0));
    rejects("dayOfMonth: '32' must be from 1 to 31", () -> Recurrence.monthly(32));
    rejects("everyMonths: '13' must be from 1 to 12", () -> new Recurrence.MonthlyOn(13, 1, DayOfWeek.MONDAY));
    rejects("week: '0' must be from 1 to 4, or -1 for the last", () -> Recurrence.monthlyOn(0, DayOfWeek.MONDAY));
    assertEquals(12, Recurrence.monthly(31).dates(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)).size());
    assertEquals(Recurrence.monthly(1).dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 2)), List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)));
    assertEquals(List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 7, 6), LocalDate.of(2026, 10, 5)),
        new Recurrence.MonthlyOn(3, 1, DayOfWeek.MONDAY).dates(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
    assertEquals(List.of(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27)),
        Recurrence.monthlyOn(-1, DayOfWeek.FRIDAY).dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1)));
    assertEquals(365, Recurrence.daily().dates(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)).size());
    rejects("duration: 'PT0S' must be positive", () -> new ServicingTask("t", "t", ScopeArea.DEPENDENCIES, Recurrence.daily(), LocalTime.NOON,
        BERLIN, Duration.ZERO, false));
    rejects("deployment: 'PT0S' must be positive", () -> new Release("r", Release.Kind.ISV_UPDATE, "r", LocalDateTime.of(2026, 1, 1, 0, 0), BERLIN,
        Duration.ZERO, 1));
    rejects("regressionDays: '91' must be from 1 to 90", () -> new Release("r", Release.Kind.ISV_UPDATE, "r", LocalDateTime.of(2026, 1, 1, 0, 0),
        BERLIN, Duration.ofHours(1), 91));
    new Release("r", Release.Kind.ISV_UPDATE, "r", LocalDateTime.of(2026, 1, 1, 0, 0), BERLIN, Duration.ofHours(1), 90);
    ZonedDateTime noon = ZonedDateTime.of(2026, 1, 1, 12, 0, 0, 0, BERLIN);
    rejects("end: '2026-01-01T12:00+01:00[Europe/Berlin]' must be after the start 2026-01-01T12:00+01:00[Europe/Berlin]", () -> new Occurrence(
        Occurrence.Kind.TASK, "t", "t", ScopeArea.DEPENDENCIES, Optional.empty(), noon, noon));
    rejects("end: '2026-01-01T12:00:00.000000001+01:00[Europe/Berlin]' must be after the start 2026-01-01T12:00:00.000000002+01:00[Europe/Berlin]",
        () -> new Occurrence(Occurrence.Kind.TASK, "t", "t", ScopeArea.DEPENDENCIES, Optional.empty(), noon.plusNanos(2), noon.plusNanos(1)));
    Occurrence occurrence = new Occurrence(Occurrence.Kind.TASK, "t", "cleanup", ScopeArea.DEPENDENCIES,
        Optional.of(ScopeOwner.of(AuthorityKind.INTERNAL_IT)), noon, noon.plusNanos(1));
    assertEquals("2026-01-01T12:00+01:00[Europe/Berlin] cleanup (internal IT)", occurrence.toString());
    rejects("occurrences: '3' must be one or two", () -> new ServicingConflict(ServicingConflict.Kind.NO_OWNER,
        List.of(occurrence, occurrence, occurrence), "m", "w"));
    assertEquals("m: w", new ServicingConflict(ServicingConflict.Kind.NO_OWNER, List.of(occurrence), "m", "w").toString());
    rejects("tasks.id: 't' is used twice", () -> new ServicingCalendar(SupportScope.of(SupportModel.MIXED, false), List.of(
        new ServicingTask("t", "t", ScopeArea.DEPENDENCIES, Recurrence.daily(), LocalTime.NOON, BERLIN, Duration.ofHours(1), false),
        new ServicingTask("t", "t", ScopeArea.DEPENDENCIES, Recurrence.daily(), LocalTime.NOON, BERLIN, Duration.ofHours(1), false)),
        List.of(), List.of(), Map.of()));
    rejects("until: '2026-01-01' must be after from 2026-01-01", () -> new ServicingCalendar(SupportScope.of(SupportModel.MIXED, false),
        List.of(), List.of(), List.of(), Map.of()).plan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)));
  }

  @Test
  void preparationWindowsAreNotCheckedAgainstOfficeHoursOnlyInstantsAre() {
    ServicingPlan plan = new ServicingCalendar(SupportScope.defaults(SupportModel.MIXED, false), List.of(),
        List.of(new Release("MS", Release.Kind.MICROSOFT_SERVICE_UPDATE, "10.0.46", LocalDateTime.of(2026, 7, 18, 22, 0), BERLIN,
            Duration.ofHours(2), 10), new Release("CC", Release.Kind.CUSTOM_CODE_RELEASE, "1", LocalDateTime.of(2026, 8, 20, 22, 0), BERLIN,
            Duration.ofHours(2), 3), new Release("CC2", Release.Kind.CUSTOM_CODE_RELEASE, "2", LocalDateTime.of(2026, 8, 24, 9, 0), BERLIN,
            Duration.ofHours(2), 3)),
        List.of(), Map.of(AuthorityKind.INTERNAL_D365_TEAM, OFFICE)).plan(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1));
    assertEquals(List.of("MS", "CC"), plan.conflicts(ServicingConflict.Kind.OWNER_NOT_STAFFED).stream()
        .map(c -> c.occurrences().get(0).source()).toList(), "the 22:00 deployments; not the sandbox and regression days");
    assertEquals(List.of(), plan.conflicts(ServicingConflict.Kind.OVERLAPPING_REGRESSION),
        "CC is tested 08-17 to 08-19, CC2 08-21 to 08-23: adjacent is not overlapping");
    ServicingPlan touching = new ServicingCalendar(SupportScope.defaults(SupportModel.MIXED, false), List.of(),
        List.of(new Release("A", Release.Kind.CUSTOM_CODE_RELEASE, "1", LocalDateTime.of(2026, 8, 20, 9, 0), BERLIN, Duration.ofHours(2), 3),
            new Release("B", Release.Kind.CUSTOM_CODE_RELEASE, "2", LocalDateTime.of(2026, 8, 22, 9, 0), BERLIN, Duration.ofHours(2), 3)),
        List.of(), Map.of(AuthorityKind.INTERNAL_D365_TEAM, OFFICE)).plan(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1));
    assertEquals(1, touching.conflicts(ServicingConflict.Kind.OVERLAPPING_REGRESSION).size(), "08-17..08-19 and 08-19..08-21 share a day");
    List<ZonedDateTime> starts = new ArrayList<>(plan.occurrences().stream().map(Occurrence::start).toList());
    List<ZonedDateTime> sorted = new ArrayList<>(starts);
    sorted.sort(java.util.Comparator.comparing(ZonedDateTime::toInstant));
    assertEquals(sorted, starts);
  }

  @Test
  void staffingValuesCheckTheirRangesAndTheRulesTheirEdges() {
    rejects("share: '0.0' must be above 0 and at most 1", () -> new LevelLoad(SupportLevel.LEVEL_2, 0, Duration.ofMinutes(5), OFFICE));
    rejects("share: '1.01' must be above 0 and at most 1", () -> new LevelLoad(SupportLevel.LEVEL_2, 1.01, Duration.ofMinutes(5), OFFICE));
    rejects("handlingTime: 'PT0S' must be positive", () -> new LevelLoad(SupportLevel.LEVEL_2, 1, Duration.ZERO, OFFICE));
    rejects("share: '0.0' must be above 0 and below 1: a queue never serves everyone at once", () -> new ServiceTarget(0, Duration.ZERO));
    rejects("within: 'PT-1S' must not be negative", () -> new ServiceTarget(0.5, Duration.ofSeconds(-1)));
    rejects("start: '08:30' must be a whole hour", () -> new Shift("s", LocalTime.of(8, 30), LocalTime.of(17, 0)));
    rejects("end: '17:00:01' must be a whole hour", () -> new Shift("s", LocalTime.of(8, 0), LocalTime.of(17, 0, 1)));
    Shift day = new Shift("day", LocalTime.of(8, 0), LocalTime.of(17, 0));
    assertTrue(day.covers(8) && day.covers(16));
    assertFalse(day.covers(7) || day.covers(17));
    Shift night = new Shift("night", LocalTime.of(22, 0), LocalTime.of(6, 0));
    assertTrue(night.covers(22) && night.covers(0) && night.covers(5));
    assertFalse(night.covers(21) || night.covers(6));
    List<Double> hours = DemandForecast.weekdayHours(LocalTime.of(8, 0), LocalTime.of(17, 0));
    rejects("weeklyVolumes[1]: '-1.0' must be a finite volume, zero or more", () -> new DemandForecast(LocalDate.of(2026, 5, 4), List.of(1.0, -1.0),
        hours, BERLIN));
    rejects("weeklyVolumes[0]: 'NaN' must be a finite volume, zero or more", () -> new DemandForecast(LocalDate.of(2026, 5, 4), List.of(Double.NaN),
        hours, BERLIN));
    rejects("weeklyVolumes: '261' must hold 1 to 260 weeks", () -> new DemandForecast(LocalDate.of(2026, 5, 4), Collections.nCopies(261, 1.0),
        hours, BERLIN));
    rejects("weeklyVolumes: '0' must hold 1 to 260 weeks", () -> new DemandForecast(LocalDate.of(2026, 5, 4), List.of(), hours, BERLIN));
    new DemandForecast(LocalDate.of(2026, 5, 4), Collections.nCopies(260, 0.0), hours, BERLIN);
    rejects("hourlyShares: '167' must hold one share per hour of the week (168)", () -> new DemandForecast(LocalDate.of(2026, 5, 4), List.of(1.0),
        hours.subList(0, 167), BERLIN));
    List<Double> over = new ArrayList<>(Collections.nCopies(168, 0.0));
    over.set(3, 1.5);
    rejects("hourlyShares[3]: '1.5' must be from 0 to 1", () -> new DemandForecast(LocalDate.of(2026, 5, 4), List.of(1.0), over, BERLIN));
    rejects("close: '08:00' must be a whole hour after the whole hour 08:00", () -> DemandForecast.weekdayHours(LocalTime.of(8, 0), LocalTime.of(8, 0)));
    rejects("traffic: '-1.0' must be a finite number of Erlangs, zero or more", () -> ErlangC.probabilityOfWaiting(1, -1));
    rejects("handlingTime: 'PT0S' must be positive", () -> ErlangC.serviceLevel(2, 1, Duration.ZERO, Duration.ZERO));
    rejects("within: 'PT-1S' must not be negative", () -> ErlangC.serviceLevel(2, 1, Duration.ofMinutes(1), Duration.ofSeconds(-1)));
    rejects("arrivalsPerHour: '-1.0' must be a finite rate, zero or more", () -> ErlangC.agentsNeeded(-1, Duration.ofMinutes(1), TARGET));
    assertEquals(0.0, ErlangC.serviceLevel(10, 10, Duration.ofMinutes(6), Duration.ofMinutes(20)), "as many agents as Erlangs never keep up");
    DemandForecast forecast = new DemandForecast(LocalDate.of(2026, 5, 4), List.of(450.0), hours, BERLIN);
    LevelLoad two = new LevelLoad(SupportLevel.LEVEL_2, 1, Duration.ofMinutes(20), OFFICE);
    LevelLoad three = new LevelLoad(SupportLevel.LEVEL_3, 0.2, Duration.ofMinutes(60), OFFICE);
    rejects("loads: '[]' must hold at least one level", () -> Staffing.plan(forecast, List.of(), TARGET, List.of(day), 0));
    rejects("shifts: '[]' must hold at least one shift", () -> Staffing.plan(forecast, List.of(two), TARGET, List.of(), 0));
    assertThrows(IllegalArgumentException.class, () -> Staffing.plan(forecast, List.of(two, two), TARGET, List.of(day), 0));
    assertThrows(IllegalArgumentException.class, () -> Staffing.plan(forecast, List.of(two), TARGET, List.of(day, day), 0));
    rejects("shrinkage: '-0.1' must be from 0 to below 1", () -> Staffing.plan(forecast, List.of(two), TARGET, List.of(day), -0.1));
    StaffingPlan plan = Staffing.plan(forecast, List.of(two, three), TARGET, List.of(day), 0);
    StaffingPlan.Row level3 = plan.rows().get(1);
    assertEquals(SupportLevel.LEVEL_3, level3.level());
    assertEquals(450.0 / 45 * 0.2, level3.arrivalsPerHour(), 1e-9, "a fifth of the ten requests an hour reach level 3");
    assertEquals("2026-05-04T08:00+02:00[Europe/Berlin]", level3.busiest().orElseThrow().toString(), "the first of the hours that need the most");
    assertEquals(level3.agents(), plan.peak(SupportLevel.LEVEL_3));
    assertEquals(0, plan.peak(SupportLevel.LEVEL_5));
    assertFalse(Staffing.whatIf(forecast, List.of(two, three), TARGET, List.of(day), 0, true).containsKey(SupportModel.FULLY_OUTSOURCED),
        "the fully outsourced model has no Center of Excellence");
  }
}
