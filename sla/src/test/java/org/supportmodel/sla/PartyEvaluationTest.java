package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.sla.SlaFixtures.berlin;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;
import org.supportmodel.core.SlaVerdict;

class PartyEvaluationTest {
  /** The internal Dynamics 365 team triages within 4 business hours and answers within 1. */
  static final PartyAgreement TEAM_OLA = PartyAgreement.of("d365-team-ola", "d365-team", AgreementKind.OPERATIONAL_LEVEL,
      java.util.stream.Stream.concat(
          PartyTarget.forEveryPriority(PartyMetric.HOLD, BusinessDuration.ofHours(4), "business-hours").stream(),
          PartyTarget.forEveryPriority(PartyMetric.RESPONSE, BusinessDuration.ofHours(1), "business-hours").stream()).toList());
  /** The partner's underpinning contract: a P2 fixed within 6 business hours. */
  static final PartyAgreement PARTNER_CONTRACT = PartyAgreement.of("partner-contract", "partner", AgreementKind.UNDERPINNING_CONTRACT,
      List.of(new PartyTarget(PartyMetric.HOLD, Priority.P2, BusinessDuration.ofHours(6), "business-hours")));

  /** A P2 that waits at the helpdesk, goes to the team, then to the partner, who resolves it. */
  static List<TicketEvent> bouncingP2() {
    return List.of(
        TicketEvent.created(berlin("2026-03-02T09:00"), Priority.P2),
        TicketEvent.assigned(berlin("2026-03-02T09:30"), "helpdesk"),
        TicketEvent.assigned(berlin("2026-03-02T10:00"), "d365-team"),
        TicketEvent.of(berlin("2026-03-02T11:30"), TicketEvent.Type.FIRST_RESPONSE),
        TicketEvent.assigned(berlin("2026-03-02T16:00"), "partner"),
        TicketEvent.statusChanged(berlin("2026-03-03T09:00"), TicketStatus.WAITING_FOR_CUSTOMER),
        TicketEvent.statusChanged(berlin("2026-03-03T11:00"), TicketStatus.IN_PROGRESS),
        TicketEvent.of(berlin("2026-03-04T10:00"), TicketEvent.Type.RESOLVED),
        TicketEvent.of(berlin("2026-03-05T10:00"), TicketEvent.Type.CLOSED));
  }

  static PartySla evaluate(List<TicketEvent> events, String asOf) {
    return PartyEvaluation.evaluate(SlaFixtures.ID, events, SlaFixtures.policy(), List.of(TEAM_OLA, PARTNER_CONTRACT), SlaFixtures.CALENDARS,
        berlin(asOf));
  }

  @Test
  void eachPartyHoldsTheTicketInTurnAndTheHoldingsAddUp() {
    PartySla parties = evaluate(bouncingP2(), "2026-03-06T00:00");
    assertEquals(List.of(PartySla.UNASSIGNED, "helpdesk", "d365-team", "partner"), List.copyOf(parties.parties()));
    assertEquals(Duration.ofMinutes(30), parties.heldTime(PartySla.UNASSIGNED));
    assertEquals(Duration.ofMinutes(30), parties.heldTime("helpdesk"));
    assertEquals(Duration.ofHours(6), parties.heldTime("d365-team"));
    // the partner holds it from Monday 16:00 to the close on Thursday 10:00
    assertEquals(Duration.ofHours(66), parties.heldTime("partner"));
    assertEquals(Duration.ofHours(73), parties.elapsed());
    assertEquals(Duration.ZERO, parties.heldTime("microsoft"));
    assertEquals(Optional.of("d365-team"), parties.holderAt(berlin("2026-03-02T10:00")));
    assertEquals(Optional.of("helpdesk"), parties.holderAt(berlin("2026-03-02T09:59")));
    assertEquals(Optional.empty(), parties.holderAt(berlin("2026-03-02T08:59")));
  }

  @Test
  void thePartyTargetsSayWhoMissedWhat() {
    PartySla parties = evaluate(bouncingP2(), "2026-03-06T00:00");
    List<PartyCycle> cycles = parties.cycles();
    assertEquals(3, cycles.size(), cycles::toString);
    PartyCycle teamHold = cycles.stream().filter(c -> c.party().equals("d365-team") && c.metric() == PartyMetric.HOLD).findFirst().orElseThrow();
    PartyCycle teamResponse = cycles.stream().filter(c -> c.metric() == PartyMetric.RESPONSE).findFirst().orElseThrow();
    PartyCycle partnerHold = cycles.stream().filter(c -> c.party().equals("partner")).findFirst().orElseThrow();
    // the team answers after 1.5 hours: its 1-hour response target is missed at 11:00
    assertEquals(SlaVerdict.MISSED, teamResponse.verdict());
    assertEquals(Optional.of(berlin("2026-03-02T11:00")), teamResponse.breachedAt());
    assertEquals(Optional.of(berlin("2026-03-02T11:30")), teamResponse.end(), "the first response ends it, not the hand-on");
    // it holds the ticket from 10:00 to 16:00, 5 business hours with lunch: missed at 15:00
    assertEquals(Optional.of(berlin("2026-03-02T15:00")), teamHold.breachedAt());
    assertEquals(Duration.ofHours(5), teamHold.elapsed());
    assertEquals(Optional.of(berlin("2026-03-02T16:00")), teamHold.end());
    // the partner: Monday 16-17 (1 h), Tuesday 08-09 (1 h), paused 09-11, 11-12 and 13-17 (5 h), Wednesday 08-10 (2 h): 9 h
    assertEquals(Duration.ofHours(9), partnerHold.elapsed());
    assertEquals(Optional.of(berlin("2026-03-03T16:00")), partnerHold.breachedAt());
    assertEquals(AgreementKind.UNDERPINNING_CONTRACT, partnerHold.kind());
    assertEquals(List.of(teamResponse, teamHold, partnerHold), parties.missed());

    // the customer's P2 resolution target (8 business hours: Monday 7 h, Tuesday 08-09) broke on Tuesday at 09:00, as the pause began
    MetricCycle resolution = parties.sla().latest(SlaMetric.RESOLUTION).orElseThrow();
    assertEquals(Optional.of(berlin("2026-03-03T09:00")), resolution.breachedAt());
    assertEquals(Optional.of("partner"), parties.holderAt(resolution.breachedAt().orElseThrow()));
    List<String> report = parties.breachReport();
    assertTrue(report.contains("RESOLUTION cycle 1 (P2, PT8H of business time) breached at 2026-03-03T08:00:00Z while partner held the ticket"), report::toString);
    assertTrue(report.contains("partner missed its HOLD target of PT6H of business time (partner-contract, UNDERPINNING_CONTRACT) at 2026-03-03T15:00:00Z, holding 1"),
        report::toString);
  }

  @Test
  void theCustomerSlaIsTheSameWithOrWithoutParties() {
    assertEquals(SlaEvaluation.evaluate(SlaFixtures.ID, bouncingP2(), SlaFixtures.policy(), SlaFixtures.CALENDARS, berlin("2026-03-03T10:00")),
        evaluate(bouncingP2(), "2026-03-03T10:00").sla());
  }

  @Test
  void anOpenPartyClockHasADueInstantAndAReopenStartsANewHolding() {
    PartySla open = evaluate(bouncingP2(), "2026-03-02T10:30");
    PartyCycle response = open.cycles().stream().filter(c -> c.metric() == PartyMetric.RESPONSE).findFirst().orElseThrow();
    assertEquals(SlaVerdict.OPEN, response.verdict());
    assertEquals(Optional.of(berlin("2026-03-02T11:00")), response.due());
    assertEquals(Duration.ofMinutes(30), response.elapsed());

    List<TicketEvent> reopened = List.of(
        TicketEvent.created(berlin("2026-03-02T09:00"), Priority.P2),
        TicketEvent.assigned(berlin("2026-03-02T09:00"), "d365-team"),
        TicketEvent.of(berlin("2026-03-02T10:00"), TicketEvent.Type.RESOLVED),
        TicketEvent.of(berlin("2026-03-02T14:00"), TicketEvent.Type.REOPENED));
    PartySla again = evaluate(reopened, "2026-03-02T15:00");
    assertEquals(List.of(1, 1, 2, 2), again.cycles().stream().map(PartyCycle::holding).toList());
    // assigned as it was created: no holding of no time for "unassigned"
    assertEquals(List.of("d365-team", "d365-team"), again.holdings().stream().map(Holding::party).toList());
    assertEquals(Duration.ofHours(6), again.elapsed());
  }

  @Test
  void edgesOfHoldingsAndClocks() {
    // evaluated at the instant of creation: one holding of no time
    PartySla atCreation = evaluate(bouncingP2(), "2026-03-02T09:00");
    assertEquals(List.of(new Holding(PartySla.UNASSIGNED, berlin("2026-03-02T09:00"), berlin("2026-03-02T09:00"))), atCreation.holdings());
    assertEquals(Duration.ZERO, atCreation.elapsed());
    assertEquals(Optional.of(PartySla.UNASSIGNED), atCreation.holderAt(berlin("2026-03-02T09:00")));
    PartySla closed = evaluate(bouncingP2(), "2026-03-06T00:00");
    assertEquals(Optional.of("partner"), closed.holderAt(berlin("2026-03-05T10:00")), "the end of the last holding is still its holder's");
    assertEquals(Optional.empty(), closed.holderAt(berlin("2026-03-05T10:01")));
    // a hold that reaches its target exactly at the hand-on is missed then, as a customer target is
    PartyAgreement exact = PartyAgreement.of("exact", "d365-team", AgreementKind.OPERATIONAL_LEVEL,
        List.of(new PartyTarget(PartyMetric.HOLD, Priority.P2, BusinessDuration.ofHours(5), "business-hours")));
    PartyCycle hold = PartyEvaluation.evaluate(SlaFixtures.ID, bouncingP2(), SlaFixtures.policy(), List.of(exact), SlaFixtures.CALENDARS,
        berlin("2026-03-06T00:00")).cycles().get(0);
    assertEquals(Optional.of(berlin("2026-03-02T16:00")), hold.breachedAt());
    assertEquals(SlaVerdict.MISSED, hold.verdict());
    // working days, and an agreement that does not pause with the ticket
    PartyAgreement days = new PartyAgreement("days", "partner", AgreementKind.UNDERPINNING_CONTRACT,
        List.of(new PartyTarget(PartyMetric.HOLD, Priority.P2, WorkingDays.of(1), "business-hours")), false);
    PartyCycle partner = PartyEvaluation.evaluate(SlaFixtures.ID, bouncingP2(), SlaFixtures.policy(), List.of(days), SlaFixtures.CALENDARS,
        berlin("2026-03-06T00:00")).cycles().get(0);
    // taken Monday 16:00: one working day runs to Tuesday's close (1 + 8 hours); not paused, so missed at 17:00 on Tuesday
    assertEquals(Optional.of(berlin("2026-03-03T17:00")), partner.breachedAt());
    assertEquals(Duration.ofHours(11), partner.elapsed(), "Monday 1, Tuesday 8, Wednesday 2 until the resolution");
    assertEquals(4, PartyTarget.forEveryPriority(PartyMetric.HOLD, BusinessDuration.ofHours(1), "x").size());
    assertEquals("d365-team RESPONSE (d365-team-ola, holding 1, P2 PT1H of business time): MISSED at 2026-03-02T10:00:00Z",
        closed.cycles().stream().filter(c -> c.metric() == PartyMetric.RESPONSE).findFirst().orElseThrow().toString());
  }

  @Test
  void badAgreementsAreRejectedWithTheFieldAndValue() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> new PartyTarget(PartyMetric.HOLD, Priority.P1, BusinessDuration.ZERO, "24x7"));
    assertTrue(String.valueOf(zero.getMessage()).startsWith("amount: "), zero.getMessage());
    IllegalArgumentException twiceNamed = assertThrows(IllegalArgumentException.class, () -> PartyEvaluation.evaluate(SlaFixtures.ID, bouncingP2(),
        SlaFixtures.policy(), List.of(TEAM_OLA, TEAM_OLA), SlaFixtures.CALENDARS, berlin("2026-03-06T00:00")));
    assertTrue(String.valueOf(twiceNamed.getMessage()).startsWith("agreements: 'd365-team-ola'"), twiceNamed.getMessage());
    IllegalArgumentException gap = assertThrows(IllegalArgumentException.class, () -> new PartySla(evaluate(bouncingP2(), "2026-03-06T00:00").sla(),
        List.of(new Holding("a", berlin("2026-03-02T09:00"), berlin("2026-03-02T10:00")), new Holding("b", berlin("2026-03-02T10:01"), berlin("2026-03-02T11:00"))),
        List.of()));
    assertTrue(String.valueOf(gap.getMessage()).startsWith("holdings[1]: '2026-03-02T09:01:00Z' must start where the holding before ends"), gap.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> PartyAgreement.of("x", "partner", AgreementKind.UNDERPINNING_CONTRACT, List.of()));
    assertEquals("targets: '[]' must hold at least one target", none.getMessage());
    PartyTarget target = new PartyTarget(PartyMetric.HOLD, Priority.P1, BusinessDuration.ofHours(1), "24x7");
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> PartyAgreement.of("x", "partner", AgreementKind.UNDERPINNING_CONTRACT, List.of(target, target)));
    assertEquals("targets: 'P1 HOLD' is given more than once", twice.getMessage());
    IllegalArgumentException calendar = assertThrows(IllegalArgumentException.class,
        () -> PartyEvaluation.evaluate(SlaFixtures.ID, bouncingP2(), SlaFixtures.policy(),
            List.of(PartyAgreement.of("x", "partner", AgreementKind.VENDOR_SUPPORT,
                List.of(new PartyTarget(PartyMetric.HOLD, Priority.P1, BusinessDuration.ofHours(1), "nowhere")))),
            SlaFixtures.CALENDARS, berlin("2026-03-06T00:00")));
    assertTrue(String.valueOf(calendar.getMessage()).startsWith("calendar: 'nowhere' is not in the calendar set"), calendar.getMessage());
    IllegalArgumentException assigned = assertThrows(IllegalArgumentException.class,
        () -> new TicketEvent(berlin("2026-03-02T09:00"), TicketEvent.Type.ASSIGNED, Optional.empty(), Optional.empty()));
    assertEquals("party: 'none' must be given for ASSIGNED", assigned.getMessage());
    assertEquals(Set.of(), Set.copyOf(PartyEvaluation.evaluate(SlaFixtures.ID, bouncingP2(), SlaFixtures.policy(), List.of(), SlaFixtures.CALENDARS,
        berlin("2026-03-06T00:00")).cycles()));
  }
}
