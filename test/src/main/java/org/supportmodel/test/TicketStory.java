package org.supportmodel.test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.BusinessDuration;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.PriorityChangePolicy;
import org.supportmodel.sla.ReopenPolicy;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;

/**
 * A ticket's history told in the order a person tells it, with times in a zone and relative
 * steps: "created Monday 09:00 Berlin as P2, waiting for customer 2 hours later, resumed next day
 * 10:00, resolved 3 business hours later" reads
 *
 * <pre>{@code
 * List<TicketEvent> events = TicketStory.of("INC-1", ZoneId.of("Europe/Berlin"))
 *     .on(LocalDate.of(2026, 3, 30), "09:00").created(Priority.P2)
 *     .after(Duration.ofHours(2)).waitingForCustomer()
 *     .nextDay("10:00").resumed()
 *     .afterBusinessHours(3, officeHours).resolved()
 *     .events();
 * }</pre>
 *
 * <p>A time step ({@code on}, {@code at}, {@code after}, {@code nextDay}, {@code next},
 * {@code afterBusinessHours}) moves the story's clock; an event step records an event at the
 * clock. {@link #events()} checks the history with the library itself, so an invalid story fails
 * with the library's {@link org.supportmodel.sla.TicketHistoryException}, listing every broken
 * rule. A local time that does not exist (a daylight saving gap) is moved forward by the gap, as
 * {@link ZonedDateTime#of(LocalDateTime, ZoneId)} does; an ambiguous one takes the earlier offset.
 *
 * <p>Immutable: every step returns a new story, so a story can branch.
 */
public final class TicketStory {
  /** The policy and calendars the library checks a story's history with: every priority measured, 24x7. */
  private static final SlaPolicy CHECK_POLICY = checkPolicy();

  private final RequestId id;
  private final ZoneId zone;
  private final @Nullable ZonedDateTime clock;
  private final List<TicketEvent> events;

  private TicketStory(RequestId id, ZoneId zone, @Nullable ZonedDateTime clock, List<TicketEvent> events) {
    this.id = id;
    this.zone = zone;
    this.clock = clock;
    this.events = events;
  }

  private static SlaPolicy checkPolicy() {
    SlaPolicy.Builder builder = SlaPolicy.builder();
    for (Priority priority : Priority.values()) {
      builder.target(priority, SlaMetric.RESOLUTION, BusinessDuration.ofHours(1), "24x7");
    }
    return builder.usualStatuses().priorityChange(PriorityChangePolicy.KEEP_ELAPSED).reopen(ReopenPolicy.NEW_CYCLE).build();
  }

  /**
   * Starts a story.
   *
   * @param id the request's id, such as {@code "INC-1"}
   * @param zone the zone its times are told in
   * @return the empty story, never null
   */
  public static TicketStory of(String id, ZoneId zone) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(zone, "zone");
    return new TicketStory(RequestId.of(id), zone, null, List.of());
  }

  /**
   * The request's id.
   *
   * @return the id, never null
   */
  public RequestId id() {
    return id;
  }

  /**
   * The zone the story's times are told in.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  // ---- time steps ---------------------------------------------------------------------------

  /**
   * Moves the clock to a date and a time of day, such as {@code on(date, "09:00")}.
   *
   * @param date the date
   * @param time the time of day, {@code HH:mm}
   * @return the story at that time, never null
   */
  public TicketStory on(LocalDate date, String time) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    return at(date.atTime(parse(time)));
  }

  /**
   * Moves the clock to a local date and time in the story's zone.
   *
   * @param dateTime the date and time
   * @return the story at that time, never null
   * @throws IllegalArgumentException if it is before the clock: a story goes forward
   */
  public TicketStory at(LocalDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return moveTo(ZonedDateTime.of(dateTime, zone), "at " + dateTime);
  }

  /**
   * Moves the clock forward by wall-clock time.
   *
   * @param duration how long, not negative
   * @return the story later, never null
   */
  public TicketStory after(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("after: '" + duration + "' must not be negative: a story goes forward");
    }
    return moveTo(started("after").plus(duration), "after " + duration);
  }

  /**
   * Moves the clock to the next day at a time of day.
   *
   * @param time the time of day, {@code HH:mm}
   * @return the story the next day, never null
   */
  public TicketStory nextDay(String time) {
    Objects.requireNonNull(time, "time");
    LocalDate tomorrow = started("nextDay").toLocalDate().plusDays(1);
    return at(tomorrow.atTime(parse(time)));
  }

  /**
   * Moves the clock to the next given weekday (a week later if it is that day now) at a time.
   *
   * @param day the weekday
   * @param time the time of day, {@code HH:mm}
   * @return the story then, never null
   */
  public TicketStory next(DayOfWeek day, String time) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(time, "time");
    LocalDate date = started("next").toLocalDate().with(TemporalAdjusters.next(day));
    return at(date.atTime(parse(time)));
  }

  /**
   * Moves the clock forward by business hours on a calendar, as the SLA engine counts them.
   *
   * @param hours how many business hours, at least 0
   * @param calendar the calendar
   * @return the story later, never null
   */
  public TicketStory afterBusinessHours(long hours, BusinessCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    if (hours < 0) {
      throw new IllegalArgumentException("afterBusinessHours: '" + hours + "' must not be negative: a story goes forward");
    }
    Instant later = calendar.plus(started("afterBusinessHours").toInstant(), BusinessDuration.ofHours(hours));
    return moveTo(later.atZone(zone), "after " + hours + " business hours");
  }

  // ---- event steps --------------------------------------------------------------------------

  /**
   * The request is created with a priority, open.
   *
   * @param priority the priority
   * @return the story with the event, never null
   */
  public TicketStory created(Priority priority) {
    Objects.requireNonNull(priority, "priority");
    return with(TicketEvent.created(now("created"), priority));
  }

  /**
   * The first response is given.
   *
   * @return the story with the event, never null
   */
  public TicketStory firstResponse() {
    return with(TicketEvent.of(now("firstResponse"), TicketEvent.Type.FIRST_RESPONSE));
  }

  /**
   * An update is sent to the requester.
   *
   * @return the story with the event, never null
   */
  public TicketStory update() {
    return with(TicketEvent.of(now("update"), TicketEvent.Type.UPDATE));
  }

  /**
   * The request waits for the customer.
   *
   * @return the story with the event, never null
   */
  public TicketStory waitingForCustomer() {
    return status(TicketStatus.WAITING_FOR_CUSTOMER);
  }

  /**
   * The request waits for a third party, such as Microsoft or an ISV.
   *
   * @return the story with the event, never null
   */
  public TicketStory waitingForThirdParty() {
    return status(TicketStatus.WAITING_FOR_THIRD_PARTY);
  }

  /**
   * Work resumes: the request is in progress.
   *
   * @return the story with the event, never null
   */
  public TicketStory resumed() {
    return status(TicketStatus.IN_PROGRESS);
  }

  /**
   * The request's status changes.
   *
   * @param status the new status
   * @return the story with the event, never null
   */
  public TicketStory status(TicketStatus status) {
    Objects.requireNonNull(status, "status");
    return with(TicketEvent.statusChanged(now("status"), status));
  }

  /**
   * The request's priority changes.
   *
   * @param priority the new priority
   * @return the story with the event, never null
   */
  public TicketStory priority(Priority priority) {
    Objects.requireNonNull(priority, "priority");
    return with(TicketEvent.priorityChanged(now("priority"), priority));
  }

  /**
   * A party takes the request.
   *
   * @param party the party, as per-party agreements name it
   * @return the story with the event, never null
   */
  public TicketStory assignedTo(String party) {
    Objects.requireNonNull(party, "party");
    return with(TicketEvent.assigned(now("assignedTo"), party));
  }

  /**
   * The customer replies.
   *
   * @return the story with the event, never null
   */
  public TicketStory customerReplied() {
    return with(TicketEvent.of(now("customerReplied"), TicketEvent.Type.CUSTOMER_REPLY));
  }

  /**
   * The request is resolved.
   *
   * @return the story with the event, never null
   */
  public TicketStory resolved() {
    return with(TicketEvent.of(now("resolved"), TicketEvent.Type.RESOLVED));
  }

  /**
   * The request is reopened.
   *
   * @return the story with the event, never null
   */
  public TicketStory reopened() {
    return with(TicketEvent.of(now("reopened"), TicketEvent.Type.REOPENED));
  }

  /**
   * The request is closed.
   *
   * @return the story with the event, never null
   */
  public TicketStory closed() {
    return with(TicketEvent.of(now("closed"), TicketEvent.Type.CLOSED));
  }

  // ---- the result ---------------------------------------------------------------------------

  /**
   * The story's clock: the instant of the last step.
   *
   * @return the instant, never null
   * @throws IllegalStateException if the story has no time yet
   */
  public Instant now() {
    return started("now").toInstant();
  }

  /**
   * The story's clock, shifted by wall-clock time: handy for "as of 2 hours after".
   *
   * @param duration how long after the clock
   * @return the instant, never null
   */
  public Instant nowPlus(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return now().plus(duration);
  }

  /**
   * A local date and time in the story's zone as an instant.
   *
   * @param dateTime the date and time
   * @return the instant, never null
   */
  public Instant instant(LocalDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return ZonedDateTime.of(dateTime, zone).toInstant();
  }

  /**
   * The history, checked by the library.
   *
   * @return the events in the order told, never null
   * @throws org.supportmodel.sla.TicketHistoryException if the library refuses the history,
   *     listing every broken rule
   */
  public List<TicketEvent> events() {
    return events(CHECK_POLICY, CalendarSet.of("24x7", BusinessCalendar.twentyFourSeven(zone)));
  }

  /**
   * The history, checked by the library against a policy of one's own: a story that uses the
   * policy's own statuses (such as {@code "RESEARCHING"}) is checked against them.
   *
   * @param policy the policy
   * @param calendars the calendars the policy names
   * @return the events in the order told, never null
   * @throws org.supportmodel.sla.TicketHistoryException if the library refuses the history,
   *     listing every broken rule
   */
  public List<TicketEvent> events(SlaPolicy policy, CalendarSet calendars) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(calendars, "calendars");
    if (events.isEmpty()) {
      throw new IllegalStateException("story " + id + ": no event told yet");
    }
    SlaEvaluation.evaluate(id, events, policy, calendars, events.get(events.size() - 1).at());
    return events;
  }

  private TicketStory with(TicketEvent event) {
    List<TicketEvent> more = new ArrayList<>(events.size() + 1);
    more.addAll(events);
    more.add(event);
    return new TicketStory(id, zone, clock, List.copyOf(more));
  }

  private TicketStory moveTo(ZonedDateTime to, String step) {
    if (clock != null && to.isBefore(clock)) {
      throw new IllegalArgumentException("story " + id + ": '" + step + "' goes back from " + clock.toLocalDateTime() + " to "
          + to.toLocalDateTime() + ": a story goes forward");
    }
    return new TicketStory(id, zone, to, events);
  }

  private ZonedDateTime started(String step) {
    if (clock == null) {
      throw new IllegalStateException("story " + id + ": '" + step + "' needs a time first: start with on(date, time) or at(dateTime)");
    }
    return clock;
  }

  private Instant now(String step) {
    return started(step).toInstant();
  }

  private static LocalTime parse(String time) {
    try {
      return LocalTime.parse(time);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("time: '" + time + "' is not a time of day such as 09:00", e);
    }
  }

  @Override
  public String toString() {
    return "TicketStory[" + id + ", " + zone + ", " + events.size() + " events]";
  }
}
