package org.supportmodel.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketHistoryException;
import org.supportmodel.sla.TicketStatus;

class TicketStoryTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void aStoryReadsAsAPersonTellsIt() {
    // created Monday 09:00 Berlin as P2, waiting for customer 2 hours later, resumed next day 10:00,
    // resolved 3 business hours later
    List<TicketEvent> events = TicketStory.of("INC-1", BERLIN)
        .on(LocalDate.of(2026, 3, 30), "09:00").created(Priority.P2)
        .after(Duration.ofHours(2)).waitingForCustomer()
        .nextDay("10:00").resumed()
        .afterBusinessHours(3, Samples.officeHours()).resolved()
        .events();
    assertThat(events).containsExactly(
        TicketEvent.created(Instant.parse("2026-03-30T07:00:00Z"), Priority.P2),
        TicketEvent.statusChanged(Instant.parse("2026-03-30T09:00:00Z"), TicketStatus.WAITING_FOR_CUSTOMER),
        TicketEvent.statusChanged(Instant.parse("2026-03-31T08:00:00Z"), TicketStatus.IN_PROGRESS),
        TicketEvent.of(Instant.parse("2026-03-31T12:00:00Z"), TicketEvent.Type.RESOLVED));
  }

  @Test
  void businessHoursSkipTheBreakTheNightAndTheHolidays() {
    TicketStory story = TicketStory.of("INC-2", BERLIN).on(LocalDate.of(2026, 4, 2), "16:00").created(Priority.P3)
        .afterBusinessHours(2, Samples.officeHours());
    // one hour on Thursday, then Good Friday, the weekend and Easter Monday are closed: Tuesday 09:00
    assertThat(story.now()).isEqualTo(story.instant(LocalDate.of(2026, 4, 7).atTime(9, 0)));
    TicketStory monday = story.next(DayOfWeek.MONDAY, "08:30");
    assertThat(monday.now()).isEqualTo(monday.instant(LocalDate.of(2026, 4, 13).atTime(8, 30)));
  }

  @Test
  void anImpossibleStoryFailsWithTheLibrarysOwnError() {
    TicketStory twice = TicketStory.of("INC-3", BERLIN).on(LocalDate.of(2026, 3, 30), "09:00").created(Priority.P2)
        .after(Duration.ofHours(1)).resolved()
        .after(Duration.ofHours(1)).resolved()
        .after(Duration.ofHours(1)).closed()
        .after(Duration.ofHours(1)).update();
    assertThatThrownBy(twice::events)
        .isInstanceOf(TicketHistoryException.class)
        .hasMessageContaining("INC-3")
        .hasMessageContaining("resolves a ticket that is already resolved")
        .hasMessageContaining("comes after the ticket was closed");
  }

  @Test
  void aStoryWithTheTeamsOwnStatusesIsCheckedAgainstTheTeamsPolicy() {
    TicketStatus researching = new TicketStatus("RESEARCHING");
    TicketStory story = TicketStory.of("INC-8", BERLIN).on(LocalDate.of(2026, 3, 30), "09:00").created(Priority.P2)
        .after(Duration.ofHours(1)).status(researching);
    assertThatThrownBy(story::events).isInstanceOf(TicketHistoryException.class).hasMessageContaining("unknown status 'RESEARCHING'");
    org.supportmodel.sla.SlaPolicy ours = Samples.policy().withActiveStatuses(java.util.Set.of(TicketStatus.OPEN,
        TicketStatus.IN_PROGRESS, researching));
    assertThat(story.events(ours, Samples.calendars())).hasSize(2);
  }

  @Test
  void aStoryGoesForwardAndNeedsATimeFirst() {
    TicketStory started = TicketStory.of("INC-4", BERLIN).on(LocalDate.of(2026, 3, 30), "09:00").created(Priority.P2);
    assertThatThrownBy(() -> started.on(LocalDate.of(2026, 3, 30), "08:00"))
        .hasMessage("story INC-4: 'at 2026-03-30T08:00' goes back from 2026-03-30T09:00 to 2026-03-30T08:00: a story goes forward");
    assertThatThrownBy(() -> TicketStory.of("INC-5", BERLIN).created(Priority.P1))
        .hasMessage("story INC-5: 'created' needs a time first: start with on(date, time) or at(dateTime)");
    assertThatThrownBy(() -> started.after(Duration.ofMinutes(-1)))
        .hasMessage("after: 'PT-1M' must not be negative: a story goes forward");
    assertThatThrownBy(() -> started.nextDay("9 am")).hasMessage("time: '9 am' is not a time of day such as 09:00");
    assertThatThrownBy(() -> TicketStory.of("INC-6", BERLIN).events()).hasMessage("story INC-6: no event told yet");
  }

  @Test
  void aStoryBranchesAndTellsTimesAcrossDaylightSaving() {
    TicketStory created = TicketStory.of("INC-7", BERLIN).on(LocalDate.of(2026, 3, 28), "12:00").created(Priority.P1);
    TicketStory resolved = created.after(Duration.ofHours(24)).resolved();
    TicketStory waiting = created.after(Duration.ofHours(1)).waitingForThirdParty();
    assertThat(created.events()).hasSize(1);
    assertThat(resolved.events()).hasSize(2);
    assertThat(waiting.events()).hasSize(2);
    // 24 hours after Saturday noon is Sunday 13:00 local: the clocks went forward that night
    assertThat(resolved.now()).isEqualTo(resolved.instant(LocalDate.of(2026, 3, 29).atTime(13, 0)));
    assertThat(created.nextDay("02:30").now()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
  }
}
