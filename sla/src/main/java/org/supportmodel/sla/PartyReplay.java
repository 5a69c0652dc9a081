package org.supportmodel.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.Priority;

/**
 * The per-party side of a replay: who holds the ticket, and each party's clocks. {@link
 * SlaEvaluation}'s replay calls it for each event it applies, in order. Package-private; mutable,
 * one per evaluation.
 */
final class PartyReplay {
  private static final long NONE = Long.MIN_VALUE;

  private final List<PartyAgreement> agreements;
  private final CalendarSet calendars;
  private final List<Holding> holdings = new ArrayList<>(4);
  private final List<Clock> clocks = new ArrayList<>(4);
  private final Map<String, Integer> holdingCounts = new HashMap<>(4);
  private @Nullable String holder;
  private long holdingStart = NONE;
  private int holdingNumber;

  /** One party target's clock for one holding. */
  private static final class Clock {
    final PartyAgreement agreement;
    final PartyTarget target;
    final BusinessCalendar calendar;
    final int holding;
    final long start;
    final long targetNanos;
    long elapsed;
    long runningSince = NONE;
    long breachedAt = NONE;
    long end = NONE;

    Clock(PartyAgreement agreement, PartyTarget target, BusinessCalendar calendar, int holding, long start, long targetNanos) {
      this.agreement = agreement;
      this.target = target;
      this.calendar = calendar;
      this.holding = holding;
      this.start = start;
      this.targetNanos = targetNanos;
    }
  }

  PartyReplay(List<PartyAgreement> agreements, CalendarSet calendars) {
    this.agreements = agreements;
    this.calendars = calendars;
  }

  void created(long at, Priority priority, boolean running) {
    startHolding(PartySla.UNASSIGNED, at, priority, running);
  }

  void assigned(String party, long at, Priority priority, boolean running) {
    if (party.equals(holder)) {
      return;
    }
    endHolding(at);
    startHolding(party, at, priority, running);
  }

  void responded(long at) {
    stop(at, PartyMetric.RESPONSE);
  }

  void resolved(long at) {
    stop(at, null);
  }

  void reopened(long at, Priority priority, boolean running) {
    String party = holder;
    if (party != null) {
      endHolding(at);
      startHolding(party, at, priority, running);
    }
  }

  /** The ticket's clock starts or stops running (a pause status, or its end). */
  void running(boolean running, long at) {
    for (Clock clock : clocks) {
      if (clock.end == NONE && clock.agreement.pausesWithTicket()) {
        advance(clock, at);
        clock.runningSince = running ? at : NONE;
      }
    }
  }

  void finish(long asOf) {
    for (Clock clock : clocks) {
      if (clock.end == NONE) {
        advance(clock, asOf);
      }
    }
    if (holder != null && (asOf > holdingStart || holdings.isEmpty())) {
      holdings.add(new Holding(holder, BusinessCalendar.instant(holdingStart), BusinessCalendar.instant(Math.max(asOf, holdingStart))));
    }
  }

  PartySla result(TicketSla sla) {
    List<PartyCycle> cycles = new ArrayList<>(clocks.size());
    for (Clock clock : clocks) {
      Optional<Instant> due = Optional.empty();
      if (clock.end == NONE && clock.runningSince != NONE) {
        long remaining = clock.targetNanos - clock.elapsed;
        due = Optional.of(BusinessCalendar.instant(remaining > 0 ? clock.calendar.plusNanos(clock.runningSince, remaining) : clock.breachedAt));
      }
      cycles.add(new PartyCycle(clock.agreement.party(), clock.agreement.name(), clock.agreement.kind(), clock.target.metric(), clock.holding,
          clock.target.priority(), clock.target.amount(), clock.target.calendar(), BusinessCalendar.instant(clock.start),
          clock.end == NONE ? Optional.empty() : Optional.of(BusinessCalendar.instant(clock.end)), Duration.ofNanos(clock.elapsed), due,
          clock.breachedAt == NONE ? Optional.empty() : Optional.of(BusinessCalendar.instant(clock.breachedAt))));
    }
    return new PartySla(sla, holdings, cycles);
  }

  private void startHolding(String party, long at, Priority priority, boolean running) {
    holder = party;
    holdingStart = at;
    holdingNumber = holdingCounts.merge(party, 1, Integer::sum);
    for (PartyAgreement agreement : agreements) {
      if (!agreement.party().equals(party)) {
        continue;
      }
      for (PartyMetric metric : PartyMetric.values()) {
        Optional<PartyTarget> target = agreement.target(metric, priority);
        if (target.isPresent()) {
          BusinessCalendar calendar = calendars.get(target.get().calendar());
          Clock clock = new Clock(agreement, target.get(), calendar, holdingNumber, at, targetNanos(target.get(), calendar, at));
          clock.runningSince = running || !agreement.pausesWithTicket() ? at : NONE;
          clocks.add(clock);
        }
      }
    }
  }

  private void endHolding(long at) {
    stop(at, null);
    // a holding of no time (a ticket assigned as it is created) is left out
    if (holder != null && at > holdingStart) {
      holdings.add(new Holding(holder, BusinessCalendar.instant(holdingStart), BusinessCalendar.instant(at)));
    }
  }

  /** Ends the open clocks of one metric, or of all when {@code metric} is null. */
  private void stop(long at, @Nullable PartyMetric metric) {
    for (Clock clock : clocks) {
      if (clock.end == NONE && (metric == null || clock.target.metric() == metric)) {
        advance(clock, at);
        clock.runningSince = NONE;
        clock.end = at;
      }
    }
  }

  private static void advance(Clock clock, long at) {
    if (clock.runningSince == NONE || at <= clock.runningSince) {
      return;
    }
    long elapsed = clock.elapsed + clock.calendar.elapsedNanos(clock.runningSince, at);
    if (clock.breachedAt == NONE && elapsed >= clock.targetNanos) {
      long rest = clock.targetNanos - clock.elapsed;
      clock.breachedAt = rest <= 0 ? clock.runningSince : clock.calendar.plusNanos(clock.runningSince, rest);
    }
    clock.elapsed = elapsed;
    clock.runningSince = at;
  }

  private static long targetNanos(PartyTarget target, BusinessCalendar calendar, long from) {
    if (target.amount() instanceof BusinessDuration duration) {
      return duration.toNanos();
    }
    Instant due = calendar.plusWorkingDaysToClose(BusinessCalendar.instant(from), (WorkingDays) target.amount());
    return calendar.elapsedNanos(from, BusinessCalendar.nanos(due, "due"));
  }
}
