package org.supportmodel.examples;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.supportmodel.connectors.ExportMapping;
import org.supportmodel.connectors.ImportResult;
import org.supportmodel.connectors.ImportedTicket;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.SlaOutcome;
import org.supportmodel.holidays.PublicHolidays;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.hypercare.HypercareEvaluation;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.RequestRecord;
import org.supportmodel.hypercare.WeekFigures;
import org.supportmodel.routing.AuthorityDirectory;
import org.supportmodel.routing.Reassignments;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketSla;
import org.supportmodel.sla.history.Assignment;

/**
 * The go-live simulation on a real helpdesk export (ServiceNow, Dynamics 365): the SLA resolution
 * targets on office hours in the export's zone, the weekly figures and hypercare assessments over
 * a window from the go-live date, and where each ticket ended up through the authority directory.
 * The window defaults from the data; tickets created outside it are counted and named in a note,
 * never silently dropped.
 */
final class ExportSimulation {
  /** The longest window: a year of weeks. */
  static final int MAX_WEEKS = 52;

  private ExportSimulation() {}

  /**
   * How to run.
   *
   * @param name the export's name, for the reports
   * @param mapping the export's mapping, for its statuses
   * @param zone the zone of the office hours and the hypercare weeks
   * @param holidays the public holidays of the office hours, if any
   * @param goLive the go-live date; empty: the Monday on or before the first ticket
   * @param weeks the weeks of the window; empty: up to the last ticket
   * @param directory the assignment groups mapped to authorities, if any
   */
  record Options(
      String name, ExportMapping mapping, ZoneId zone, Optional<PublicHolidays> holidays, Optional<LocalDate> goLive, Optional<Integer> weeks,
      Optional<AuthorityDirectory> directory) {}

  /** There is nothing to evaluate: no ticket can be, or none falls in the window. */
  static final class NothingToEvaluate extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NothingToEvaluate(String message) {
      super(message);
    }
  }

  static CalendarSet calendars(ZoneId zone, Optional<PublicHolidays> holidays, LocalDate from, LocalDate to) {
    BusinessCalendar hours = BusinessCalendar.builder(zone).weekdays("08:00-17:00").breakTime("12:00-13:00").build();
    BusinessCalendar withHolidays = holidays.map(h -> h.addTo(hours, from.withDayOfYear(1), to.withDayOfYear(to.lengthOfYear()))).orElse(hours);
    return CalendarSet.of("business-hours", withHolidays, "24x7", BusinessCalendar.twentyFourSeven(zone));
  }

  static GoLiveSimulation.Result run(ImportResult data, Options options) {
    ZoneId zone = options.zone();
    List<ImportedTicket> tickets = new ArrayList<>();
    for (ImportedTicket ticket : data.tickets()) {
      if (ticket.evaluable()) {
        tickets.add(ticket);
      }
    }
    if (tickets.isEmpty()) {
      throw new NothingToEvaluate(data.summary().source() + ": no ticket can be evaluated (" + data.summary().line() + ")");
    }
    LocalDate first = LocalDate.MAX;
    LocalDate last = LocalDate.MIN;
    for (ImportedTicket ticket : tickets) {
      LocalDate day = created(ticket).atZone(zone).toLocalDate();
      first = day.isBefore(first) ? day : first;
      last = day.isAfter(last) ? day : last;
    }
    List<String> notes = new ArrayList<>();
    LocalDate goLive = options.goLive().orElse(first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    int weeks = options.weeks().orElse((int) Math.max(1, (ChronoUnit.DAYS.between(goLive, last) + 7) / 7));
    if (weeks > MAX_WEEKS) {
      notes.add("the data runs " + weeks + " weeks from the go-live; the window is cut to " + MAX_WEEKS + " weeks (set --weeks)");
      weeks = MAX_WEEKS;
    }
    LocalDate end = goLive.plusWeeks(weeks);
    List<ImportedTicket> inWindow = new ArrayList<>();
    int before = 0;
    int after = 0;
    for (ImportedTicket ticket : tickets) {
      LocalDate day = created(ticket).atZone(zone).toLocalDate();
      if (day.isBefore(goLive)) {
        before++;
      } else if (!day.isBefore(end)) {
        after++;
      } else {
        inWindow.add(ticket);
      }
    }
    String window = goLive + " to " + end.minusDays(1);
    if (inWindow.isEmpty()) {
      throw new NothingToEvaluate(data.summary().source() + ": no ticket was created in the window " + window + "; the tickets were created from "
          + first + " to " + last + " (set --go-live and --weeks)");
    }
    if (before + after > 0) {
      notes.add(String.format(Locale.ROOT, "%,d of %,d tickets were created outside the window %s (%,d before, %,d after) and are not in the "
          + "figures; set --go-live and --weeks to cover them", before + after, tickets.size(), window, before, after));
    }
    if (data.summary().evaluable() < data.summary().tickets()) {
      notes.add(String.format(Locale.ROOT, "%,d tickets cannot be evaluated, each for the reason in the repair log",
          data.summary().tickets() - data.summary().evaluable()));
    }
    data.summary().unmapped().forEach((column, labels) -> notes.add("column " + column + " has values the mapping does not know: " + labels));

    CalendarSet calendars = calendars(zone, options.holidays(), goLive, end);
    SlaPolicy policy = ExportSlaPolicy.of(options.mapping());
    Instant asOf = end.atStartOfDay(zone).toInstant();
    List<RequestRecord> records = new ArrayList<>(inWindow.size());
    Map<AuthorityKind, Integer> finals = new EnumMap<>(AuthorityKind.class);
    Map<String, String> unknown = new TreeMap<>();
    Map<String, Integer> unmappedGroups = new LinkedHashMap<>();
    int changes = 0;
    int bounced = 0;
    String bounceExample = "";
    for (ImportedTicket ticket : inWindow) {
      TicketSla sla = SlaEvaluation.evaluate(ticket.id(), ticket.events(), policy, calendars, asOf);
      List<SlaOutcome> outcomes = sla.outcomes(calendars);
      Priority priority = ticket.events().get(0).priority().orElseThrow();
      RequestRecord record = RequestRecord.opened(ticket.id().value(), priority, created(ticket));
      boolean resolved = false;
      for (TicketEvent event : ticket.events()) {
        boolean resolves = event.type() == TicketEvent.Type.RESOLVED || event.type() == TicketEvent.Type.CLOSED;
        if (resolves && !resolved) {
          Optional<AuthorityKind> by = groupAt(ticket, event.at()).flatMap(g -> options.directory().flatMap(d -> d.find(g)))
              .map(hop -> hop.authority().kind());
          record = by.isPresent() ? record.resolvedAt(event.at(), by.get()) : record.resolvedAt(event.at());
          resolved = true;
        } else if (event.type() == TicketEvent.Type.REOPENED && resolved) {
          record = record.reopenedAt(event.at());
          resolved = false;
        }
      }
      records.add(record.withSla(outcomes.toArray(new SlaOutcome[0])));
      if (options.directory().isEmpty()) {
        unknown.put(ticket.id().value(), "no authority directory given (--directory)");
        continue;
      }
      AuthorityDirectory.DirectoryPath path = options.directory().get().path(ticket.groups());
      if (!path.complete()) {
        unknown.put(ticket.id().value(), "assignment group '" + path.unmapped().get(0) + "' is not in the authority directory");
        path.unmapped().forEach(g -> unmappedGroups.merge(g, 1, Integer::sum));
      } else if (!path.hops().isEmpty()) {
        finals.merge(path.hops().get(path.hops().size() - 1).authority().kind(), 1, Integer::sum);
        Reassignments reassignments = path.reassignments().orElseThrow();
        changes += reassignments.count();
        if (reassignments.bounced()) {
          bounced++;
          if (bounceExample.isEmpty()) {
            bounceExample = ticket.id() + ": " + String.join(" → ", ticket.groups());
          }
        }
      } else {
        unknown.put(ticket.id().value(), "the export gives no assignment group");
      }
    }
    if (options.directory().isPresent()) {
      notes.add(String.format(Locale.ROOT, "reassignments from the authority directory: %,d changes of hands; %,d tickets bounced back to a group "
          + "they had left%s", changes, bounced, bounceExample.isEmpty() ? "" : ", such as " + bounceExample));
      if (!unmappedGroups.isEmpty()) {
        notes.add("assignment groups not in the authority directory, with their tickets (not guessed): " + unmappedGroups);
      }
    } else {
      notes.add("no authority directory given: where tickets ended up is not known (give --directory groups.csv)");
    }

    String name = options.name() + " - first " + weeks + " weeks after go-live";
    HypercarePlan plan = HypercarePlan.builder().name(name).zone(zone).goLive(goLive).plannedEnd(end).defaultCriteria().build();
    Map<Integer, ExitAssessment> assessments = new TreeMap<>();
    for (int week : weeks >= 2 ? new int[] {weeks / 2, weeks} : new int[] {weeks}) {
      assessments.put(week, HypercareEvaluation.assess(plan, records, List.of(), end(goLive, week, zone)));
    }
    List<WeekFigures> figures = Objects.requireNonNull(assessments.get(weeks), "the last assessment").weeks();
    return new GoLiveSimulation.Result(name, data.summary().line(), Optional.empty(), finals, unknown, figures, assessments, notes);
  }

  private static Instant end(LocalDate goLive, int week, ZoneId zone) {
    return goLive.plusWeeks(week).atStartOfDay(zone).toInstant();
  }

  private static Instant created(ImportedTicket ticket) {
    return ticket.created().orElseThrow();
  }

  /** The group that held the ticket at an instant: the last assignment at or before it. */
  private static Optional<String> groupAt(ImportedTicket ticket, Instant at) {
    String group = null;
    for (Assignment assignment : ticket.assignments()) {
      if (assignment.at().isAfter(at)) {
        break;
      }
      group = assignment.group();
    }
    return Optional.ofNullable(group);
  }
}
