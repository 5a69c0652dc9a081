package org.supportmodel.hypercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.hypercare.HypercareFixtures.BERLIN;
import static org.supportmodel.hypercare.HypercareFixtures.at;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;

class SlaOutcomeTest {
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
}
