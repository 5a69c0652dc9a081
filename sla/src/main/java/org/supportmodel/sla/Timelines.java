package org.supportmodel.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the phases of a cycle's clock into timeline segments: a running phase is cut where its
 * calendar opens and closes, and each piece is told apart by its local date (a holiday, an
 * override, regular hours). Package-private; {@link SlaEvaluation#timeline} uses it.
 */
final class Timelines {
  private Timelines() {}

  static List<TimelineSegment> segments(List<SlaEvaluation.Phase> phases) {
    Segments segments = new Segments();
    for (SlaEvaluation.Phase phase : phases) {
      if (phase.to <= phase.from) {
        continue;
      }
      Instant from = BusinessCalendar.instant(phase.from);
      Instant to = BusinessCalendar.instant(phase.to);
      @Nullable TicketEvent event = phase.startedBy;
      if (phase.resolved) {
        segments.add(from, to, TimelineSegment.Kind.RESOLVED, Duration.ZERO, null, null, "resolved: no clock until the reopen");
      } else if (!phase.running) {
        TicketStatus status = phase.pausedBy;
        segments.add(from, to, TimelineSegment.Kind.PAUSED, phase.calendar.elapsed(from, to), status, event,
            status == null ? "paused" : "paused by " + status);
      } else {
        running(segments, phase, from, to, event);
      }
    }
    return segments.list;
  }

  /** A running phase: open periods run the clock, the gaps between them wait for the calendar. */
  private static void running(Segments segments, SlaEvaluation.Phase phase, Instant from, Instant to, @Nullable TicketEvent event) {
    Instant cursor = from;
    @Nullable TicketEvent startedBy = event;
    Iterator<OpenPeriod> periods = phase.calendar.openPeriods(from, to).iterator();
    while (periods.hasNext()) {
      OpenPeriod period = periods.next();
      if (period.start().isAfter(cursor)) {
        byDate(segments, phase, cursor, period.start(), false, startedBy);
        startedBy = null;
      }
      byDate(segments, phase, period.start(), period.end(), true, startedBy);
      startedBy = null;
      cursor = period.end();
    }
    if (cursor.isBefore(to)) {
      byDate(segments, phase, cursor, to, false, startedBy);
    }
  }

  /** Cuts an open or closed stretch at local midnights and classifies each day's piece. */
  private static void byDate(Segments segments, SlaEvaluation.Phase phase, Instant from, Instant to, boolean open, @Nullable TicketEvent event) {
    BusinessCalendar calendar = phase.calendar;
    ZoneId zone = calendar.zone();
    Instant cursor = from;
    @Nullable TicketEvent startedBy = event;
    while (cursor.isBefore(to)) {
      LocalDate date = LocalDate.ofInstant(cursor, zone);
      Instant midnight = date.plusDays(1).atStartOfDay(zone).toInstant();
      Instant end = midnight.isBefore(to) ? midnight : to;
      boolean override = calendar.overrides().containsKey(date);
      String name = phase.calendarName;
      if (open) {
        segments.add(cursor, end, override ? TimelineSegment.Kind.OVERRIDE : TimelineSegment.Kind.RUNNING, Duration.between(cursor, end), null,
            startedBy, override ? "the clock runs in the override hours of " + date + " on " + name : "the clock runs on " + name);
      } else if (calendar.holidays().contains(date)) {
        segments.add(cursor, end, TimelineSegment.Kind.HOLIDAY, Duration.ZERO, null, startedBy, "holiday " + date + " on " + name);
      } else {
        segments.add(cursor, end, TimelineSegment.Kind.OUTSIDE_HOURS, Duration.ZERO, null, startedBy,
            override ? "outside the override hours of " + date + " on " + name : "outside the service hours of " + name);
      }
      startedBy = null;
      cursor = end;
    }
  }

  /** The segments so far; a piece like the last one and adjacent to it extends it. */
  private static final class Segments {
    final List<TimelineSegment> list = new ArrayList<>();

    void add(Instant from, Instant to, TimelineSegment.Kind kind, Duration businessTime, @Nullable TicketStatus pausedBy,
        @Nullable TicketEvent startedBy, String reason) {
      if (!list.isEmpty() && startedBy == null) {
        TimelineSegment last = list.get(list.size() - 1);
        if (last.end().equals(from) && last.kind() == kind && last.reason().equals(reason)) {
          list.set(list.size() - 1,
              new TimelineSegment(last.start(), to, kind, last.businessTime().plus(businessTime), last.pausedBy(), last.startedBy(), reason));
          return;
        }
      }
      list.add(new TimelineSegment(from, to, kind, businessTime, Optional.ofNullable(pausedBy), Optional.ofNullable(startedBy), reason));
    }
  }
}
