package org.supportmodel.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestKind;
import org.supportmodel.core.RequestId;
import org.supportmodel.sla.AgreementKind;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.BusinessDuration;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.ConditionalPolicy;
import org.supportmodel.sla.PartyAgreement;
import org.supportmodel.sla.PartyEvaluation;
import org.supportmodel.sla.PartyMetric;
import org.supportmodel.sla.PartySla;
import org.supportmodel.sla.PartyTarget;
import org.supportmodel.sla.PolicyCondition;
import org.supportmodel.sla.PriorityChangePolicy;
import org.supportmodel.sla.ReopenPolicy;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.SlaPolicies;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.SlaSubject;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketSla;
import org.supportmodel.sla.TicketStatus;
import org.supportmodel.sla.WorkingDays;

/**
 * Business-calendar arithmetic and one ticket's SLA evaluation.
 *
 * <p>The calendar is Berlin office hours (08:00-12:00 and 13:00-17:00, Monday to Friday) with 15
 * holidays a year for 2026 to 2029 and a period-end override each quarter. Every span starts on
 * 2026-03-25, so it crosses the spring-forward change on 2026-03-29; the one-year spans also cross
 * the fall-back change and the year end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SlaBenchmark {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private BusinessCalendar calendar;
  private BusinessCalendar union;
  private BusinessCalendar followTheSun;
  private Instant start;
  private BusinessDuration fourHours;
  private BusinessDuration fiveDays;
  private BusinessDuration oneYear;
  private WorkingDays fiveWorkingDays;
  private WorkingDays oneYearOfWorkingDays;
  private Instant fourHoursLater;
  private Instant fiveDaysLater;
  private Instant oneYearLater;
  private List<TicketEvent> twentyEvents;
  private SlaPolicy policy;
  private CalendarSet calendars;
  private Instant asOf;
  private RequestId id;
  private List<TicketEvent> twentyEventsWithAssignments;
  private SlaPolicies conditionalPolicies;
  private SlaSubject subject;
  private List<PartyAgreement> agreements;

  /** Berlin office hours with 15 holidays a year and quarter-end extended hours. */
  static BusinessCalendar officeHours() {
    BusinessCalendar.Builder builder = BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").breakTime("12:00-13:00");
    int[][] holidays = {
      {1, 1}, {1, 6}, {3, 8}, {4, 3}, {4, 6}, {5, 1}, {5, 14}, {5, 25}, {6, 4},
      {8, 15}, {10, 3}, {11, 1}, {12, 24}, {12, 25}, {12, 26}
    };
    for (int year = 2026; year <= 2029; year++) {
      for (int[] day : holidays) {
        builder.holiday(LocalDate.of(year, day[0], day[1]));
      }
      for (int month = 3; month <= 12; month += 3) {
        LocalDate quarterEnd = LocalDate.of(year, month, 1).withDayOfMonth(LocalDate.of(year, month, 1).lengthOfMonth());
        builder.override(quarterEnd, "07:00-12:00", "13:00-21:00");
      }
    }
    return builder.build();
  }

  /** P1 on 24x7, the others on office hours, with warnings at 50 % and 75 %. */
  static SlaPolicy policy() {
    SlaPolicy.Builder builder = SlaPolicy.builder();
    for (Priority priority : Priority.values()) {
      String calendar = priority == Priority.P1 ? "24x7" : "business-hours";
      int scale = priority.ordinal() + 1;
      builder
          .target(priority, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofHours(scale), calendar)
          .target(priority, SlaMetric.RESOLUTION, BusinessDuration.ofHours(4L * scale * scale), calendar)
          .target(priority, SlaMetric.PERIODIC_UPDATE, BusinessDuration.ofHours(2L * scale), calendar);
    }
    return builder
        .addWarningThresholds(50, 75)
        .usualStatuses()
        .priorityChange(PriorityChangePolicy.KEEP_ELAPSED)
        .reopen(ReopenPolicy.NEW_CYCLE)
        .build();
  }

  static CalendarSet calendars(BusinessCalendar officeHours) {
    return CalendarSet.of("business-hours", officeHours, "24x7", BusinessCalendar.twentyFourSeven(BERLIN));
  }

  static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  /**
   * A P3 ticket with 20 events: responses, updates, waits for the customer and a third party, a
   * priority change, a resolution, a reopen and a close, over two weeks.
   */
  static List<TicketEvent> twentyEvents(Instant created, Duration step) {
    List<TicketEvent> events = new ArrayList<>(20);
    events.add(TicketEvent.created(created, Priority.P3));
    TicketEvent.Type[] types = {
      TicketEvent.Type.FIRST_RESPONSE, null, null, TicketEvent.Type.UPDATE, null, null, TicketEvent.Type.UPDATE,
      null, TicketEvent.Type.UPDATE, TicketEvent.Type.RESOLVED, TicketEvent.Type.REOPENED, null,
      TicketEvent.Type.UPDATE, null, null, TicketEvent.Type.UPDATE, TicketEvent.Type.RESOLVED, TicketEvent.Type.CLOSED
    };
    TicketStatus[] statuses = {
      TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CUSTOMER, TicketStatus.IN_PROGRESS,
      TicketStatus.WAITING_FOR_THIRD_PARTY, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CUSTOMER,
      TicketStatus.IN_PROGRESS
    };
    int status = 0;
    Instant at = created;
    for (TicketEvent.Type type : types) {
      at = at.plus(step);
      if (type == null) {
        events.add(TicketEvent.statusChanged(at, statuses[status++ % statuses.length]));
      } else {
        events.add(TicketEvent.of(at, type));
      }
    }
    events.add(5, TicketEvent.priorityChanged(created.plus(step.multipliedBy(5)).plusSeconds(1), Priority.P2));
    return List.copyOf(events);
  }

  /** Builds the calendar, the spans and the 20-event ticket. */
  @Setup
  public void setUp() {
    calendar = officeHours();
    union = calendar.union(BusinessCalendar.builder(BERLIN).weekdays("16:00-22:00").open(java.time.DayOfWeek.SATURDAY, "09:00-13:00").build());
    followTheSun = calendar.union(BusinessCalendar.builder(ZoneId.of("America/New_York")).weekdays("08:00-17:00").build());
    start = berlin("2026-03-25T10:17");
    fourHours = BusinessDuration.ofHours(4);
    fiveDays = BusinessDuration.ofHours(40);
    oneYear = BusinessDuration.ofHours(2000);
    fiveWorkingDays = WorkingDays.of(5);
    oneYearOfWorkingDays = WorkingDays.of(250);
    fourHoursLater = calendar.plus(start, fourHours);
    fiveDaysLater = calendar.plus(start, fiveDays);
    oneYearLater = calendar.plus(start, oneYear);
    policy = policy();
    calendars = calendars(calendar);
    twentyEvents = twentyEvents(start, Duration.ofMinutes(317));
    asOf = berlin("2026-04-15T12:00");
    id = RequestId.of("INC-20");
    List<TicketEvent> assigned = new ArrayList<>(twentyEvents);
    assigned.remove(3);
    assigned.remove(2);
    assigned.add(TicketEvent.assigned(start.plusSeconds(60), "helpdesk"));
    assigned.add(TicketEvent.assigned(start.plus(Duration.ofMinutes(317 * 3)).plusSeconds(60), "d365-team"));
    twentyEventsWithAssignments = List.copyOf(assigned);
    // a first policy that does not match (gold contracts), a second that does (critical processes)
    SlaPolicy gold = policy.withVersion("gold");
    conditionalPolicies = SlaPolicies.of(
        ConditionalPolicy.of("gold", PolicyCondition.contract("gold").and(PolicyCondition.kind(RequestKind.INCIDENT)), gold),
        ConditionalPolicy.of("critical", PolicyCondition.processAtLeast(Criticality.HIGH), policy));
    subject = SlaSubject.builder().kind(RequestKind.INCIDENT).priority(Priority.P3).contract("silver")
        .process(BusinessProcess.of("order-to-cash", "Order to cash", Criticality.CRITICAL)).build();
    agreements = List.of(PartyAgreement.of("d365-team-ola", "d365-team", AgreementKind.OPERATIONAL_LEVEL,
        PartyTarget.forEveryPriority(PartyMetric.HOLD, BusinessDuration.ofHours(4), "business-hours")));
    if (twentyEventsWithAssignments.size() != 20 || twentyEvents.size() != 20) {
      throw new IllegalStateException("the ticket has " + twentyEvents.size() + " events, not 20");
    }
  }

  /** The due instant of a 4-hour target on the union of two calendars in one zone. */
  @Benchmark
  public Instant plusFourHoursOnAUnion() {
    return union.plus(start, fourHours);
  }

  /** The due instant of a 4-hour target on Berlin and New York office hours combined. */
  @Benchmark
  public Instant plusFourHoursFollowTheSun() {
    return followTheSun.plus(start, fourHours);
  }

  /** The due instant of a year of business hours on the union. */
  @Benchmark
  public Instant plusOneYearOnAUnion() {
    return union.plus(start, oneYear);
  }

  /** A year of business time on Berlin and New York office hours combined. */
  @Benchmark
  public Duration elapsedOneYearFollowTheSun() {
    return followTheSun.elapsed(start, oneYearLater);
  }

  /** The open periods of a week, collected. */
  @Benchmark
  public long openPeriodsOfAWeek() {
    return calendar.openPeriods(start, start.plus(Duration.ofDays(7))).count();
  }

  /** The due instant of a 4-hour target. */
  @Benchmark
  public Instant plusFourHours() {
    return calendar.plus(start, fourHours);
  }

  /** The due instant of a 40-hour (5-day) target. */
  @Benchmark
  public Instant plusFiveDays() {
    return calendar.plus(start, fiveDays);
  }

  /** The due instant of a 2,000-hour (1-year) target. */
  @Benchmark
  public Instant plusOneYear() {
    return calendar.plus(start, oneYear);
  }

  /** The due instant of a 5-working-day target. */
  @Benchmark
  public Instant plusFiveWorkingDays() {
    return calendar.plusWorkingDaysToClose(start, fiveWorkingDays);
  }

  /** The due instant of a 250-working-day (1-year) target. */
  @Benchmark
  public Instant plusOneYearOfWorkingDays() {
    return calendar.plusWorkingDaysToClose(start, oneYearOfWorkingDays);
  }

  /** The start instant of a 2,000-hour target due at the end of the span. */
  @Benchmark
  public Instant minusOneYear() {
    return calendar.minus(oneYearLater, oneYear);
  }

  /** Business time elapsed over 4 business hours. */
  @Benchmark
  public Duration elapsedFourHours() {
    return calendar.elapsed(start, fourHoursLater);
  }

  /** Business time elapsed over 5 business days. */
  @Benchmark
  public Duration elapsedFiveDays() {
    return calendar.elapsed(start, fiveDaysLater);
  }

  /** Business time elapsed over one business year. */
  @Benchmark
  public Duration elapsedOneYear() {
    return calendar.elapsed(start, oneYearLater);
  }

  /** Whether the calendar is open at an instant. */
  @Benchmark
  public boolean isOpen() {
    return calendar.isOpen(fiveDaysLater);
  }

  /**
   * The same with the policy chosen from two conditional policies (the first does not match) and a
   * per-party agreement: 20 events, two of them assignments (issue 13: at most 5 µs).
   */
  @Benchmark
  public PartySla evaluateTwentyEventsWithPartiesAndConditionalPolicies() {
    SlaPolicy chosen = conditionalPolicies.select(subject).policy();
    return PartyEvaluation.evaluate(id, twentyEventsWithAssignments, chosen, agreements, calendars, asOf);
  }

  /** Evaluating a ticket with 20 events: every cycle, threshold and the next change. */
  @Benchmark
  public TicketSla evaluateTwentyEvents() {
    return SlaEvaluation.evaluate(id, twentyEvents, policy, calendars, asOf);
  }
}
