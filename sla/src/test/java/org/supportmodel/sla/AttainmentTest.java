package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.sla.SlaFixtures.berlin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SlaOutcome;
import org.supportmodel.core.SlaVerdict;

class AttainmentTest {
  // The week of Monday 2026-03-02 in Berlin; P1 runs on 24x7, P2 on 08:00-12:00 and 13:00-17:00.
  private static final Instant FROM = berlin("2026-03-02T00:00");
  private static final Instant TO = berlin("2026-03-09T00:00");
  private static final Instant AS_OF = berlin("2026-03-10T12:00");

  private static TicketSla ticket(String id, Instant asOf, Object... createdThenEvents) {
    List<TicketEvent> events = new ArrayList<>();
    events.add(TicketEvent.created(berlin((String) createdThenEvents[0]), (Priority) createdThenEvents[1]));
    for (int i = 2; i < createdThenEvents.length; i += 2) {
      events.add(TicketEvent.of(berlin((String) createdThenEvents[i]), (TicketEvent.Type) createdThenEvents[i + 1]));
    }
    return SlaEvaluation.evaluate(RequestId.of(id), events, SlaFixtures.policy(), SlaFixtures.CALENDARS, asOf);
  }

  private static final TicketEvent.Type RESPONSE = TicketEvent.Type.FIRST_RESPONSE;
  private static final TicketEvent.Type UPDATE = TicketEvent.Type.UPDATE;
  private static final TicketEvent.Type RESOLVED = TicketEvent.Type.RESOLVED;

  private static List<TicketSla> week() {
    return List.of(
        // Everything met.
        ticket("A", AS_OF, "2026-03-02T09:00", Priority.P2, "2026-03-02T09:30", RESPONSE, "2026-03-02T11:00", RESOLVED),
        // Resolved a day late, with no response before: response and resolution met late.
        ticket("B", AS_OF, "2026-03-02T09:00", Priority.P2, "2026-03-03T11:00", RESOLVED),
        // Still open: resolution breached on Tuesday 09:00, the update cycle on Monday 14:15.
        ticket("C", AS_OF, "2026-03-02T09:00", Priority.P2, "2026-03-02T09:15", RESPONSE),
        // Still running within target as of its evaluation: not counted.
        ticket("E", berlin("2026-03-02T09:30"), "2026-03-02T09:00", Priority.P2),
        // Decided before the period: not counted.
        ticket("F", AS_OF, "2026-02-27T09:00", Priority.P2, "2026-02-27T09:30", RESPONSE, "2026-02-27T10:00", RESOLVED),
        // P1 on 24x7, everything met.
        ticket("D", AS_OF, "2026-03-02T00:00", Priority.P1, "2026-03-02T00:30", RESPONSE, "2026-03-02T02:00", RESOLVED),
        // P1 with two late updates: listed once among the tickets that missed.
        ticket(
            "H", AS_OF, "2026-03-02T00:00", Priority.P1,
            "2026-03-02T00:30", RESPONSE, "2026-03-02T03:00", UPDATE, "2026-03-02T06:00", UPDATE, "2026-03-02T06:30", RESOLVED),
        // Responded exactly at the end of the period, which is exclusive: the response is not counted.
        ticket("G", AS_OF, "2026-03-08T23:30", Priority.P1, "2026-03-09T00:00", RESPONSE, "2026-03-09T01:00", RESOLVED));
  }

  private static void assertRow(Attainment attainment, Priority priority, SlaMetric metric, int met, int missed, String... missedBy) {
    Attainment.Row row = attainment.row(priority, metric);
    assertEquals(priority, row.priority());
    assertEquals(metric, row.metric());
    assertEquals(met, row.met(), priority + " " + metric + " met");
    assertEquals(missed, row.missed(), priority + " " + metric + " missed");
    assertEquals(List.of(missedBy).stream().map(RequestId::of).toList(), row.missedBy(), priority + " " + metric + " missed by");
  }

  @Test
  void countsEachCycleInThePeriodItsOutcomeBecameKnown() {
    Attainment attainment = Attainment.of(week(), FROM, TO);
    assertRow(attainment, Priority.P2, SlaMetric.FIRST_RESPONSE, 2, 1, "B");
    assertRow(attainment, Priority.P2, SlaMetric.RESOLUTION, 1, 2, "B", "C");
    assertRow(attainment, Priority.P2, SlaMetric.PERIODIC_UPDATE, 1, 1, "C");
    assertRow(attainment, Priority.P1, SlaMetric.FIRST_RESPONSE, 2, 0);
    assertRow(attainment, Priority.P1, SlaMetric.RESOLUTION, 1, 1, "H");
    assertRow(attainment, Priority.P1, SlaMetric.PERIODIC_UPDATE, 2, 2, "H");
    assertRow(attainment, Priority.P3, SlaMetric.RESOLUTION, 0, 0);
    assertEquals(Priority.values().length * SlaMetric.values().length, attainment.rows().size());
    assertEquals(24, attainment.rows().size(), "four priorities by six metrics");
  }

  @Test
  void sharesPerRowAndAcrossPriorities() {
    Attainment attainment = Attainment.of(week(), FROM, TO);
    assertEquals(Optional.of(2.0 / 3), attainment.row(Priority.P2, SlaMetric.FIRST_RESPONSE).share());
    assertEquals(Optional.empty(), attainment.row(Priority.P4, SlaMetric.RESOLUTION).share(), "nothing counted is no share, not 0 % or 100 %");
    assertEquals(Optional.of(9.0 / 16), attainment.share(Set.of(Priority.P1, Priority.P2)));
    assertEquals(Optional.of(5.0 / 8), attainment.share(Set.of(Priority.P1)));
    assertEquals(Optional.empty(), attainment.share(Set.of(Priority.P3, Priority.P4)));
    assertEquals(Optional.empty(), attainment.share(Set.of()));
  }

  @Test
  void theNextPeriodCountsWhatWasDecidedAtItsStartAndTheMissesStillOpen() {
    Attainment next = Attainment.of(week(), TO, berlin("2026-03-16T00:00"));
    assertRow(next, Priority.P1, SlaMetric.FIRST_RESPONSE, 1, 0);
    assertRow(next, Priority.P1, SlaMetric.RESOLUTION, 1, 0);
    // C is still unresolved: its breached resolution and update cycles keep counting as missed;
    // B, met late and resolved in the first week, does not count again
    assertRow(next, Priority.P2, SlaMetric.RESOLUTION, 0, 1, "C");
    assertRow(next, Priority.P2, SlaMetric.PERIODIC_UPDATE, 0, 1, "C");
    assertRow(next, Priority.P2, SlaMetric.FIRST_RESPONSE, 0, 0);
  }

  @Test
  void aTargetMetLateCountsFromItsBreachNotItsEndAndInEveryWeekBetween() {
    // resolution breached on Tuesday 2026-03-03 09:00, resolved two weeks later
    TicketSla late = ticket("L", berlin("2026-03-31T00:00"), "2026-03-02T09:00", Priority.P2, "2026-03-02T09:15", RESPONSE,
        "2026-03-18T10:00", RESOLVED);
    assertEquals(SlaState.MET_LATE, late.latest(SlaMetric.RESOLUTION).orElseThrow().state());
    assertEquals(Optional.of(berlin("2026-03-03T09:00")), late.latest(SlaMetric.RESOLUTION).orElseThrow().decidedAt());
    String[] weeks = {"2026-03-02T00:00", "2026-03-09T00:00", "2026-03-16T00:00", "2026-03-23T00:00"};
    int[] missed = {1, 1, 1, 0};
    for (int k = 0; k < missed.length; k++) {
      Instant from = berlin(weeks[k]);
      Attainment attainment = Attainment.of(List.of(late), from, from.plus(java.time.Duration.ofDays(7)));
      assertEquals(missed[k], attainment.row(Priority.P2, SlaMetric.RESOLUTION).missed(), "week of " + weeks[k]);
      assertEquals(0, attainment.row(Priority.P2, SlaMetric.RESOLUTION).met(), "week of " + weeks[k]);
    }
    // a period that ends before the breach does not know of it yet
    assertEquals(0, Attainment.of(List.of(late), berlin("2026-03-02T00:00"), berlin("2026-03-03T09:00")).row(Priority.P2, SlaMetric.RESOLUTION).missed());
    assertEquals(1, Attainment.of(List.of(late), berlin("2026-03-02T00:00"), berlin("2026-03-03T09:01")).row(Priority.P2, SlaMetric.RESOLUTION).missed());
    // resolved at the start of a period: not open then, so not counted again
    assertEquals(0, Attainment.of(List.of(late), berlin("2026-03-18T10:00"), berlin("2026-03-19T00:00")).row(Priority.P2, SlaMetric.RESOLUTION).missed());
    assertEquals(1, Attainment.of(List.of(late), berlin("2026-03-18T09:59"), berlin("2026-03-19T00:00")).row(Priority.P2, SlaMetric.RESOLUTION).missed());
  }

  @Test
  void verdictsPerCycleAndPerTicket() {
    List<TicketSla> week = week();
    TicketSla a = week.get(0);
    TicketSla b = week.get(1);
    TicketSla c = week.get(2);
    TicketSla e = week.get(3);
    assertEquals(Optional.of(SlaVerdict.MET), a.verdict(SlaMetric.RESOLUTION));
    assertEquals(Optional.of(SlaVerdict.MISSED), b.verdict(SlaMetric.RESOLUTION));
    assertEquals(Optional.of(SlaVerdict.MISSED), c.verdict(SlaMetric.RESOLUTION));
    assertEquals(Optional.of(SlaVerdict.MET), c.verdict(SlaMetric.FIRST_RESPONSE));
    assertEquals(Optional.of(SlaVerdict.OPEN), e.verdict(SlaMetric.RESOLUTION));
    assertEquals(Optional.empty(), e.verdict(SlaMetric.PERIODIC_UPDATE), "no update cycle yet: no verdict, not met");
    assertEquals(Optional.empty(), e.latest(SlaMetric.RESOLUTION).orElseThrow().decidedAt());
    assertEquals(b.latest(SlaMetric.RESOLUTION).orElseThrow().breachedAt(), b.latest(SlaMetric.RESOLUTION).orElseThrow().decidedAt());
    assertEquals(a.latest(SlaMetric.RESOLUTION).orElseThrow().end(), a.latest(SlaMetric.RESOLUTION).orElseThrow().decidedAt());

    assertTrue(c.openAt(AS_OF));
    assertFalse(a.openAt(berlin("2026-03-02T11:00")), "resolved at that instant");
    assertTrue(a.openAt(berlin("2026-03-02T10:59")));
    assertFalse(a.openAt(berlin("2026-03-02T08:59")), "not created yet");
    assertEquals(List.of(berlin("2026-03-02T11:00")), a.resolutionChanges());
  }

  @Test
  void outcomesFollowTheVerdicts() {
    List<SlaOutcome> outcomes = week().get(1).outcomes(SlaFixtures.CALENDARS);
    assertEquals(List.of("FIRST_RESPONSE", "RESOLUTION"), outcomes.stream().map(SlaOutcome::metric).toList());
    assertTrue(outcomes.stream().noneMatch(SlaOutcome::met));
    List<SlaOutcome> met = week().get(0).outcomes(SlaFixtures.CALENDARS);
    assertTrue(met.stream().allMatch(SlaOutcome::met));
    assertEquals(Optional.of(berlin("2026-03-02T11:00")), met.get(1).end());
    // the due instant of a met cycle is where its remaining budget would have run out
    assertTrue(met.get(1).due().isAfter(berlin("2026-03-02T11:00")));
    assertEquals(List.of(), week().get(3).outcomes(SlaFixtures.CALENDARS), "nothing decided yet");
    // C: its resolution breached and still open, so the outcome has no end
    SlaOutcome open = week().get(2).outcomes(SlaFixtures.CALENDARS).stream().filter(o -> o.metric().equals("RESOLUTION")).findFirst().orElseThrow();
    assertEquals(Optional.empty(), open.end());
    assertEquals(berlin("2026-03-03T09:00"), open.due());
    // B: met late, with its end
    assertEquals(Optional.of(berlin("2026-03-03T11:00")), outcomes.get(1).end());
  }

  @Test
  void anEmptyPeriodOrNoTicketsCountsNothing() {
    assertEquals(Optional.empty(), Attainment.of(week(), FROM, FROM).share(Set.of(Priority.values())));
    assertEquals(Optional.empty(), Attainment.of(List.of(), FROM, TO).share(Set.of(Priority.values())));
  }

  @Test
  void theOrderOfTheTicketsChangesOnlyTheOrderOfTheListedIds() {
    List<TicketSla> reversed = new ArrayList<>(week());
    java.util.Collections.reverse(reversed);
    Attainment forward = Attainment.of(week(), FROM, TO);
    Attainment backward = Attainment.of(reversed, FROM, TO);
    for (Priority priority : Priority.values()) {
      for (SlaMetric metric : SlaMetric.values()) {
        assertEquals(forward.row(priority, metric).met(), backward.row(priority, metric).met());
        assertEquals(forward.row(priority, metric).missed(), backward.row(priority, metric).missed());
        assertEquals(Set.copyOf(forward.row(priority, metric).missedBy()), Set.copyOf(backward.row(priority, metric).missedBy()));
      }
    }
  }

  @Test
  void badPeriodsAndRowsAreRejectedWithTheFieldAndValue() {
    IllegalArgumentException period = assertThrows(IllegalArgumentException.class, () -> Attainment.of(List.of(), TO, FROM));
    assertTrue(String.valueOf(period.getMessage()).startsWith("to: '" + FROM + "'"), period.getMessage());

    IllegalArgumentException rows = assertThrows(IllegalArgumentException.class, () -> new Attainment(FROM, TO, List.of()));
    assertTrue(String.valueOf(rows.getMessage()).startsWith("rows: '0'"), rows.getMessage());

    List<Attainment.Row> swapped = new ArrayList<>(Attainment.of(List.of(), FROM, TO).rows());
    java.util.Collections.swap(swapped, 0, 1);
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class, () -> new Attainment(FROM, TO, swapped));
    assertTrue(String.valueOf(order.getMessage()).startsWith("rows[0]: 'P1/RESOLUTION'"), order.getMessage());

    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> new Attainment.Row(Priority.P1, SlaMetric.RESOLUTION, -1, 0, List.of()));
    assertTrue(String.valueOf(negative.getMessage()).startsWith("met: '-1'"), negative.getMessage());
  }
}
