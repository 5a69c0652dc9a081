package org.supportmodel.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.holidays.PublicHolidays;
import org.supportmodel.sla.AgreementKind;
import org.supportmodel.sla.Attainment;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.BusinessDuration;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.MetricCycle;
import org.supportmodel.sla.PartyAgreement;
import org.supportmodel.sla.PartyEvaluation;
import org.supportmodel.sla.PartyMetric;
import org.supportmodel.sla.PartySla;
import org.supportmodel.sla.PartyTarget;
import org.supportmodel.sla.PriorityChangePolicy;
import org.supportmodel.sla.ReopenPolicy;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.SlaTimeline;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketSla;
import org.supportmodel.sla.TicketStatus;
import org.supportmodel.sla.TimelineSegment;
import org.supportmodel.sla.WorkingDays;

/**
 * Evaluates one ticket's SLA from its history as of an instant, on a Berlin business-hours
 * calendar with Easter holidays and a period-end override, and prints every cycle and the one
 * timer to set. Then computes attainment for the week.
 */
public final class EvaluateSla {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private EvaluateSla() {}

  static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  /**
   * Office hours 08:00-12:00 and 13:00-17:00 on weekdays, Berlin's public holidays of 2026 from
   * the holiday data set (Good Friday and Easter Monday among them), and extended hours on the
   * quarter end.
   *
   * @return the calendar
   */
  public static BusinessCalendar officeHours() {
    BusinessCalendar hours = BusinessCalendar.builder(BERLIN)
        .weekdays("08:00-17:00")
        .breakTime("12:00-13:00")
        .override(LocalDate.of(2026, 3, 31), "07:00-12:00", "13:00-21:00")
        .build();
    return PublicHolidays.of("DE", "be").addTo(hours, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  }

  /**
   * P1 around the clock, the others in office hours; warnings at 50 % and 75 %.
   *
   * @return the policy
   */
  public static SlaPolicy policy() {
    SlaPolicy.Builder builder = SlaPolicy.builder();
    builder
        .target(Priority.P1, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofMinutes(30), "24x7")
        .target(Priority.P1, SlaMetric.RESOLUTION, BusinessDuration.ofHours(4), "24x7")
        .target(Priority.P1, SlaMetric.PERIODIC_UPDATE, BusinessDuration.ofHours(1), "24x7")
        .target(Priority.P2, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofHours(2), "business-hours")
        .target(Priority.P2, SlaMetric.RESOLUTION, BusinessDuration.ofHours(8), "business-hours")
        .target(Priority.P2, SlaMetric.PERIODIC_UPDATE, BusinessDuration.ofHours(4), "business-hours")
        .target(Priority.P3, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofHours(4), "business-hours")
        .target(Priority.P3, SlaMetric.RESOLUTION, WorkingDays.of(3), "business-hours")
        .target(Priority.P3, SlaMetric.PERIODIC_UPDATE, WorkingDays.of(1), "business-hours")
        .target(Priority.P4, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofHours(8), "business-hours")
        .target(Priority.P4, SlaMetric.RESOLUTION, WorkingDays.of(10), "business-hours")
        .target(Priority.P4, SlaMetric.PERIODIC_UPDATE, WorkingDays.of(5), "business-hours")
        .addWarningThresholds(50, 75)
        .usualStatuses()
        .priorityChange(PriorityChangePolicy.KEEP_ELAPSED)
        .reopen(ReopenPolicy.NEW_CYCLE);
    return builder.build();
  }

  /**
   * The calendars the policy names.
   *
   * @return the calendar set
   */
  public static CalendarSet calendars() {
    return CalendarSet.of("business-hours", officeHours(), "24x7", BusinessCalendar.twentyFourSeven(BERLIN));
  }

  /**
   * Prints the evaluation.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Opened Thursday before Easter as a P3, waits for the customer over the holidays, raised to P2.
    List<TicketEvent> history =
        List.of(
            TicketEvent.created(berlin("2026-04-02T15:30"), Priority.P3),
            TicketEvent.of(berlin("2026-04-02T16:10"), TicketEvent.Type.FIRST_RESPONSE),
            TicketEvent.statusChanged(berlin("2026-04-02T16:40"), TicketStatus.WAITING_FOR_CUSTOMER),
            TicketEvent.statusChanged(berlin("2026-04-07T09:15"), TicketStatus.IN_PROGRESS),
            TicketEvent.priorityChanged(berlin("2026-04-07T09:20"), Priority.P2));
    Instant asOf = berlin("2026-04-07T11:00");
    TicketSla sla = SlaEvaluation.evaluate(RequestId.of("INC-2041"), history, policy(), calendars(), asOf);

    System.out.println("SLA of " + sla.requestId() + " as of " + asOf.atZone(BERLIN).toLocalDateTime() + ", priority " + sla.priority());
    for (MetricCycle cycle : sla.cycles()) {
      System.out.println(
          "  " + cycle.metric() + " #" + cycle.cycle() + " (" + cycle.priority() + ", " + cycle.target() + " on " + cycle.calendar()
              + "): " + cycle.state() + ", elapsed " + cycle.elapsed() + ", remaining " + cycle.remaining()
              + cycle.due().map(d -> ", due " + d.atZone(BERLIN).toLocalDateTime()).orElse("")
              + cycle.thresholdsFired().stream().map(t -> ", " + t.percent() + " % at " + t.at().atZone(BERLIN).toLocalDateTime())
                  .reduce("", String::concat));
    }
    System.out.println("  set one timer for: " + sla.nextChange().map(t -> t.atZone(BERLIN).toLocalDateTime().toString()).orElse("none"));

    // Why: the resolution clock's life, stretch by stretch
    SlaTimeline timeline = SlaEvaluation.timeline(RequestId.of("INC-2041"), history, policy(), calendars(), asOf);
    System.out.println("  resolution timeline:");
    for (TimelineSegment segment : timeline.of(SlaMetric.RESOLUTION, 1).orElseThrow().segments()) {
      System.out.println("    " + segment.start().atZone(BERLIN).toLocalDateTime() + " to " + segment.end().atZone(BERLIN).toLocalDateTime()
          + "  " + segment.kind() + ", " + segment.businessTime() + " of business time: " + segment.reason()
          + segment.startedBy().map(e -> " (" + e.type() + ")").orElse(""));
    }

    // Who held it: the helpdesk, then the internal Dynamics 365 team, whose operational-level
    // agreement is to triage within 2 business hours
    List<TicketEvent> assigned = new java.util.ArrayList<>(history);
    assigned.add(TicketEvent.assigned(berlin("2026-04-02T15:30"), "helpdesk"));
    assigned.add(TicketEvent.assigned(berlin("2026-04-07T09:20"), "d365-team"));
    PartyAgreement ola = PartyAgreement.of("d365-team-triage", "d365-team", AgreementKind.OPERATIONAL_LEVEL,
        PartyTarget.forEveryPriority(PartyMetric.HOLD, BusinessDuration.ofHours(2), "business-hours"));
    PartySla parties = PartyEvaluation.evaluate(RequestId.of("INC-2041"), assigned, policy(), List.of(ola), calendars(), asOf);
    for (String party : parties.parties()) {
      System.out.println("  held by " + party + ": " + parties.heldTime(party));
    }
    parties.cycles().forEach(c -> System.out.println("  " + c.party() + " " + c.metric() + " (" + c.agreement() + "): " + c.verdict()
        + ", elapsed " + c.elapsed() + c.due().map(d -> ", due " + d.atZone(BERLIN).toLocalDateTime()).orElse("")));

    Attainment week = Attainment.of(List.of(sla), berlin("2026-04-02T00:00"), berlin("2026-04-09T00:00"));
    System.out.println("P2 first response met in the week: " + week.row(Priority.P2, SlaMetric.FIRST_RESPONSE).met()
        + ", P3 first response met: " + week.row(Priority.P3, SlaMetric.FIRST_RESPONSE).met());
  }
}
