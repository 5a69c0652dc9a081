package org.supportmodel.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.sla.BusinessCalendar;

class StaffingTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final BusinessCalendar OFFICE = BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").build();
  private static final ServiceTarget TARGET = new ServiceTarget(0.8, Duration.ofMinutes(30));
  private static final List<Shift> SHIFTS = List.of(new Shift("early", LocalTime.of(7, 0), LocalTime.of(13, 0)),
      new Shift("late", LocalTime.of(13, 0), LocalTime.of(19, 0)));

  @Test
  @DisplayName("Erlang C: the textbook figures for 10 Erlangs (C = 0.6821, 0.4494, 0.2853, 0.1741 for 11 to 14 agents)")
  void erlangCGivesTheTextbookFigures() {
    assertEquals(0.6821, ErlangC.probabilityOfWaiting(11, 10), 5e-5);
    assertEquals(0.4494, ErlangC.probabilityOfWaiting(12, 10), 5e-5);
    assertEquals(0.2853, ErlangC.probabilityOfWaiting(13, 10), 5e-5);
    assertEquals(0.1741, ErlangC.probabilityOfWaiting(14, 10), 5e-5);
    assertEquals(1.0, ErlangC.probabilityOfWaiting(10, 10), "as many agents as Erlangs: the queue grows without bound");
    assertEquals(0.9757, ErlangC.serviceLevel(11, 10, Duration.ofMinutes(6), Duration.ofMinutes(20)), 5e-5);
    assertEquals(0.0, ErlangC.serviceLevel(9, 10, Duration.ofMinutes(6), Duration.ofMinutes(20)));
    // 100 requests an hour at 6 minutes each is 10 Erlangs: 11 agents pick up 97.6 % within 20 minutes
    assertEquals(11, ErlangC.agentsNeeded(100, Duration.ofMinutes(6), new ServiceTarget(0.8, Duration.ofMinutes(20))));
    assertEquals(12, ErlangC.agentsNeeded(100, Duration.ofMinutes(6), new ServiceTarget(0.99, Duration.ofMinutes(20))));
    assertEquals(0, ErlangC.agentsNeeded(0, Duration.ofMinutes(6), TARGET));
    assertEquals(1, ErlangC.agentsNeeded(0.01, Duration.ofMinutes(6), TARGET));
  }

  @Test
  void sizingIsMonotonicInVolumeAndHandlingTime() {
    qt().withExamples(2000).forAll(doubles().between(0, 500), doubles().between(0, 500), integers().between(1, 240), integers().between(1, 240))
        .checkAssert((volume1, volume2, minutes1, minutes2) -> {
          double low = Math.min(volume1, volume2);
          double high = Math.max(volume1, volume2);
          Duration shorter = Duration.ofMinutes(Math.min(minutes1, minutes2));
          Duration longer = Duration.ofMinutes(Math.max(minutes1, minutes2));
          assertTrue(ErlangC.agentsNeeded(low, shorter, TARGET) <= ErlangC.agentsNeeded(high, shorter, TARGET));
          assertTrue(ErlangC.agentsNeeded(low, shorter, TARGET) <= ErlangC.agentsNeeded(low, longer, TARGET));
        });
  }

  private static DemandForecast forecast(double... weeks) {
    return new DemandForecast(LocalDate.of(2026, 5, 4), java.util.Arrays.stream(weeks).boxed().toList(),
        DemandForecast.weekdayHours(LocalTime.of(7, 0), LocalTime.of(19, 0)), BERLIN);
  }

  @Test
  @DisplayName("staff per level and shift from volume, handling time, service hours and the target; thin hours reported")
  void aPlanGivesStaffPerLevelAndShiftAndTheThinHours() {
    List<LevelLoad> loads = List.of(new LevelLoad(SupportLevel.LEVEL_2, 1.0, Duration.ofMinutes(20), OFFICE),
        new LevelLoad(SupportLevel.LEVEL_3, 0.3, Duration.ofMinutes(90), OFFICE));
    StaffingPlan plan = Staffing.plan(forecast(600, 1200), loads, TARGET, SHIFTS, 0.25);
    assertEquals(2 * 2 * 2, plan.rows().size(), "per week, level and shift");
    StaffingPlan.Row early = plan.rows().get(0);
    assertEquals(LocalDate.of(2026, 5, 4), early.week());
    assertEquals(SupportLevel.LEVEL_2, early.level());
    assertEquals("early", early.shift());
    // 600 requests over 60 weekday hours: 10 an hour at 20 minutes is 3.33 Erlangs; 5 agents meet 80 % in 30 minutes; /0.75 shrinkage
    assertEquals(10.0, early.arrivalsPerHour(), 1e-9);
    assertEquals((int) Math.ceil(ErlangC.agentsNeeded(10, Duration.ofMinutes(20), TARGET) / 0.75), early.agents());
    assertTrue(plan.peak(SupportLevel.LEVEL_2) > early.agents(), "the second week doubles the volume");
    // 07:00-08:00 and 17:00-19:00 have requests but the office is closed: 3 hours a day, 5 days, 2 levels, 2 weeks
    assertEquals(3 * 5 * 2 * 2, plan.thinHours().size());
    assertEquals("2026-05-04T07:00+02:00[Europe/Berlin]", plan.thinHours().get(0).hour().toString());
    assertTrue(plan.thinHours().get(0).why().startsWith("outside the service hours of level 2"));
    assertTrue(plan.assumptions().get(2).contains("shrinkage 25 %"));
  }

  @Test
  void anHourNoShiftCoversIsThin() {
    StaffingPlan plan = Staffing.plan(forecast(600), List.of(new LevelLoad(SupportLevel.LEVEL_2, 1.0, Duration.ofMinutes(20),
        BusinessCalendar.twentyFourSeven(BERLIN))), TARGET, List.of(new Shift("day", LocalTime.of(8, 0), LocalTime.of(17, 0))), 0);
    assertEquals(3 * 5, plan.thinHours().size());
    assertTrue(plan.thinHours().get(0).why().startsWith("level 2 serves then, but no shift covers the hour while "), plan.thinHours().get(0).why());
    assertTrue(new Shift("night", LocalTime.of(22, 0), LocalTime.of(6, 0)).covers(23));
    assertTrue(new Shift("night", LocalTime.of(22, 0), LocalTime.of(6, 0)).covers(5));
  }

  @Test
  @DisplayName("a what-if per support model: the fully outsourced model staffs fewer levels internally")
  void theWhatIfComparesTheInternalStaffOfEachModel() {
    List<LevelLoad> loads = List.of(new LevelLoad(SupportLevel.LEVEL_1, 1.0, Duration.ofMinutes(10), OFFICE),
        new LevelLoad(SupportLevel.LEVEL_2, 0.7, Duration.ofMinutes(20), OFFICE), new LevelLoad(SupportLevel.LEVEL_3, 0.3, Duration.ofMinutes(60), OFFICE),
        new LevelLoad(SupportLevel.LEVEL_4, 0.1, Duration.ofMinutes(240), OFFICE));
    Map<SupportModel, Integer> internal = Staffing.whatIf(forecast(900), loads, TARGET, SHIFTS, 0.2, false);
    int outsourced = internal.getOrDefault(SupportModel.FULLY_OUTSOURCED, -1);
    int mixed = internal.getOrDefault(SupportModel.MIXED, -1);
    int fullyInternal = internal.getOrDefault(SupportModel.FULLY_INTERNAL, -1);
    assertTrue(outsourced > 0 && outsourced < mixed, internal::toString);
    assertTrue(mixed <= fullyInternal, internal::toString);
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    assertEquals("hourlyShares: '0.0' must sum to 1", String.valueOf(assertThrows(IllegalArgumentException.class,
        () -> new DemandForecast(LocalDate.of(2026, 5, 4), List.of(1.0), Collections.nCopies(168, 0.0), BERLIN)).getMessage()));
    assertEquals("firstWeek: '2026-05-05' must be a Monday", String.valueOf(assertThrows(IllegalArgumentException.class,
        () -> new DemandForecast(LocalDate.of(2026, 5, 5), List.of(1.0), DemandForecast.weekdayHours(LocalTime.of(8, 0), LocalTime.of(17, 0)), BERLIN))
        .getMessage()));
    assertEquals("share: '1.0' must be above 0 and below 1: a queue never serves everyone at once",
        String.valueOf(assertThrows(IllegalArgumentException.class, () -> new ServiceTarget(1.0, Duration.ZERO)).getMessage()));
    assertEquals("shrinkage: '1.0' must be from 0 to below 1", String.valueOf(assertThrows(IllegalArgumentException.class,
        () -> Staffing.plan(forecast(1), List.of(new LevelLoad(SupportLevel.LEVEL_2, 1, Duration.ofMinutes(5), OFFICE)), TARGET, SHIFTS, 1.0))
        .getMessage()));
    assertTrue(String.valueOf(assertThrows(IllegalArgumentException.class, () -> ErlangC.agentsNeeded(1e9, Duration.ofHours(1), TARGET)).getMessage())
        .startsWith("arrivalsPerHour: '1.0E9' needs more than 10000 agents"));
  }
}
