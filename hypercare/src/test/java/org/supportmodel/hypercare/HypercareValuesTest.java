package org.supportmodel.hypercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.hypercare.HypercareFixtures.BERLIN;
import static org.supportmodel.hypercare.HypercareFixtures.GO_LIVE;
import static org.supportmodel.hypercare.HypercareFixtures.ORDER_TO_CASH;
import static org.supportmodel.hypercare.HypercareFixtures.at;
import static org.supportmodel.hypercare.HypercareFixtures.bare;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SlaOutcome;

/** The hypercare values and the rules they enforce, each with its message. */
class HypercareValuesTest {
  private static String message(Runnable action) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, action::run).getMessage());
  }

  @Test
  void aWeekLastsSevenDaysAndItsClosuresAreSplitExactly() {
    LocalDate start = GO_LIVE;
    assertEquals("end: '2026-05-10' must be 7 days after start 2026-05-04",
        message(() -> new WeekFigures(1, start, start.plusDays(6), true, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
    assertEquals("closures: '3' must equal the resolutions with (1), without (1) and of unknown use (0) of hypercare resources",
        message(() -> new WeekFigures(1, start, start.plusDays(7), true, 0, 3, 0, 0, 0, 0, 1, 1, 0, 0)));
    WeekFigures week = new WeekFigures(1, start, start.plusDays(7), true, 5, 4, 0, 1, 3, 1, 3, 1, 0, 0);
    assertEquals(Optional.of(0.75), week.withoutHypercareShare());
    assertEquals(Optional.of(0.75), week.slaShare());
    assertEquals(LocalDate.of(2026, 5, 10), week.lastDay());
    WeekFigures idle = new WeekFigures(2, start.plusDays(7), start.plusDays(14), true, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0);
    assertEquals(Optional.empty(), idle.withoutHypercareShare(), "nothing closed: no share");
    assertEquals(Optional.empty(), idle.slaShare());
  }

  @Test
  void aPlanNamesEachItemOnce() {
    ProcessTarget target = new ProcessTarget(ORDER_TO_CASH, 0.9);
    assertEquals("keyProcesses: 'O2C' is listed more than once",
        message(() -> bare(ExitCriteria.handoverSignedOff()).addKeyProcess(target).addKeyProcess(target).build()));
    ActionItem item = ActionItem.of("A-1", "Fix", "Fabrikam", GO_LIVE);
    assertEquals("actionItems: 'A-1' is listed more than once",
        message(() -> bare(ExitCriteria.handoverSignedOff()).addActionItem(item).addActionItem(item).build()));
    HandoverItem doc = HandoverItem.of("DOC-1", HandoverKind.DOCUMENTATION, "Runbook", "Fabrikam", GO_LIVE);
    assertEquals("handoverItems: 'DOC-1' is listed more than once",
        message(() -> bare(ExitCriteria.handoverSignedOff()).addHandoverItem(doc).addHandoverItem(doc).build()));
    assertEquals("firstPeriodClose: '2026-04-30' must not end before the go-live date 2026-05-04",
        message(() -> bare(ExitCriteria.handoverSignedOff()).firstPeriodClose(PeriodClose.open(LocalDate.of(2026, 4, 30))).build()));
    assertEquals("criterion: ' sla' must not start or end with white space",
        message(() -> ActionItem.of("A-1", "Fix", "Fabrikam", GO_LIVE).forCriterion(" sla")));
  }

  @Test
  void aPeriodClosesOnOrAfterItsEnd() {
    LocalDate end = LocalDate.of(2026, 5, 31);
    assertEquals("closedOn: '2026-05-30' must not be before the period end 2026-05-31",
        message(() -> PeriodClose.open(end).closedOn(LocalDate.of(2026, 5, 30))));
    PeriodClose closed = PeriodClose.open(end).closedOn(end);
    assertTrue(closed.closedBy(end));
    assertFalse(closed.closedBy(end.minusDays(1)));
  }

  @Test
  void aCommitmentHoldsFromItsFirstToItsLastDay() {
    Commitment commitment = new Commitment("Fabrikam", "Two consultants", GO_LIVE, GO_LIVE.plusDays(10));
    assertFalse(commitment.holdsOn(GO_LIVE.minusDays(1)));
    assertTrue(commitment.holdsOn(GO_LIVE));
    assertTrue(commitment.holdsOn(GO_LIVE.plusDays(10)));
    assertFalse(commitment.holdsOn(GO_LIVE.plusDays(11)));
    assertEquals("until: '2026-05-03' must not be before from 2026-05-04",
        message(() -> new Commitment("Fabrikam", "Two consultants", GO_LIVE, GO_LIVE.minusDays(1))));
  }

  @Test
  void aRecordIsConsistentWithItself() {
    Instant opened = at("2026-05-05T09:00");
    assertEquals("resolvedBy: 'PARTNER' needs a resolution of INC-1",
        message(() -> new RequestRecord(RequestId.of("INC-1"), Priority.P2, RequestKind.INCIDENT, opened, List.of(), List.of(),
            Optional.of(AuthorityKind.PARTNER), HypercareUse.UNKNOWN, Optional.empty(), List.of())));
    assertEquals("sla.due: '2026-05-05T06:00:00Z' must not be before opened 2026-05-05T07:00:00Z of INC-1",
        message(() -> RequestRecord.opened("INC-1", Priority.P2, opened)
            .withSla(SlaOutcome.breached("RESOLUTION", Priority.P2, at("2026-05-05T08:00"), BERLIN))));
  }

  @Test
  void resultsAndAssessmentsAreConsistent() {
    assertEquals("toPass: 'Do it' must be given exactly when the criterion c does not pass (it is PASS)",
        message(() -> new CriterionResult("c", "C", CriterionStatus.PASS, Optional.empty(), "m", "t", List.of(), Optional.of("Do it"),
            Projection.unknown("x"))));
    CriterionResult failing = new CriterionResult("c", "C", CriterionStatus.FAIL, Optional.empty(), "m", "t", List.of(),
        Optional.of("Do it"), Projection.unknown("x"));
    HypercarePlan plan = bare(ExitCriteria.handoverSignedOff()).build();
    Instant asOf = at("2026-05-11T00:00");
    assertEquals("verdict: 'EXIT' must be EXTEND while a criterion does not pass",
        message(() -> new ExitAssessment(plan, asOf, GO_LIVE, List.of(failing), Verdict.EXIT, List.of(), Projection.unknown("x"),
            List.of(), List.of())));
    assertEquals("verdict: 'EXTEND' must be EXIT when every criterion passes",
        message(() -> new ExitAssessment(plan, asOf, GO_LIVE, List.of(), Verdict.EXTEND, List.of(), Projection.unknown("x"),
            List.of(), List.of())));
  }

  @Test
  void anSlaCriterionNeedsPrioritiesAndAPositiveWindow() {
    assertEquals("priorities: '[]' must hold at least one priority",
        message(() -> ExitCriteria.slaAttainment(EnumSet.noneOf(Priority.class), Threshold.over(0.9), Duration.ofDays(14))));
    assertEquals("window: 'PT0S' must be positive",
        message(() -> ExitCriteria.slaAttainment(EnumSet.of(Priority.P1), Threshold.over(0.9), Duration.ZERO)));
    assertEquals("window: 'PT-24H' must be positive",
        message(() -> ExitCriteria.resolvedWithoutHypercareResources(Threshold.over(0.9), Duration.ofDays(-1))));
  }

  @Test
  void failuresAllowedInAPeriodFollowTheThreshold() {
    assertEquals(0, ExitCriteria.failuresAllowed(20, Threshold.over(0.95)), "19 of 20 is exactly 95 %: not over");
    assertEquals(1, ExitCriteria.failuresAllowed(21, Threshold.over(0.95)));
    assertEquals(1, ExitCriteria.failuresAllowed(20, Threshold.atLeast(0.95)));
    assertEquals(-1, ExitCriteria.failuresAllowed(20, Threshold.over(1.0)), "nothing passes over 100 %");
    assertEquals(20, ExitCriteria.failuresAllowed(20, Threshold.atLeast(0.0)));
  }

  @Test
  void durationsReadInDaysHoursAndMinutes() {
    assertEquals("0 min", Texts.duration(Duration.ZERO));
    assertEquals("59 min", Texts.duration(Duration.ofMinutes(59)));
    assertEquals("1 h 0 min", Texts.duration(Duration.ofMinutes(60)));
    assertEquals("23 h 59 min", Texts.duration(Duration.ofMinutes(24 * 60 - 1)));
    assertEquals("1 d 0 h", Texts.duration(Duration.ofDays(1)));
    assertEquals("2 d 3 h", Texts.duration(Duration.ofHours(51).plusMinutes(20)));
    assertEquals("2026-05-05 09:00+02:00 Europe/Berlin", Texts.at(at("2026-05-05T09:00"), BERLIN));
  }
}
