package org.supportmodel.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;

/**
 * Evaluates a ticket's SLA as a pure function of its event history, the policy, its calendars and
 * an {@code asOf} instant.
 *
 * <p>Events are sorted by time (a creation first among events at the same instant, otherwise in
 * the given order); events after {@code asOf} have not happened yet and do not count, but the
 * whole history must be possible. Impossible histories fail with a {@link
 * TicketHistoryException} naming the event: a duplicate event, no creation or a second one, an
 * event before creation, an unknown status, a second first response, a resolution of a resolved
 * ticket, a reopen of an unresolved one, anything after closing. Closing an unresolved ticket
 * resolves it. An update before the first response counts as the first response; a resolution
 * before any response counts as the response.
 *
 * <p>Each warning threshold fires once per cycle. A breach is permanent for its cycle. A priority
 * change re-targets running cycles ({@link PriorityChangePolicy#KEEP_ELAPSED}: thresholds the new
 * target puts behind fire at the change) or restarts them ({@link PriorityChangePolicy#RESTART}).
 */
public final class SlaEvaluation {
  private static final long NONE = Long.MIN_VALUE;
  private static final SlaMetric[] METRICS = SlaMetric.values();
  private static final Comparator<MetricCycle> BY_METRIC_AND_CYCLE =
      Comparator.comparing(MetricCycle::metric).thenComparingInt(MetricCycle::cycle);

  private SlaEvaluation() {}

  /**
   * Evaluates a ticket.
   *
   * @param requestId the ticket
   * @param events its history, in any order
   * @param policy the SLA policy
   * @param calendars the calendars the ticket is measured on, by the names the targets use
   * @param asOf the instant of the evaluation
   * @return the SLA as of {@code asOf}, never null
   * @throws TicketHistoryException if the history is impossible
   * @throws IllegalArgumentException if a target's calendar is missing from the set
   */
  public static TicketSla evaluate(
      RequestId requestId, List<TicketEvent> events, SlaPolicy policy, CalendarSet calendars, Instant asOf) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(calendars, "calendars");
    Objects.requireNonNull(asOf, "asOf");
    Replay replay = new Replay(requestId, policy, calendars, BusinessCalendar.nanos(asOf, "asOf"));
    replay.run(sorted(requestId, events));
    return replay.result(asOf);
  }

  /** By instant, a creation first among events at the same instant; stable otherwise. */
  private static final Comparator<TicketEvent> ORDER =
      (x, y) -> {
        int byInstant = x.at().compareTo(y.at());
        return byInstant != 0
            ? byInstant
            : Boolean.compare(x.type() != TicketEvent.Type.CREATED, y.type() != TicketEvent.Type.CREATED);
      };

  private static List<TicketEvent> sorted(RequestId id, List<TicketEvent> events) {
    TicketEvent[] order = events.toArray(new TicketEvent[0]);
    for (int i = 1; i < order.length; i++) {
      if (ORDER.compare(order[i - 1], order[i]) > 0) {
        Arrays.sort(order, ORDER);
        break;
      }
    }
    List<TicketEvent> result = new ArrayList<>(order.length);
    for (int k = 0; k < order.length; k++) {
      TicketEvent event = order[k];
      for (int j = k - 1; j >= 0 && result.get(j).at().equals(event.at()); j--) {
        if (result.get(j).equals(event)) {
          throw new TicketHistoryException(id.value(), event.toString(), "is a duplicate");
        }
      }
      result.add(event);
    }
    return result;
  }

  /**
   * What a cycle aims at: the priority's target on its calendar, and the levels that fire. Private
   * and never compared, so the array component is safe.
   */
  @SuppressWarnings("ArrayRecordComponent")
  private record Aim(Priority priority, SlaTarget target, BusinessCalendar calendar, long targetNanos, long[] levels) {}

  /** One cycle while the history replays. */
  private static final class Cycle {
    final SlaMetric metric;
    final int number;
    final long start;
    Aim aim;
    final List<ThresholdCrossing> fired = new ArrayList<>();
    int nextLevel;
    long elapsed;
    long runningSince = NONE;
    long breachedAt = NONE;
    long end = NONE;

    Cycle(SlaMetric metric, int number, long start, Aim aim) {
      this.metric = metric;
      this.number = number;
      this.start = start;
      this.aim = aim;
    }

    boolean running() {
      return runningSince != NONE;
    }

    boolean ended() {
      return end != NONE;
    }
  }

  private static final class Replay {
    final RequestId id;
    final SlaPolicy policy;
    final CalendarSet calendars;
    final long asOf;
    final int[] thresholds;
    final List<Cycle> cycles = new ArrayList<>();
    /** The open cycle of each metric, by ordinal. */
    final @Nullable Cycle[] open = new @Nullable Cycle[METRICS.length];
    final int[] counts = new int[METRICS.length];
    /** The aims of duration targets, by priority and metric; working-day aims depend on the start. */
    final @Nullable Aim[] aims = new @Nullable Aim[Priority.values().length * METRICS.length];
    // the last elapsed time computed, see elapsedNanos
    @Nullable BusinessCalendar lastCalendar;
    long lastFrom;
    long lastTo;
    long lastElapsed;
    /** The policy's targets, by priority and metric. */
    final @Nullable SlaTarget[] targets = new @Nullable SlaTarget[Priority.values().length * METRICS.length];
    // the effects state, as of asOf
    Priority priority = Priority.P4;
    boolean active = true;
    boolean responded;
    boolean resolved;
    // the validation state, over the whole history
    boolean seenCreated;
    boolean seenResponded;
    boolean seenResolved;
    boolean seenClosed;

    Replay(RequestId id, SlaPolicy policy, CalendarSet calendars, long asOf) {
      this.id = id;
      this.policy = policy;
      this.calendars = calendars;
      this.asOf = asOf;
      this.thresholds = policy.warningThresholds().stream().mapToInt(Integer::intValue).toArray();
      for (SlaTarget target : policy.targets()) {
        targets[target.priority().ordinal() * METRICS.length + target.metric().ordinal()] = target;
      }
    }

    void run(List<TicketEvent> events) {
      if (events.isEmpty()) {
        throw new TicketHistoryException(id.value(), "none", "the history has no CREATED event");
      }
      for (TicketEvent event : events) {
        validate(event);
        long at = BusinessCalendar.nanos(event.at(), "event.at");
        if (at <= asOf) {
          apply(event, at);
        }
      }
      for (Cycle cycle : open) {
        if (cycle != null) {
          advance(cycle, asOf);
        }
      }
    }

    private void validate(TicketEvent event) {
      if (seenClosed) {
        fail(event, "comes after the ticket was closed");
      }
      if (event.type() != TicketEvent.Type.CREATED && !seenCreated) {
        fail(event, "comes before the ticket was created");
      }
      event.status().ifPresent(s -> {
        if (!policy.knows(s)) {
          fail(event, "has the unknown status '" + s + "': the policy knows " + policy.activeStatuses() + " and " + policy.pausedStatuses());
        }
      });
      switch (event.type()) {
        case CREATED -> {
          if (seenCreated) {
            fail(event, "is a second creation");
          }
          seenCreated = true;
          priority = event.priority().orElseThrow();
        }
        case FIRST_RESPONSE -> {
          if (seenResponded) {
            fail(event, "comes after a response, update or resolution that already counted as the first response");
          }
          seenResponded = true;
        }
        case UPDATE -> seenResponded = true;
        case RESOLVED -> {
          if (seenResolved) {
            fail(event, "resolves a ticket that is already resolved");
          }
          seenResolved = true;
          seenResponded = true;
        }
        case REOPENED -> {
          if (!seenResolved) {
            fail(event, "reopens a ticket that is not resolved");
          }
          seenResolved = false;
        }
        case CLOSED -> seenClosed = true;
        case STATUS_CHANGED, PRIORITY_CHANGED -> {
          // any time while the ticket exists and is not closed
        }
      }
    }

    private void fail(TicketEvent event, String rule) {
      throw new TicketHistoryException(id.value(), event.toString(), rule);
    }

    private void apply(TicketEvent event, long at) {
      switch (event.type()) {
        case CREATED -> {
          priority = event.priority().orElseThrow();
          active = event.status().map(s -> policy.activeStatuses().contains(s)).orElse(true);
          start(SlaMetric.FIRST_RESPONSE, at);
          start(SlaMetric.RESOLUTION, at);
        }
        case STATUS_CHANGED -> {
          boolean nowActive = policy.activeStatuses().contains(event.status().orElseThrow());
          if (nowActive != active) {
            active = nowActive;
            if (!resolved) {
              for (Cycle cycle : open) {
                if (cycle != null && cycle.metric != SlaMetric.FIRST_RESPONSE) {
                  advance(cycle, at);
                  cycle.runningSince = active ? at : NONE;
                }
              }
            }
          }
        }
        case PRIORITY_CHANGED -> {
          Priority next = event.priority().orElseThrow();
          if (next != priority) {
            priority = next;
            for (Cycle cycle : open) {
              if (cycle == null) {
                continue;
              }
              advance(cycle, at);
              if (policy.priorityChange() == PriorityChangePolicy.RESTART) {
                restart(cycle, at);
              } else {
                cycle.aim = aim(cycle.metric, cycle.start);
                fireReached(cycle, at);
              }
            }
          }
        }
        case FIRST_RESPONSE, UPDATE -> {
          if (!responded) {
            responded = true;
            finish(SlaMetric.FIRST_RESPONSE, at);
          } else {
            finish(SlaMetric.PERIODIC_UPDATE, at);
          }
          if (!resolved) {
            start(SlaMetric.PERIODIC_UPDATE, at);
          }
        }
        case RESOLVED, CLOSED -> {
          if (!resolved) {
            resolved = true;
            responded = true;
            finish(SlaMetric.FIRST_RESPONSE, at);
            finish(SlaMetric.RESOLUTION, at);
            finish(SlaMetric.PERIODIC_UPDATE, at);
          }
        }
        case REOPENED -> {
          resolved = false;
          active = true;
          if (policy.reopen() == ReopenPolicy.CONTINUE_CYCLE && last(SlaMetric.RESOLUTION) != null) {
            Cycle cycle = last(SlaMetric.RESOLUTION);
            if (cycle != null) {
              cycle.end = NONE;
              cycle.runningSince = at;
              open[SlaMetric.RESOLUTION.ordinal()] = cycle;
            }
          } else {
            start(SlaMetric.RESOLUTION, at);
          }
          start(SlaMetric.PERIODIC_UPDATE, at);
        }
      }
    }

    private @Nullable Cycle last(SlaMetric metric) {
      for (int i = cycles.size() - 1; i >= 0; i--) {
        if (cycles.get(i).metric == metric) {
          return cycles.get(i);
        }
      }
      return null;
    }

    private void start(SlaMetric metric, long at) {
      if (targets[priority.ordinal() * METRICS.length + metric.ordinal()] == null) {
        return;
      }
      int number = ++counts[metric.ordinal()];
      Cycle cycle = new Cycle(metric, number, at, aim(metric, at));
      boolean runs = metric == SlaMetric.FIRST_RESPONSE || active;
      cycle.runningSince = runs ? at : NONE;
      cycles.add(cycle);
      open[metric.ordinal()] = cycle;
    }

    private void finish(SlaMetric metric, long at) {
      Cycle cycle = open[metric.ordinal()];
      open[metric.ordinal()] = null;
      if (cycle != null) {
        advance(cycle, at);
        cycle.runningSince = NONE;
        cycle.end = at;
      }
    }

    private void restart(Cycle cycle, long at) {
      Cycle fresh = new Cycle(cycle.metric, cycle.number, at, aim(cycle.metric, at));
      fresh.runningSince = cycle.running() ? at : NONE;
      cycles.set(cycles.indexOf(cycle), fresh);
      open[cycle.metric.ordinal()] = fresh;
    }

    /** The current priority's target for a metric; working days count from {@code from}. */
    private Aim aim(SlaMetric metric, long from) {
      int key = priority.ordinal() * METRICS.length + metric.ordinal();
      Aim cached = aims[key];
      if (cached != null) {
        return cached;
      }
      SlaTarget target = targets[key];
      if (target == null) {
        throw new IllegalStateException("no target for " + priority + " " + metric);
      }
      BusinessCalendar calendar = calendars.get(target.calendar());
      long targetNanos;
      if (target.amount() instanceof BusinessDuration duration) {
        targetNanos = duration.toNanos();
      } else {
        WorkingDays days = (WorkingDays) target.amount();
        Instant due = calendar.plusWorkingDaysToClose(BusinessCalendar.instant(from), days);
        targetNanos = calendar.elapsedNanos(from, BusinessCalendar.nanos(due, "due"));
      }
      long[] levels = new long[thresholds.length + 1];
      for (int i = 0; i < thresholds.length; i++) {
        levels[i] = percentOf(targetNanos, thresholds[i]);
      }
      levels[thresholds.length] = targetNanos;
      Aim aim = new Aim(priority, target, calendar, targetNanos, levels);
      if (target.amount() instanceof BusinessDuration) {
        aims[key] = aim;
      }
      return aim;
    }

    /** The percentage of an amount, rounded up so that a threshold never fires early. */
    private static long percentOf(long amount, int percent) {
      long whole = amount / 100 * percent;
      long rest = amount % 100 * percent;
      return whole + (rest + 99) / 100;
    }

    /** Runs the clock of a running cycle up to {@code at}, firing the levels it passes. */
    private void advance(Cycle cycle, long at) {
      if (!cycle.running() || at <= cycle.runningSince) {
        return;
      }
      long elapsed = cycle.elapsed + elapsedNanos(cycle.aim.calendar(), cycle.runningSince, at);
      while (cycle.nextLevel < cycle.aim.levels().length && cycle.aim.levels()[cycle.nextLevel] <= elapsed) {
        long level = cycle.aim.levels()[cycle.nextLevel];
        long when =
            level <= cycle.elapsed
                ? cycle.runningSince
                : cycle.aim.calendar().plusNanos(cycle.runningSince, level - cycle.elapsed);
        fire(cycle, when);
      }
      cycle.elapsed = elapsed;
      cycle.runningSince = at;
    }

    /**
     * The business time between two instants on a calendar. Cycles that run together on the same
     * calendar advance over the same span, so the last answer is kept. Identity is enough: an equal
     * but distinct calendar only computes again.
     */
    @SuppressWarnings("ReferenceEquality")
    private long elapsedNanos(BusinessCalendar calendar, long from, long to) {
      if (calendar != lastCalendar || from != lastFrom || to != lastTo) {
        lastCalendar = calendar;
        lastFrom = from;
        lastTo = to;
        lastElapsed = calendar.elapsedNanos(from, to);
      }
      return lastElapsed;
    }

    /** Fires, at {@code at}, the levels a new target has put behind the elapsed time. */
    private void fireReached(Cycle cycle, long at) {
      while (cycle.nextLevel < cycle.aim.levels().length && cycle.aim.levels()[cycle.nextLevel] <= cycle.elapsed) {
        fire(cycle, at);
      }
    }

    private void fire(Cycle cycle, long when) {
      if (cycle.nextLevel < thresholds.length) {
        cycle.fired.add(new ThresholdCrossing(thresholds[cycle.nextLevel], BusinessCalendar.instant(when)));
      } else if (cycle.breachedAt == NONE) {
        cycle.breachedAt = when;
      }
      cycle.nextLevel++;
    }

    TicketSla result(Instant asOfInstant) {
      List<MetricCycle> results = new ArrayList<>(cycles.size());
      Optional<Instant> nextChange = Optional.empty();
      for (Cycle cycle : cycles) {
        MetricCycle result = result(cycle);
        results.add(result);
        if (result.nextChange().isPresent()
            && (nextChange.isEmpty() || result.nextChange().get().isBefore(nextChange.get()))) {
          nextChange = result.nextChange();
        }
      }
      results.sort(BY_METRIC_AND_CYCLE);
      return new TicketSla(id, asOfInstant, priority, results, nextChange);
    }

    private MetricCycle result(Cycle cycle) {
      boolean breached = cycle.breachedAt != NONE;
      SlaState state;
      if (cycle.ended()) {
        state = breached ? SlaState.MET_LATE : SlaState.MET;
      } else if (breached) {
        state = SlaState.BREACHED;
      } else if (!cycle.running()) {
        state = SlaState.PAUSED;
      } else {
        state = cycle.fired.isEmpty() ? SlaState.RUNNING : SlaState.WARNING;
      }
      long remaining = cycle.aim.targetNanos() - cycle.elapsed;
      Optional<Instant> due = Optional.empty();
      Optional<Instant> next = Optional.empty();
      if (!cycle.ended() && cycle.running()) {
        due = Optional.of(
            remaining > 0
                ? BusinessCalendar.instant(cycle.aim.calendar().plusNanos(cycle.runningSince, remaining))
                : BusinessCalendar.instant(cycle.breachedAt));
        if (cycle.nextLevel < cycle.aim.levels().length) {
          long level = cycle.aim.levels()[cycle.nextLevel];
          next = Optional.of(BusinessCalendar.instant(cycle.aim.calendar().plusNanos(cycle.runningSince, level - cycle.elapsed)));
        }
      }
      return new MetricCycle(
          cycle.metric,
          cycle.number,
          cycle.aim.priority(),
          cycle.aim.target().amount(),
          cycle.aim.target().calendar(),
          state,
          BusinessCalendar.instant(cycle.start),
          cycle.ended() ? Optional.of(BusinessCalendar.instant(cycle.end)) : Optional.empty(),
          Duration.ofNanos(cycle.elapsed),
          Duration.ofNanos(remaining),
          due,
          breached ? Optional.of(BusinessCalendar.instant(cycle.breachedAt)) : Optional.empty(),
          cycle.fired,
          next);
    }
  }
}
