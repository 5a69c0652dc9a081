package org.supportmodel.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
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
 * TicketHistoryException} listing every problem at once, each with the event's position in the list
 * given and the rule it breaks: a duplicate event, no creation or a second one, an
 * event before creation, an unknown status, a second first response, a resolution of a resolved
 * ticket, a reopen of an unresolved one, anything after closing. Closing an unresolved ticket
 * resolves it. An update before the first response counts as the first response; a resolution
 * before any response counts as the response.
 *
 * <p>Each warning threshold fires once per cycle. A breach is permanent for its cycle. A priority
 * change re-targets running cycles ({@link PriorityChangePolicy#KEEP_ELAPSED}: thresholds the new
 * target puts behind fire at the change) or restarts them ({@link PriorityChangePolicy#RESTART}).
 *
 * <p>The cost is linear in the number of events (plus sorting them when they are not in order),
 * whatever the policy.
 */
public final class SlaEvaluation {
  private static final long NONE = Long.MIN_VALUE;
  private static final long[] NO_ACTIONS = new long[0];
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
    return replayed(requestId, events, policy, calendars, asOf, false, null).result(asOf);
  }

  /** Checks the arguments of a public entry point and replays the history. */
  private static Replay replayed(
      RequestId requestId, List<TicketEvent> events, SlaPolicy policy, CalendarSet calendars, Instant asOf, boolean recording,
      @Nullable PartyReplay parties) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(calendars, "calendars");
    Objects.requireNonNull(asOf, "asOf");
    Replay replay = new Replay(requestId, policy, calendars, BusinessCalendar.nanos(asOf, "asOf"), recording);
    replay.parties = parties;
    replay.run(events);
    return replay;
  }

  /**
   * Evaluates a ticket under the policy version effective when it was created: each cycle names
   * the version ({@link MetricCycle#policyVersion()}).
   *
   * @param requestId the ticket
   * @param events its history, in any order
   * @param versions the effective-dated policy versions
   * @param calendars the calendars
   * @param asOf the instant of the evaluation
   * @return the SLA as of {@code asOf}, never null
   * @throws TicketHistoryException if the history is impossible (or has no creation)
   * @throws IllegalArgumentException if the ticket was created before the first version
   */
  public static TicketSla evaluate(RequestId requestId, List<TicketEvent> events, PolicyVersions versions, CalendarSet calendars, Instant asOf) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(versions, "versions");
    Objects.requireNonNull(calendars, "calendars");
    Objects.requireNonNull(asOf, "asOf");
    Instant created = null;
    for (TicketEvent event : events) {
      if (event.type() == TicketEvent.Type.CREATED && (created == null || event.at().isBefore(created))) {
        created = event.at();
      }
    }
    // no creation: the first version's policy reports it with every other problem
    SlaPolicy policy = created == null ? versions.versions().get(0).policy() : versions.forCreation(created);
    return evaluate(requestId, events, policy, calendars, asOf);
  }

  /**
   * What a ticket's SLA would be under another policy: both evaluations and the cycles that differ.
   * Nothing is changed; a policy change is tried on past tickets before it is made.
   *
   * @param requestId the ticket
   * @param events its history, in any order
   * @param actual the policy in force
   * @param alternative the policy to try
   * @param calendars the calendars both policies name
   * @param asOf the instant of the evaluation
   * @return the comparison, never null
   * @throws TicketHistoryException if the history is impossible
   */
  public static WhatIf whatIf(
      RequestId requestId, List<TicketEvent> events, SlaPolicy actual, SlaPolicy alternative, CalendarSet calendars, Instant asOf) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(alternative, "alternative");
    Objects.requireNonNull(calendars, "calendars");
    Objects.requireNonNull(asOf, "asOf");
    return WhatIf.of(evaluate(requestId, events, actual, calendars, asOf), evaluate(requestId, events, alternative, calendars, asOf));
  }

  /**
   * Evaluates a ticket as {@link #evaluate} does, with the timeline of every cycle: when its clock
   * ran, paused (and by which status), waited outside service hours or on a holiday, or ran in a
   * dated override's hours, each segment with the event that started it. Costs more than {@link
   * #evaluate}: for showing a breach to a person, not for every re-evaluation.
   *
   * @param requestId the ticket
   * @param events its history, in any order
   * @param policy the SLA policy
   * @param calendars the calendars the ticket is measured on
   * @param asOf the instant of the evaluation
   * @return the SLA and its timelines, never null
   * @throws TicketHistoryException if the history is impossible
   * @throws IllegalArgumentException if a target's calendar is missing from the set
   */
  public static SlaTimeline timeline(
      RequestId requestId, List<TicketEvent> events, SlaPolicy policy, CalendarSet calendars, Instant asOf) {
    return replayed(requestId, events, policy, calendars, asOf, true, null).timeline(asOf);
  }

  /** The per-party evaluation: one replay for the customer SLA and the parties. */
  static PartySla withParties(
      RequestId requestId, List<TicketEvent> events, SlaPolicy policy, List<PartyAgreement> agreements, CalendarSet calendars, Instant asOf) {
    PartyReplay parties = new PartyReplay(agreements, calendars);
    Replay replay = replayed(requestId, events, policy, calendars, asOf, false, parties);
    parties.finish(replay.closedAt == NONE ? replay.asOf : replay.closedAt);
    return parties.result(replay.result(asOf));
  }

  /** By instant, a creation first among events at the same instant; stable otherwise. */
  private static final Comparator<TicketEvent> ORDER =
      (x, y) -> {
        int byInstant = x.at().compareTo(y.at());
        return byInstant != 0
            ? byInstant
            : Boolean.compare(x.type() != TicketEvent.Type.CREATED, y.type() != TicketEvent.Type.CREATED);
      };

  /**
   * The positions of the events in replay order, or null when the list is already in that order
   * (the usual case, which then costs nothing).
   */
  private static int @Nullable [] order(List<TicketEvent> events) {
    for (int i = 1; i < events.size(); i++) {
      if (ORDER.compare(events.get(i - 1), events.get(i)) > 0) {
        Integer[] positions = new Integer[events.size()];
        for (int k = 0; k < positions.length; k++) {
          positions[k] = k;
        }
        // stable: events at the same instant keep their order, a creation first
        Arrays.sort(positions, (x, y) -> ORDER.compare(events.get(x), events.get(y)));
        int[] order = new int[positions.length];
        for (int k = 0; k < order.length; k++) {
          order[k] = positions[k];
        }
        return order;
      }
    }
    return null;
  }

  /**
   * What a cycle aims at: the priority's target on its calendar, and the levels that fire. Private
   * and never compared, so the array component is safe.
   */
  @SuppressWarnings("ArrayRecordComponent")
  private record Aim(Priority priority, SlaTarget target, BusinessCalendar calendar, long targetNanos, long[] levels, long[] actionLevels) {}

  /** One cycle while the history replays. */
  private static final class Cycle {
    final SlaMetric metric;
    final int number;
    final long start;
    /** Its position in the replay's list of cycles: a restart replaces it there. */
    int position = -1;
    Aim aim;
    final List<ThresholdCrossing> fired = new ArrayList<>();
    int nextLevel;
    long elapsed;
    long runningSince = NONE;
    long breachedAt = NONE;
    long end = NONE;
    /** The clock's phases, recorded only for a timeline. */
    final @Nullable List<Phase> phases;
    /** Whether a priority change changed the target while the cycle ran. */
    boolean retargeted;
    /** The stretches its clock ran, as pairs of instants, kept only to recompute from the start. */
    long @Nullable [] runs;
    int runCount;
    /** When each of the policy's actions fired in this cycle, or NONE. */
    long[] actionsFired;

    Cycle(SlaMetric metric, int number, long start, Aim aim, boolean recording) {
      this.metric = metric;
      this.number = number;
      this.start = start;
      this.aim = aim;
      this.phases = recording ? new ArrayList<>(4) : null;
      this.actionsFired = NO_ACTIONS;
    }

    boolean running() {
      return runningSince != NONE;
    }

    boolean ended() {
      return end != NONE;
    }
  }

  /**
   * One phase of a cycle's clock, for a timeline: running or paused on one calendar from one
   * event, or the time between a resolution and the reopen that continues the cycle.
   */
  static final class Phase {
    final long from;
    long to = NONE;
    final boolean running;
    final boolean resolved;
    final BusinessCalendar calendar;
    final String calendarName;
    final @Nullable TicketStatus pausedBy;
    final @Nullable TicketEvent startedBy;

    Phase(long from, boolean running, boolean resolved, Aim aim, @Nullable TicketStatus pausedBy, @Nullable TicketEvent startedBy) {
      this.from = from;
      this.running = running;
      this.resolved = resolved;
      this.calendar = aim.calendar();
      this.calendarName = aim.target().calendar();
      this.pausedBy = pausedBy;
      this.startedBy = startedBy;
    }
  }

  private static final class Replay {
    final RequestId id;
    final SlaPolicy policy;
    final CalendarSet calendars;
    final long asOf;
    final int[] thresholds;
    final SlaAction[] actions;
    /** Every rule the history breaks; nothing is applied once there is one. */
    final List<TicketHistoryException.Violation> violations = new ArrayList<>(0);
    /** The position in the list given of the event being replayed. */
    int position;
    /** Whether the cycles record their phases, for a timeline. */
    final boolean recording;
    /** The per-party side, for a per-party evaluation. */
    @Nullable PartyReplay parties;
    /** When the ticket was closed, if it was by asOf. */
    long closedAt = NONE;
    /** The event being applied and the status in force, for the phases. */
    @Nullable TicketEvent current;
    @Nullable TicketStatus status;
    final List<Cycle> cycles = new ArrayList<>();
    /** The open cycle of each metric, by ordinal. */
    final @Nullable Cycle[] open = new @Nullable Cycle[METRICS.length];
    /** The latest cycle of each metric, open or ended, by ordinal. */
    final @Nullable Cycle[] last = new @Nullable Cycle[METRICS.length];
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
    /** When the ticket was created; set by the validation before anything is applied. */
    Instant created = Instant.EPOCH;
    /** When it was resolved and reopened, alternately, up to asOf. */
    final List<Instant> resolutionChanges = new ArrayList<>(2);

    Replay(RequestId id, SlaPolicy policy, CalendarSet calendars, long asOf, boolean recording) {
      this.id = id;
      this.recording = recording;
      this.policy = policy;
      this.calendars = calendars;
      this.asOf = asOf;
      this.thresholds = policy.warningThresholds().stream().mapToInt(Integer::intValue).toArray();
      this.actions = policy.actions().toArray(new SlaAction[0]);
      for (SlaTarget target : policy.targets()) {
        targets[target.priority().ordinal() * METRICS.length + target.metric().ordinal()] = target;
      }
    }

    void run(List<TicketEvent> given) {
      // an array list, whatever the caller gave: positions are read many times
      List<TicketEvent> events = Arrays.asList(given.toArray(new TicketEvent[0]));
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i) == null) {
          throw new NullPointerException("events[" + i + "]");
        }
      }
      if (events.isEmpty()) {
        violations.add(new TicketHistoryException.Violation(OptionalInt.empty(), "none", "the history has no CREATED event"));
        throw new TicketHistoryException(id.value(), violations);
      }
      int[] order = order(events);
      // the events at the current instant, to find duplicates: a set once there are many
      int runStart = 0;
      @Nullable Set<TicketEvent> run = null;
      for (int k = 0; k < events.size(); k++) {
        position = order == null ? k : order[k];
        TicketEvent event = events.get(position);
        if (k > 0 && !events.get(order == null ? k - 1 : order[k - 1]).at().equals(event.at())) {
          runStart = k;
          run = null;
        }
        if (run == null && k - runStart >= 8) {
          run = new HashSet<>();
          for (int j = runStart; j < k; j++) {
            run.add(events.get(order == null ? j : order[j]));
          }
        }
        if (duplicate(events, order, runStart, k, run)) {
          violation(event, "is a duplicate");
          continue;
        }
        if (run != null) {
          run.add(event);
        }
        validate(event);
        long at = BusinessCalendar.nanos(event.at(), "event.at");
        if (at <= asOf && violations.isEmpty()) {
          apply(event, at);
        }
      }
      if (!seenCreated) {
        violations.add(new TicketHistoryException.Violation(OptionalInt.empty(), "none", "the history has no CREATED event"));
      }
      if (!violations.isEmpty()) {
        throw new TicketHistoryException(id.value(), violations);
      }
      for (Cycle cycle : open) {
        if (cycle != null) {
          advance(cycle, asOf);
          endPhase(cycle, asOf);
        }
      }
    }

    /** Starts a phase of a cycle's clock at {@code at}, ending the one before. */
    private void phase(Cycle cycle, long at) {
      List<Phase> phases = cycle.phases;
      if (phases == null) {
        return;
      }
      endPhase(cycle, at);
      boolean running = cycle.running();
      phases.add(new Phase(at, running, false, cycle.aim, running ? null : status, current));
    }

    private static void endPhase(Cycle cycle, long at) {
      List<Phase> phases = cycle.phases;
      if (phases != null && !phases.isEmpty() && phases.get(phases.size() - 1).to == NONE) {
        phases.get(phases.size() - 1).to = at;
      }
    }

    /** Whether the event at replay position {@code k} repeats one before it at the same instant. */
    private static boolean duplicate(List<TicketEvent> events, int @Nullable [] order, int runStart, int k, @Nullable Set<TicketEvent> run) {
      TicketEvent event = events.get(order == null ? k : order[k]);
      if (run != null) {
        return run.contains(event);
      }
      for (int j = runStart; j < k; j++) {
        if (events.get(order == null ? j : order[j]).equals(event)) {
          return true;
        }
      }
      return false;
    }

    private void validate(TicketEvent event) {
      if (seenClosed) {
        violation(event, "comes after the ticket was closed");
      }
      if (event.type() != TicketEvent.Type.CREATED && !seenCreated) {
        violation(event, "comes before the ticket was created");
      }
      event.status().ifPresent(s -> {
        if (!policy.knows(s)) {
          violation(event, "has the unknown status '" + s + "': the policy knows " + policy.activeStatuses() + " and " + policy.pausedStatuses());
        }
      });
      switch (event.type()) {
        case CREATED -> {
          if (seenCreated) {
            violation(event, "is a second creation");
          }
          seenCreated = true;
          created = event.at();
          priority = event.priority().orElseThrow();
        }
        case FIRST_RESPONSE -> {
          if (seenResponded) {
            violation(event, "comes after a response, update or resolution that already counted as the first response");
          }
          seenResponded = true;
        }
        case UPDATE -> seenResponded = true;
        case RESOLVED -> {
          if (seenResolved) {
            violation(event, "resolves a ticket that is already resolved");
          }
          seenResolved = true;
          seenResponded = true;
        }
        case REOPENED -> {
          if (!seenResolved) {
            violation(event, "reopens a ticket that is not resolved");
          }
          seenResolved = false;
        }
        case CLOSED -> seenClosed = true;
        case STATUS_CHANGED, PRIORITY_CHANGED, ASSIGNED, CUSTOMER_REPLY -> {
          // any time while the ticket exists and is not closed
        }
      }
    }

    private void violation(TicketEvent event, String rule) {
      violations.add(new TicketHistoryException.Violation(OptionalInt.of(position), event.toString(), rule));
    }

    private void apply(TicketEvent event, long at) {
      current = event;
      if (event.status().isPresent()) {
        status = event.status().get();
      }
      switch (event.type()) {
        case CREATED -> {
          priority = event.priority().orElseThrow();
          active = event.status().map(s -> policy.activeStatuses().contains(s)).orElse(true);
          start(SlaMetric.FIRST_RESPONSE, at);
          start(SlaMetric.RESOLUTION, at);
          start(SlaMetric.AGENT_WORK, at);
          start(SlaMetric.REQUESTER_WAIT, at);
          if (parties != null) {
            parties.created(at, priority, active);
          }
        }
        case STATUS_CHANGED -> {
          boolean nowActive = policy.activeStatuses().contains(event.status().orElseThrow());
          if (nowActive != active) {
            active = nowActive;
            if (parties != null && !resolved) {
              parties.running(active, at);
            }
            if (!resolved) {
              for (Cycle cycle : open) {
                if (cycle != null && cycle.metric != SlaMetric.FIRST_RESPONSE && cycle.metric != SlaMetric.NEXT_REPLY) {
                  advance(cycle, at);
                  cycle.runningSince = runs(cycle.metric) ? at : NONE;
                  phase(cycle, at);
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
                cycle.retargeted = true;
                if (policy.priorityChange() == PriorityChangePolicy.RECOMPUTE_FROM_START) {
                  recompute(cycle);
                }
                fireReached(cycle, at);
                phase(cycle, at);
              }
            }
          }
        }
        case FIRST_RESPONSE, UPDATE -> {
          if (parties != null) {
            parties.responded(at);
          }
          finish(SlaMetric.NEXT_REPLY, at);
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
            resolutionChanges.add(event.at());
            responded = true;
            finish(SlaMetric.FIRST_RESPONSE, at);
            finish(SlaMetric.RESOLUTION, at);
            finish(SlaMetric.PERIODIC_UPDATE, at);
            finish(SlaMetric.NEXT_REPLY, at);
            finish(SlaMetric.AGENT_WORK, at);
            finish(SlaMetric.REQUESTER_WAIT, at);
            if (parties != null) {
              parties.resolved(at);
            }
          }
          if (event.type() == TicketEvent.Type.CLOSED) {
            closedAt = at;
          }
        }
        case CUSTOMER_REPLY -> {
          if (!resolved && open[SlaMetric.NEXT_REPLY.ordinal()] == null) {
            start(SlaMetric.NEXT_REPLY, at);
          }
        }
        case ASSIGNED -> {
          // who holds the ticket: per-party agreements, not the customer SLA
          if (parties != null) {
            parties.assigned(event.party().orElseThrow(), at, priority, active && !resolved);
          }
        }
        case REOPENED -> {
          resolved = false;
          resolutionChanges.add(event.at());
          active = true;
          Cycle cycle = last[SlaMetric.RESOLUTION.ordinal()];
          if (policy.reopen() == ReopenPolicy.CONTINUE_CYCLE && cycle != null) {
            resume(cycle, at);
          } else {
            start(SlaMetric.RESOLUTION, at);
          }
          // the life-long totals go on from where the resolution left them
          for (SlaMetric total : new SlaMetric[] {SlaMetric.AGENT_WORK, SlaMetric.REQUESTER_WAIT}) {
            Cycle life = last[total.ordinal()];
            // none when the policy does not measure it: a total starts at the creation or never
            if (life != null) {
              resume(life, at);
            }
          }
          start(SlaMetric.PERIODIC_UPDATE, at);
          if (parties != null) {
            parties.reopened(at, priority, active);
          }
        }
      }
    }

    /** Whether a cycle of a metric runs in the current status. */
    private boolean runs(SlaMetric metric) {
      return switch (metric) {
        case FIRST_RESPONSE, NEXT_REPLY -> true;
        case REQUESTER_WAIT -> !active;
        case RESOLUTION, PERIODIC_UPDATE, AGENT_WORK -> active;
      };
    }

    /** Continues an ended cycle from a reopen: the time in between is not counted. */
    private void resume(Cycle cycle, long at) {
      if (cycle.phases != null && cycle.end < at) {
        Phase gap = new Phase(cycle.end, false, true, cycle.aim, null, null);
        gap.to = at;
        cycle.phases.add(gap);
      }
      cycle.end = NONE;
      cycle.runningSince = runs(cycle.metric) ? at : NONE;
      phase(cycle, at);
      open[cycle.metric.ordinal()] = cycle;
    }

    private void start(SlaMetric metric, long at) {
      if (targets[priority.ordinal() * METRICS.length + metric.ordinal()] == null) {
        return;
      }
      int number = ++counts[metric.ordinal()];
      Cycle cycle = new Cycle(metric, number, at, aim(metric, at), recording);
      if (actions.length > 0) {
        cycle.actionsFired = new long[actions.length];
        Arrays.fill(cycle.actionsFired, NONE);
        // an action at or before the start (an offset before the due instant longer than the target) fires at the start
        fireReached(cycle, at);
      }
      cycle.runningSince = runs(metric) ? at : NONE;
      phase(cycle, at);
      cycle.position = cycles.size();
      cycles.add(cycle);
      open[metric.ordinal()] = cycle;
      last[metric.ordinal()] = cycle;
    }

    private void finish(SlaMetric metric, long at) {
      Cycle cycle = open[metric.ordinal()];
      open[metric.ordinal()] = null;
      if (cycle != null) {
        advance(cycle, at);
        cycle.runningSince = NONE;
        cycle.end = at;
        endPhase(cycle, at);
      }
    }

    private void restart(Cycle cycle, long at) {
      Cycle fresh = new Cycle(cycle.metric, cycle.number, at, aim(cycle.metric, at), recording);
      // a restarted cycle is the same cycle: an action that fired does not fire again
      fresh.actionsFired = cycle.actionsFired;
      fresh.runningSince = cycle.running() ? at : NONE;
      fresh.retargeted = true;
      phase(fresh, at);
      fresh.position = cycle.position;
      cycles.set(cycle.position, fresh);
      open[cycle.metric.ordinal()] = fresh;
      last[cycle.metric.ordinal()] = fresh;
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
      long[] actionLevels = NO_ACTIONS;
      if (actions.length > 0) {
        actionLevels = new long[actions.length];
        for (int i = 0; i < actions.length; i++) {
          actionLevels[i] = actions[i].metrics().contains(metric) ? actions[i].trigger().levelNanos(targetNanos) : -1;
        }
      }
      Aim aim = new Aim(priority, target, calendar, targetNanos, levels, actionLevels);
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
      if (policy.priorityChange() == PriorityChangePolicy.RECOMPUTE_FROM_START) {
        ran(cycle, cycle.runningSince, at);
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
      long[] actionLevels = cycle.aim.actionLevels();
      for (int i = 0; i < actionLevels.length; i++) {
        long level = actionLevels[i];
        if (level >= 0 && level <= elapsed && cycle.actionsFired[i] == NONE) {
          cycle.actionsFired[i] =
              level <= cycle.elapsed ? cycle.runningSince : cycle.aim.calendar().plusNanos(cycle.runningSince, level - cycle.elapsed);
        }
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

    /** Keeps a stretch the clock ran, joined to the last one when they touch. */
    private static void ran(Cycle cycle, long from, long to) {
      long[] runs = cycle.runs;
      if (runs != null && cycle.runCount > 0 && runs[cycle.runCount * 2 - 1] == from) {
        runs[cycle.runCount * 2 - 1] = to;
        return;
      }
      if (runs == null || runs.length == cycle.runCount * 2) {
        runs = runs == null ? new long[8] : Arrays.copyOf(runs, runs.length * 2);
        cycle.runs = runs;
      }
      runs[cycle.runCount * 2] = from;
      runs[cycle.runCount * 2 + 1] = to;
      cycle.runCount++;
    }

    /** Measures the stretches the clock ran again, on the cycle's new calendar. */
    private static void recompute(Cycle cycle) {
      long elapsed = 0;
      long[] runs = cycle.runs;
      for (int i = 0; runs != null && i < cycle.runCount; i++) {
        elapsed = Math.addExact(elapsed, cycle.aim.calendar().elapsedNanos(runs[2 * i], runs[2 * i + 1]));
      }
      cycle.elapsed = elapsed;
    }

    /** Fires, at {@code at}, the levels a new target has put behind the elapsed time. */
    private void fireReached(Cycle cycle, long at) {
      while (cycle.nextLevel < cycle.aim.levels().length && cycle.aim.levels()[cycle.nextLevel] <= cycle.elapsed) {
        fire(cycle, at);
      }
      long[] actionLevels = cycle.aim.actionLevels();
      for (int i = 0; i < actionLevels.length; i++) {
        if (actionLevels[i] >= 0 && actionLevels[i] <= cycle.elapsed && cycle.actionsFired[i] == NONE) {
          cycle.actionsFired[i] = at;
        }
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

    SlaTimeline timeline(Instant asOfInstant) {
      TicketSla sla = result(asOfInstant);
      List<Cycle> ordered = new ArrayList<>(cycles);
      ordered.sort(Comparator.<Cycle, SlaMetric>comparing(c -> c.metric).thenComparingInt(c -> c.number));
      List<CycleTimeline> timelines = new ArrayList<>(ordered.size());
      for (Cycle cycle : ordered) {
        long end = cycle.ended() ? cycle.end : asOf;
        timelines.add(new CycleTimeline(cycle.metric, cycle.number, BusinessCalendar.instant(cycle.start), BusinessCalendar.instant(end),
            Timelines.segments(Objects.requireNonNull(cycle.phases, "phases"))));
      }
      return new SlaTimeline(sla, timelines);
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
      List<ScheduledAction> schedule = List.of();
      if (actions.length > 0) {
        schedule = new ArrayList<>();
        for (Cycle cycle : cycles) {
          schedule(cycle, schedule);
        }
        schedule.sort(Comparator.comparing(ScheduledAction::at).thenComparing(ScheduledAction::metric).thenComparingInt(ScheduledAction::cycle)
            .thenComparing(ScheduledAction::action));
        for (ScheduledAction action : schedule) {
          if (!action.done() && (nextChange.isEmpty() || action.at().isBefore(nextChange.get()))) {
            nextChange = Optional.of(action.at());
          }
        }
      }
      return new TicketSla(id, asOfInstant, created, priority, results, nextChange, resolutionChanges, schedule);
    }

    /** The actions of a cycle: fired ones, and those due while its clock runs. */
    private void schedule(Cycle cycle, List<ScheduledAction> schedule) {
      long[] levels = cycle.aim.actionLevels();
      for (int i = 0; i < actions.length; i++) {
        if (levels[i] < 0) {
          continue;
        }
        long at;
        boolean done = cycle.actionsFired[i] != NONE;
        if (done) {
          at = cycle.actionsFired[i];
        } else if (!cycle.ended() && cycle.running()) {
          at = cycle.aim.calendar().plusNanos(cycle.runningSince, Math.max(0, levels[i] - cycle.elapsed));
        } else {
          continue;
        }
        schedule.add(new ScheduledAction(cycle.metric, cycle.number, actions[i].name(), actions[i].kind(), actions[i].recipient(),
            BusinessCalendar.instant(at), done));
      }
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
          next,
          policy.version(),
          cycle.retargeted ? Optional.of(policy.priorityChange()) : Optional.empty());
    }
  }
}
