package org.supportmodel.hypercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supportmodel.hypercare.HypercareFixtures.BERLIN;
import static org.supportmodel.hypercare.HypercareFixtures.at;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SlaOutcome;

class SlaCountingTest {
  private static final Set<Priority> P1_P2 = EnumSet.of(Priority.P1, Priority.P2);
  private static final Instant FROM = at("2026-05-11T00:00");
  private static final Instant TO = at("2026-05-18T00:00");

  /** A P1 opened Monday 09:00 of week 2 with a first response met and {@code updates} periodic updates, one missed. */
  private static RequestRecord longP1(int updates) {
    Instant opened = at("2026-05-11T09:00");
    SlaOutcome[] outcomes = new SlaOutcome[updates + 1];
    outcomes[0] = SlaOutcome.met("FIRST_RESPONSE", Priority.P1, opened.plusSeconds(1800), opened.plusSeconds(600), BERLIN);
    for (int i = 1; i <= updates; i++) {
      Instant due = opened.plusSeconds(3600L * 4 * i);
      outcomes[i] = i == 1
          ? SlaOutcome.metLate("PERIODIC_UPDATE", Priority.P1, due, due.plusSeconds(900), BERLIN)
          : SlaOutcome.met("PERIODIC_UPDATE", Priority.P1, due, due.minusSeconds(60), BERLIN);
    }
    return RequestRecord.opened("LONG", Priority.P1, opened)
        .resolvedAt(opened.plusSeconds(3600L * 4 * updates + 60), AuthorityKind.PARTNER)
        .withSla(outcomes);
  }

  private static RequestRecord shortP2(String id, String opened) {
    Instant at = at(opened);
    return RequestRecord.opened(id, Priority.P2, at)
        .resolvedAt(at.plusSeconds(3600), AuthorityKind.INTERNAL_HELPDESK)
        .withSla(SlaOutcome.met("RESOLUTION", Priority.P2, at.plusSeconds(7200), at.plusSeconds(3600), BERLIN));
  }

  @Test
  void perRequestOneLongRequestWeighsNoMoreThanAShortOne() {
    List<RequestRecord> records = List.of(longP1(20), shortP2("A", "2026-05-12T09:00"), shortP2("B", "2026-05-13T09:00"));
    SlaCounting.Tally perRequest = SlaCounting.PER_REQUEST.tally(records, P1_P2, FROM, TO, true);
    assertEquals(2, perRequest.met());
    assertEquals(1, perRequest.missed(), "the long P1 missed one update: it counts once, as missed");
    assertEquals(Optional.of(2.0 / 3), perRequest.share());
    SlaCounting.Tally perTarget = SlaCounting.PER_TARGET.tally(records, P1_P2, FROM, TO, true);
    assertEquals(22, perTarget.met(), "20 of the long request's 21 targets, and the two short ones");
    assertEquals(1, perTarget.missed());
  }

  @Test
  void aNewRequirementIsChangeNotSupportAndCountsInNoSlaFigure() {
    RequestRecord requirement = RequestRecord.opened("REQ-1", Priority.P1, at("2026-05-12T09:00"))
        .withSla(SlaOutcome.breached("RESOLUTION", Priority.P1, at("2026-05-12T13:00"), BERLIN)).withKind(RequestKind.NEW_REQUIREMENT);
    List<RequestRecord> records = List.of(shortP2("A", "2026-05-12T09:00"), requirement);
    for (SlaCounting counting : SlaCounting.values()) {
      SlaCounting.Tally tally = counting.tally(records, P1_P2, FROM, TO, true);
      assertEquals(1, tally.met(), counting.name());
      assertEquals(0, tally.missed(), counting.name() + ": the new requirement's breach is not a support miss");
    }
    int[] met = new int[1];
    int[] missed = new int[1];
    SlaCounting.perRequestByWeek(records, P1_P2, new Instant[] {FROM, TO}, TO, met, missed);
    assertEquals(1, met[0]);
    assertEquals(0, missed[0], "the weekly figures count it no more than the criterion does");
    assertEquals(1, SlaCounting.PER_REQUEST.tally(List.of(requirement.withKind(RequestKind.INCIDENT)), P1_P2, FROM, TO, false).missed(),
        "the same request as an incident is a miss");
  }

  @Test
  void aBreachedRequestStillOpenKeepsCountingInEveryLaterPeriod() {
    Instant opened = at("2026-05-05T09:00");
    RequestRecord open = RequestRecord.opened("P1-OPEN", Priority.P1, opened)
        .withSla(SlaOutcome.breached("RESOLUTION", Priority.P1, at("2026-05-05T13:00"), BERLIN));
    for (int week = 0; week < 6; week++) {
      Instant from = at("2026-05-04T00:00").plusSeconds(7L * 86_400 * week);
      SlaCounting.Tally tally = SlaCounting.PER_REQUEST.tally(List.of(open), P1_P2, from, from.plusSeconds(7 * 86_400L), true);
      assertEquals(1, tally.missed(), "week " + (week + 1));
      assertEquals(List.of(RequestId.of("P1-OPEN")), tally.stillOpen());
    }
    RequestRecord resolved = open.resolvedAt(at("2026-05-20T10:00"), AuthorityKind.PARTNER);
    assertEquals(1, SlaCounting.PER_REQUEST.tally(List.of(resolved), P1_P2, at("2026-05-18T00:00"), at("2026-05-25T00:00"), false).missed(),
        "open when the week began");
    assertEquals(0, SlaCounting.PER_REQUEST.tally(List.of(resolved), P1_P2, at("2026-05-25T00:00"), at("2026-06-01T00:00"), false).missed(),
        "resolved before the week began");
  }

  @Test
  void aDecisionCountsFromItsInstantAndNotBeforeIt() {
    RequestRecord request = shortP2("A", "2026-05-11T00:00");
    Instant resolved = at("2026-05-11T01:00");
    assertEquals(1, SlaCounting.PER_REQUEST.tally(List.of(request), P1_P2, resolved, TO, false).met(), "decided at the start of the period");
    assertEquals(0, SlaCounting.PER_REQUEST.tally(List.of(request), P1_P2, FROM, resolved, false).met(), "not yet decided at its end");
    assertEquals(0, SlaCounting.PER_REQUEST.tally(List.of(request), P1_P2, resolved.plusSeconds(1), TO, false).met(), "decided before");
  }

  @Test
  void anOpenRequestWithNoMissIsNotDecided() {
    Instant opened = at("2026-05-12T09:00");
    RequestRecord open = RequestRecord.opened("OPEN", Priority.P2, opened)
        .withSla(SlaOutcome.met("FIRST_RESPONSE", Priority.P2, opened.plusSeconds(3600), opened.plusSeconds(60), BERLIN));
    SlaCounting.Tally tally = SlaCounting.PER_REQUEST.tally(List.of(open), P1_P2, FROM, TO, true);
    assertEquals(0, tally.total());
    assertEquals(1, SlaCounting.PER_TARGET.tally(List.of(open), P1_P2, FROM, TO, true).met(), "per target, the response counts");
  }

  @Test
  void perRequestCountsByTheRequestsPriorityPerTargetByTheTargets() {
    Instant opened = at("2026-05-12T09:00");
    RequestRecord downgraded = RequestRecord.opened("DOWN", Priority.P3, opened)
        .resolvedAt(opened.plusSeconds(600), AuthorityKind.INTERNAL_HELPDESK)
        .withSla(SlaOutcome.met("FIRST_RESPONSE", Priority.P2, opened.plusSeconds(3600), opened.plusSeconds(60), BERLIN));
    assertEquals(0, SlaCounting.PER_REQUEST.tally(List.of(downgraded), P1_P2, FROM, TO, false).total());
    assertEquals(1, SlaCounting.PER_TARGET.tally(List.of(downgraded), P1_P2, FROM, TO, false).met());
  }

  @Test
  void whatIsDecidedLaterDoesNotChangeAPeriodThatIsOver() {
    Instant opened = at("2026-05-12T09:00");
    RequestRecord record = RequestRecord.opened("R", Priority.P2, opened)
        .resolvedAt(opened.plusSeconds(3600), AuthorityKind.INTERNAL_HELPDESK)
        .reopenedAt(at("2026-05-20T09:00"))
        .withSla(
            SlaOutcome.met("RESOLUTION", Priority.P2, opened.plusSeconds(7200), opened.plusSeconds(3600), BERLIN),
            SlaOutcome.breached("RESOLUTION", Priority.P2, at("2026-05-20T17:00"), BERLIN));
    assertEquals(1, SlaCounting.PER_REQUEST.tally(List.of(record), P1_P2, FROM, TO, false).met(), "week 2 saw it met");
    SlaCounting.Tally week3 = SlaCounting.PER_REQUEST.tally(List.of(record), P1_P2, TO, at("2026-05-25T00:00"), false);
    assertEquals(1, week3.missed(), "week 3 sees the miss after the reopen");
  }
}
