package org.supportmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlaOutcomeTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant DUE = at("2026-05-12T14:00");

  @Test
  void aTargetIsMetOnlyWhenItsCycleEndsBeforeTheDueInstant() {
    SlaOutcome met = SlaOutcome.met("RESOLUTION", Priority.P1, DUE, DUE.minusNanos(1), BERLIN);
    assertTrue(met.met());
    assertEquals(DUE.minusNanos(1), met.decidedAt());
    SlaOutcome atDue = SlaOutcome.metLate("RESOLUTION", Priority.P1, DUE, DUE, BERLIN);
    assertFalse(atDue.met(), "reaching the full target at the due instant is a breach, as in the SLA engine");
    assertEquals(DUE, atDue.decidedAt());
    assertEquals("at: '2026-05-12T12:00:00Z' must be before the due instant 2026-05-12T12:00:00Z of a met target: use metLate",
        assertThrows(IllegalArgumentException.class, () -> SlaOutcome.met("RESOLUTION", Priority.P1, DUE, DUE, BERLIN)).getMessage());
    assertEquals("at: '2026-05-12T11:59:00Z' must not be before the due instant 2026-05-12T12:00:00Z of a target met late",
        assertThrows(IllegalArgumentException.class,
            () -> SlaOutcome.metLate("RESOLUTION", Priority.P1, DUE, DUE.minusSeconds(60), BERLIN)).getMessage());
  }

  @Test
  void aMissIsDecidedAtTheBreachAndItsLatenessRunsUntilItsCycleEnds() {
    SlaOutcome running = SlaOutcome.breached("RESOLUTION", Priority.P1, DUE, BERLIN);
    assertFalse(running.decidedBefore(DUE));
    assertTrue(running.decidedBefore(DUE.plusNanos(1)));
    assertEquals(Duration.ofHours(3), running.lateness(DUE.plusSeconds(3 * 3600)));
    assertEquals(Duration.ZERO, running.lateness(DUE.minusSeconds(60)), "not late before it is due");
    SlaOutcome late = SlaOutcome.metLate("RESOLUTION", Priority.P1, DUE, DUE.plusSeconds(1800), BERLIN);
    assertEquals(Duration.ofMinutes(30), late.lateness(DUE.plusSeconds(86_400)));
    assertEquals(Duration.ofMinutes(10), late.lateness(DUE.plusSeconds(600)), "as of an instant before the cycle ended");
  }

  @Test
  void oneRuleDecidesWhichPeriodsCountATarget() {
    Instant from = at("2026-05-11T00:00");
    Instant to = at("2026-05-18T00:00");
    // met: only in the period in which it was met
    assertTrue(SlaOutcome.countsIn(SlaVerdict.MET, from, from, to, true));
    assertFalse(SlaOutcome.countsIn(SlaVerdict.MET, from.minusNanos(1), from, to, true));
    assertFalse(SlaOutcome.countsIn(SlaVerdict.MET, to, from, to, true));
    // missed: in the period of the breach, and later while the request is open when a period begins
    assertTrue(SlaOutcome.countsIn(SlaVerdict.MISSED, to.minusNanos(1), from, to, false));
    assertTrue(SlaOutcome.countsIn(SlaVerdict.MISSED, from.minusSeconds(86_400), from, to, true));
    assertFalse(SlaOutcome.countsIn(SlaVerdict.MISSED, from.minusSeconds(86_400), from, to, false));
    assertFalse(SlaOutcome.countsIn(SlaVerdict.MISSED, to, from, to, true), "decided at the end: not known yet");

    SlaOutcome breached = SlaOutcome.breached("RESOLUTION", Priority.P2, DUE, BERLIN);
    assertEquals(SlaVerdict.OPEN, breached.verdict(DUE));
    assertEquals(SlaVerdict.MISSED, breached.verdict(DUE.plusNanos(1)));
    SlaOutcome met = SlaOutcome.met("RESOLUTION", Priority.P2, DUE, DUE.minusSeconds(60), BERLIN);
    assertEquals(SlaVerdict.OPEN, met.verdict(DUE.minusSeconds(60)));
    assertEquals(SlaVerdict.MET, met.verdict(DUE.minusSeconds(59)));
    assertTrue(met.countsIn(at("2026-05-12T00:00"), at("2026-05-13T00:00"), false));
    assertTrue(breached.countsIn(at("2026-05-13T00:00"), at("2026-05-14T00:00"), true));
    assertFalse(breached.countsIn(at("2026-05-13T00:00"), at("2026-05-14T00:00"), false));

    IllegalArgumentException open =
        assertThrows(IllegalArgumentException.class, () -> SlaOutcome.countsIn(SlaVerdict.OPEN, from, from, to, true));
    assertEquals("verdict: 'OPEN' must be decided (MET or MISSED) to count", open.getMessage());
    IllegalArgumentException backwards =
        assertThrows(IllegalArgumentException.class, () -> SlaOutcome.countsIn(SlaVerdict.MET, from, to, from, true));
    assertTrue(String.valueOf(backwards.getMessage()).startsWith("to: '" + from + "' must not be before from"), backwards.getMessage());
  }

  @Test
  void verdictsCombineMissedFirstThenOpen() {
    assertEquals(SlaVerdict.MET, SlaVerdict.of(java.util.List.of(SlaVerdict.MET, SlaVerdict.MET)));
    assertEquals(SlaVerdict.OPEN, SlaVerdict.of(java.util.List.of(SlaVerdict.MET, SlaVerdict.OPEN)));
    assertEquals(SlaVerdict.MISSED, SlaVerdict.of(java.util.List.of(SlaVerdict.OPEN, SlaVerdict.MISSED, SlaVerdict.MET)));
    assertTrue(SlaVerdict.MET.isDecided());
    assertTrue(SlaVerdict.MISSED.isDecided());
    assertFalse(SlaVerdict.OPEN.isDecided());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> SlaVerdict.of(java.util.List.of()));
    assertEquals("verdicts: '[]' must hold at least one verdict: a metric with no target has no verdict", none.getMessage());
  }

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }
}
