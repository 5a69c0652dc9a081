package org.supportmodel.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;
import org.supportmodel.test.Samples;

/** Pauses and resumes as {@link SlaChanges} derives them: numbered per cycle, one per pause however it is split. */
class SlaChangesTest {
  private static final TenantSla SLA = new TenantSla(Samples.policy(), Samples.calendars());
  private static final Instant T = Instant.parse("2026-04-03T08:00:00Z");

  private static List<SlaChange> resolutionPauses(List<TicketEvent> events, Instant asOf) {
    List<SlaChange> changes = SlaChanges.asOf("INC-1", "berlin", events, SLA, asOf).changes();
    assertThat(changes).as("in time order").isSortedAccordingTo(Comparator.comparing(SlaChange::at));
    return changes.stream().filter(c -> c.metric() == SlaMetric.RESOLUTION)
        .filter(c -> c.kind() == SlaChange.Kind.PAUSED || c.kind() == SlaChange.Kind.RESUMED).toList();
  }

  private static Instant minutes(int m) {
    return T.plus(Duration.ofMinutes(m));
  }

  @Test
  void aPauseSplitByAPriorityChangeIsOnePauseAndTheNextPauseIsTheSecond() {
    List<TicketEvent> events = List.of(TicketEvent.created(T, Priority.P1),
        TicketEvent.statusChanged(minutes(10), TicketStatus.WAITING_FOR_CUSTOMER),
        TicketEvent.priorityChanged(minutes(20), Priority.P2),
        TicketEvent.statusChanged(minutes(30), TicketStatus.IN_PROGRESS),
        TicketEvent.statusChanged(minutes(40), TicketStatus.WAITING_FOR_THIRD_PARTY),
        TicketEvent.statusChanged(minutes(50), TicketStatus.IN_PROGRESS));
    assertThat(resolutionPauses(events, minutes(60))).extracting(SlaChange::kind, SlaChange::pause, SlaChange::at).containsExactly(
        tuple(SlaChange.Kind.PAUSED, 1, minutes(10)),
        tuple(SlaChange.Kind.RESUMED, 1, minutes(30)),
        tuple(SlaChange.Kind.PAUSED, 2, minutes(40)),
        tuple(SlaChange.Kind.RESUMED, 2, minutes(50)));
  }

  @Test
  void aTicketCreatedWaitingIsPausedFromItsCreation() {
    List<TicketEvent> events = List.of(TicketEvent.created(T, Priority.P1, TicketStatus.WAITING_FOR_CUSTOMER),
        TicketEvent.statusChanged(minutes(15), TicketStatus.IN_PROGRESS));
    assertThat(resolutionPauses(events, minutes(60))).extracting(SlaChange::kind, SlaChange::pause, SlaChange::at).containsExactly(
        tuple(SlaChange.Kind.PAUSED, 1, T),
        tuple(SlaChange.Kind.RESUMED, 1, minutes(15)));
  }

  @Test
  void aResumeAtTheInstantOfTheResolutionIsReportedAsTheHistorySaysIt() {
    // waiting for the customer, split by a priority change, then resumed and resolved in the same instant
    List<TicketEvent> events = List.of(TicketEvent.created(T, Priority.P1),
        TicketEvent.of(minutes(5), TicketEvent.Type.FIRST_RESPONSE),
        TicketEvent.statusChanged(minutes(10), TicketStatus.WAITING_FOR_CUSTOMER),
        TicketEvent.priorityChanged(minutes(20), Priority.P2),
        TicketEvent.statusChanged(minutes(30), TicketStatus.IN_PROGRESS),
        TicketEvent.of(minutes(30), TicketEvent.Type.RESOLVED));
    assertThat(resolutionPauses(events, minutes(60))).extracting(SlaChange::kind, SlaChange::pause, SlaChange::at).containsExactly(
        tuple(SlaChange.Kind.PAUSED, 1, minutes(10)),
        tuple(SlaChange.Kind.RESUMED, 1, minutes(30)));
    // reopened and paused again later: the resume of the first cycle keeps its place in time
    List<TicketEvent> reopened = new java.util.ArrayList<>(events);
    reopened.add(TicketEvent.of(minutes(40), TicketEvent.Type.REOPENED));
    reopened.add(TicketEvent.statusChanged(minutes(45), TicketStatus.WAITING_FOR_CUSTOMER));
    assertThat(resolutionPauses(reopened, minutes(60))).extracting(SlaChange::cycle, SlaChange::kind, SlaChange::pause, SlaChange::at)
        .containsExactly(
            tuple(1, SlaChange.Kind.PAUSED, 1, minutes(10)),
            tuple(1, SlaChange.Kind.RESUMED, 1, minutes(30)),
            tuple(2, SlaChange.Kind.PAUSED, 1, minutes(45)));
    // without the resume, the pause runs into the resolution: no resume to report
    List<TicketEvent> resolvedWhileWaiting = List.of(events.get(0), events.get(1), events.get(2), events.get(3), events.get(5));
    assertThat(resolutionPauses(resolvedWhileWaiting, minutes(60))).extracting(SlaChange::kind, SlaChange::pause, SlaChange::at)
        .containsExactly(tuple(SlaChange.Kind.PAUSED, 1, minutes(10)));
    // a status that is not an active one at that instant is no resume either
    List<TicketEvent> stillWaiting = List.of(events.get(0), events.get(1), events.get(2), events.get(3),
        TicketEvent.statusChanged(minutes(30), TicketStatus.WAITING_FOR_THIRD_PARTY), events.get(5));
    assertThat(resolutionPauses(stillWaiting, minutes(60))).extracting(SlaChange::kind).containsExactly(SlaChange.Kind.PAUSED);
  }

  @Test
  void theTopologyEmitsTheResumeBeforeTheResolutionsMet() throws Exception {
    List<TicketEvent> events = List.of(TicketEvent.created(T, Priority.P1),
        TicketEvent.of(minutes(5), TicketEvent.Type.FIRST_RESPONSE),
        TicketEvent.statusChanged(minutes(10), TicketStatus.WAITING_FOR_CUSTOMER),
        TicketEvent.statusChanged(minutes(30), TicketStatus.IN_PROGRESS),
        TicketEvent.of(minutes(30), TicketEvent.Type.RESOLVED));
    try (Driver d = new Driver(SlaTopologyTest.CONFIG, T, Driver.temp())) {
      for (TicketEvent event : events) {
        d.at(event.at());
        d.send("INC-8", event);
      }
      assertThat(d.changes.readValuesToList()).filteredOn(c -> c.metric() == SlaMetric.RESOLUTION)
          .extracting(SlaChange::kind, SlaChange::pause, SlaChange::at).containsExactly(
              tuple(SlaChange.Kind.PAUSED, 1, minutes(10)),
              tuple(SlaChange.Kind.RESUMED, 1, minutes(30)),
              tuple(SlaChange.Kind.MET, 0, minutes(30)));
    }
  }

  @Test
  void aChangeWithinTheMillisecondAfterTheInstantIsNotCountedYetButIsTheNextChange() {
    Instant created = T.plusNanos(700_000); // a creation 0.7 ms past the minute: the first response is due then, 30 minutes later
    Instant due = created.plus(Duration.ofMinutes(30));
    List<TicketEvent> events = List.of(TicketEvent.created(created, Priority.P1));
    SlaChanges.Settled before = SlaChanges.asOf("INC-1", "berlin", events, SLA, due.minusNanos(200_000));
    assertThat(before.changes()).extracting(SlaChange::kind).doesNotContain(SlaChange.Kind.BREACHED);
    assertThat(before.nextChange()).contains(due);
    SlaChanges.Settled at = SlaChanges.asOf("INC-1", "berlin", events, SLA, due);
    assertThat(at.changes()).extracting(SlaChange::metric, SlaChange::kind, SlaChange::at)
        .contains(tuple(SlaMetric.FIRST_RESPONSE, SlaChange.Kind.BREACHED, due));
    assertThat(at.nextChange()).get().isNotEqualTo(due);
  }
}
