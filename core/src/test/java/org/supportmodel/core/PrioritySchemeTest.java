package org.supportmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrioritySchemeTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final BusinessProcess RECORD_TO_REPORT = BusinessProcess.of("record-to-report", "Record to report", Criticality.MEDIUM);
  private static final BusinessProcess EXPENSES = BusinessProcess.of("expenses", "Travel and expenses", Criticality.LOW);
  private static final CriticalPeriod QUARTER_END =
      new CriticalPeriod("quarter-end", LocalDate.of(2026, 6, 26), LocalDate.of(2026, 7, 3), 1, Set.of(ProcessId.of("record-to-report")));
  private static final CriticalPeriod PEAK = new CriticalPeriod("christmas-peak", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 24), 2, Set.of());

  private static Instant berlin(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  @Test
  void theStandardSchemeFollowsTheItilTableOverTheCriticalitysImpact() {
    PriorityScheme scheme = PriorityScheme.standard(BERLIN);
    Instant now = berlin("2026-05-05T10:00");
    for (Criticality criticality : Criticality.values()) {
      for (Urgency urgency : Urgency.values()) {
        assertEquals(PriorityMatrix.itilDefault().priorityOf(criticality.impact(), urgency),
            scheme.derive(criticality, Optional.empty(), urgency, now).priority(), criticality + " " + urgency);
      }
    }
    PriorityDerivation low = scheme.derive(EXPENSES, Urgency.HIGH, now);
    assertEquals(Priority.P3, low.priority());
    assertEquals("the business process Travel and expenses is LOW and the urgency HIGH: P3", low.reason());
    assertEquals(Optional.empty(), low.period());
  }

  @Test
  void serviceNowsFiveLevelsEndInPlanningOnTheP4Targets() {
    PriorityScheme scheme = PriorityScheme.serviceNow(BERLIN);
    PriorityDerivation planning = scheme.derive(EXPENSES, Urgency.LOW, berlin("2026-05-05T10:00"));
    assertEquals("5 - Planning", planning.level().label());
    assertEquals(5, planning.level().rank());
    assertEquals(Priority.P4, planning.priority());
    assertEquals("1 - Critical", scheme.derive(Criticality.CRITICAL, Optional.empty(), Urgency.HIGH, berlin("2026-05-05T10:00")).level().label());
    assertEquals(5, scheme.levels().size());
  }

  @Test
  void aCriticalPeriodRaisesItsProcessesOnItsDaysOnly() {
    PriorityScheme scheme = PriorityScheme.standard(BERLIN).withPeriods(QUARTER_END, PEAK);
    // the last minute of the quarter end in Berlin (21:59 UTC): days are matched in the scheme's zone
    PriorityDerivation raised = scheme.derive(RECORD_TO_REPORT, Urgency.MEDIUM, berlin("2026-07-03T23:59"));
    assertEquals(Priority.P2, raised.priority());
    assertEquals(Priority.P3, raised.base().priority());
    assertEquals(Optional.of(QUARTER_END), raised.period());
    assertEquals("the business process Record to report is MEDIUM and the urgency MEDIUM: P3, raised to P2 during quarter-end (2026-06-26 to 2026-07-03)",
        raised.reason());
    assertEquals(Priority.P3, scheme.derive(RECORD_TO_REPORT, Urgency.MEDIUM, berlin("2026-07-04T00:00")).priority());
    assertEquals(Priority.P3, scheme.derive(RECORD_TO_REPORT, Urgency.MEDIUM, berlin("2026-06-25T23:59")).priority());
    // limited to record to report: expenses are not raised at the quarter end, nor is a process known only by its criticality
    assertEquals(Priority.P4, scheme.derive(EXPENSES, Urgency.MEDIUM, berlin("2026-06-30T10:00")).priority());
    assertEquals(Priority.P3, scheme.derive(Criticality.MEDIUM, Optional.empty(), Urgency.MEDIUM, berlin("2026-06-30T10:00")).priority());
    assertEquals("the business process is MEDIUM and the urgency MEDIUM: P3, outside any critical period on 2026-06-30",
        scheme.derive(Criticality.MEDIUM, Optional.empty(), Urgency.MEDIUM, berlin("2026-06-30T10:00")).reason());
    // the peak raises every process by two levels, never above the top
    assertEquals(Priority.P2, scheme.derive(EXPENSES, Urgency.MEDIUM, berlin("2026-12-10T10:00")).priority());
    assertEquals(Priority.P1, scheme.derive(RECORD_TO_REPORT, Urgency.HIGH, berlin("2026-12-10T10:00")).priority());
  }

  @Test
  void aSchemeThatLowersThePriorityAsImpactRisesIsRejectedNamingTheCell() {
    List<PriorityLevel> levels = PriorityScheme.standard(BERLIN).levels();
    IllegalArgumentException inverted = assertThrows(IllegalArgumentException.class,
        () -> PriorityScheme.of(levels, new int[][] {{1, 2, 3}, {1, 2, 3}, {2, 3, 4}, {1, 4, 4}}, BERLIN));
    assertEquals("scheme[criticality=MEDIUM, urgency=HIGH]: '2' must not be a lower level than scheme[criticality=LOW, urgency=HIGH] (1): "
        + "raising criticality never lowers the priority", inverted.getMessage());
    IllegalArgumentException outOfScale = assertThrows(IllegalArgumentException.class,
        () -> PriorityScheme.of(levels, new int[][] {{1, 2, 3}, {1, 2, 3}, {2, 3, 4}, {3, 4, 5}}, BERLIN));
    assertEquals("scheme[criticality=LOW, urgency=LOW]: '5' must be a rank from 1 to 4", outOfScale.getMessage());
    IllegalArgumentException rows = assertThrows(IllegalArgumentException.class, () -> PriorityScheme.of(levels, new int[][] {{1, 2, 3}}, BERLIN));
    assertEquals("table: '1' must have one row per criticality (4)", rows.getMessage());
    IllegalArgumentException ranks = assertThrows(IllegalArgumentException.class,
        () -> PriorityScheme.of(List.of(new PriorityLevel(2, "high", Priority.P1)), new int[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {1, 1, 1}}, BERLIN));
    assertTrue(String.valueOf(ranks.getMessage()).startsWith("levels[0]: 'high (P1)' must have rank 1"), ranks.getMessage());
    IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class,
        () -> new CriticalPeriod("x", LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 1), 1, Set.of()));
    assertEquals("last: '2026-07-01' must not be before the first day 2026-07-03", backwards.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> PriorityScheme.standard(BERLIN).withPeriods(PEAK, PEAK));
    assertTrue(String.valueOf(twice.getMessage()).startsWith("periods: 'christmas-peak'"), twice.getMessage());
  }

  @Test
  void everyRuleOfAScaleAndTableIsChecked() {
    int[][] flat = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {1, 1, 1}};
    assertEquals("levels: '[]' must hold at least one level",
        assertThrows(IllegalArgumentException.class, () -> PriorityScheme.of(List.of(), flat, BERLIN)).getMessage());
    IllegalArgumentException higher = assertThrows(IllegalArgumentException.class, () -> PriorityScheme.of(
        List.of(new PriorityLevel(1, "urgent", Priority.P2), new PriorityLevel(2, "very-urgent", Priority.P1)), flat, BERLIN));
    assertEquals("levels[1]: 'very-urgent (P1)' must not map to a higher priority than the level before it", higher.getMessage());
    IllegalArgumentException sameLabel = assertThrows(IllegalArgumentException.class, () -> PriorityScheme.of(
        List.of(new PriorityLevel(1, "high", Priority.P1), new PriorityLevel(2, "high", Priority.P2)), flat, BERLIN));
    assertTrue(String.valueOf(sameLabel.getMessage()).startsWith("levels: 'high'"), sameLabel.getMessage());
    List<PriorityLevel> levels = PriorityScheme.standard(BERLIN).levels();
    IllegalArgumentException urgency = assertThrows(IllegalArgumentException.class,
        () -> PriorityScheme.of(levels, new int[][] {{1, 2, 3}, {1, 2, 3}, {2, 3, 4}, {4, 3, 4}}, BERLIN));
    assertEquals("scheme[criticality=LOW, urgency=HIGH]: '4' must not be a lower level than scheme[criticality=LOW, urgency=MEDIUM] (3): "
        + "raising urgency never lowers the priority", urgency.getMessage());
    IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
        () -> PriorityScheme.of(levels, new int[][] {{1, 2, 3}, {1, 2}, {2, 3, 4}, {3, 4, 4}}, BERLIN));
    assertEquals("table[HIGH]: '2' must have one rank per urgency (3)", row.getMessage());
    IllegalArgumentException lower = assertThrows(IllegalArgumentException.class, () -> new PriorityDerivation(levels.get(3), levels.get(0),
        Criticality.LOW, Urgency.LOW, Optional.empty(), "x"));
    assertEquals("level: 'P4 (P4)' must not be lower than the base level P1 (P1)", lower.getMessage());
  }

  @Test
  void theLargestUpliftOfOverlappingPeriodsAppliesAndSchemesCompareByValue() {
    CriticalPeriod small = CriticalPeriod.of("month-end", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3));
    PriorityScheme scheme = PriorityScheme.standard(BERLIN).withPeriods(small, PEAK);
    assertEquals(Optional.of(PEAK), scheme.derive(EXPENSES, Urgency.LOW, berlin("2026-12-02T10:00")).period());
    assertEquals(Optional.of(PEAK), PriorityScheme.standard(BERLIN).withPeriods(PEAK, small).derive(EXPENSES, Urgency.LOW, berlin("2026-12-02T10:00")).period());
    assertEquals(List.of(small, PEAK), scheme.periods());
    assertEquals(PriorityScheme.standard(BERLIN).withPeriods(small, PEAK), scheme);
    assertEquals(PriorityScheme.standard(BERLIN).withPeriods(small, PEAK).hashCode(), scheme.hashCode());
    assertTrue(!scheme.equals(PriorityScheme.standard(BERLIN)));
    assertTrue(!PriorityScheme.standard(BERLIN).equals(PriorityScheme.standard(ZoneId.of("UTC"))));
    assertTrue(!PriorityScheme.standard(BERLIN).equals(PriorityScheme.serviceNow(BERLIN)));
    assertTrue(scheme.toString().startsWith("PriorityScheme[P1 (P1), P2 (P2), P3 (P3), P4 (P4)]"), scheme.toString());
  }
}
