package org.supportmodel.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.RequestId;
import org.supportmodel.sla.MetricCycle;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaState;
import org.supportmodel.sla.SlaTimeline;
import org.supportmodel.sla.ThresholdCrossing;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TimelineSegment;

/**
 * The SLA state changes of a ticket as of an instant: one definition, used by the topology and by
 * anyone who wants to compare. A pure function of the library's {@link SlaTimeline}.
 */
public final class SlaChanges {
  private SlaChanges() {}

  /**
   * Every change the timeline shows, in time order: each warning threshold crossed, the breach,
   * the cycle met or met late, each pause and each resume.
   *
   * @param requestId the ticket
   * @param tenant its tenant
   * @param timeline the ticket's SLA and timelines as of an instant
   * @return the changes, never null
   */
  public static List<SlaChange> of(String requestId, String tenant, SlaTimeline timeline) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(timeline, "timeline");
    List<SlaChange> changes = new ArrayList<>();
    List<MetricCycle> cycles = timeline.sla().cycles();
    for (int i = 0; i < cycles.size(); i++) {
      MetricCycle cycle = cycles.get(i);
      for (ThresholdCrossing crossing : cycle.thresholdsFired()) {
        changes.add(change(requestId, tenant, cycle, SlaChange.Kind.WARNING, crossing.percent(), crossing.at()));
      }
      cycle.breachedAt().ifPresent(at -> changes.add(change(requestId, tenant, cycle, SlaChange.Kind.BREACHED, 0, at)));
      if (cycle.state() == SlaState.MET || cycle.state() == SlaState.MET_LATE) {
        changes.add(change(requestId, tenant, cycle,
            cycle.state() == SlaState.MET ? SlaChange.Kind.MET : SlaChange.Kind.MET_LATE, 0, cycle.end().orElseThrow()));
      }
      List<TimelineSegment> parts = timeline.cycles().get(i).segments();
      int[] pauses = pauseNumbers(parts);
      for (int s = 0; s < parts.size(); s++) {
        boolean pausedBefore = s > 0 && pauses[s - 1] != 0;
        if (pauses[s] == 0 || pausedBefore) {
          continue; // a pause split by another event (a priority change) is still one pause
        }
        changes.add(change(requestId, tenant, cycle, SlaChange.Kind.PAUSED, pauses[s], parts.get(s).start()));
        int after = s + 1;
        while (after < parts.size() && pauses[after] != 0) {
          after++;
        }
        boolean runsAgain = after < parts.size() && parts.get(after).kind() != TimelineSegment.Kind.RESOLVED;
        if (runsAgain) {
          changes.add(change(requestId, tenant, cycle, SlaChange.Kind.RESUMED, pauses[s], parts.get(after).start()));
        }
      }
    }
    changes.sort(Comparator.comparing(SlaChange::at).thenComparing(SlaChange::key));
    return changes;
  }

  /**
   * Each segment's pause number within its cycle, from 1 in time order, or 0 for a segment that
   * does not pause the clock; paused segments that follow each other (a pause split by another
   * event) share their number.
   */
  private static int[] pauseNumbers(List<TimelineSegment> parts) {
    int[] numbers = new int[parts.size()];
    int pause = 0;
    for (int s = 0; s < numbers.length; s++) {
      if (parts.get(s).kind() == TimelineSegment.Kind.PAUSED) {
        numbers[s] = s > 0 && numbers[s - 1] != 0 ? numbers[s - 1] : ++pause;
      }
    }
    return numbers;
  }

  /**
   * A ticket's settled state as of an instant: the changes that have happened by then, and the
   * instant of the next one. The history is evaluated a millisecond past the instant on the events
   * up to it, so that a pause or a resume at the very instant shows; a change that falls in that
   * millisecond is not counted yet but sets the next change.
   *
   * @param requestId the ticket
   * @param tenant its tenant
   * @param events its history, in any order
   * @param sla the tenant's policy and calendars
   * @param asOf the instant
   * @return the changes up to the instant and the next change, never null
   * @throws org.supportmodel.sla.TicketHistoryException if the history is not a possible one
   */
  public static Settled asOf(String requestId, String tenant, List<TicketEvent> events, TenantSla sla, Instant asOf) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(asOf, "asOf");
    List<TicketEvent> happened = new ArrayList<>(events.size());
    for (TicketEvent event : events) {
      if (!event.at().isAfter(asOf)) {
        happened.add(event);
      }
    }
    SlaTimeline timeline = SlaEvaluation.timeline(RequestId.of(requestId), happened, sla.policy(), sla.calendars(), asOf.plusMillis(1));
    List<SlaChange> derived = new ArrayList<>(of(requestId, tenant, timeline));
    resumedAsResolved(requestId, tenant, timeline, happened, sla, derived);
    List<SlaChange> changes = new ArrayList<>();
    Optional<Instant> next = timeline.sla().nextChange();
    for (SlaChange change : derived) {
      if (change.at().isAfter(asOf)) {
        next = Optional.of(next.filter(n -> n.isBefore(change.at())).orElse(change.at()));
      } else {
        changes.add(change);
      }
    }
    return new Settled(changes, next);
  }

  /**
   * A resume and a resolution (or the end of the cycle, such as an update that ends a periodic-update
   * cycle) at the same instant leave no running time between them, so the timeline shows the pause
   * running into the end; the history still says the ticket was resumed first, as a stream
   * processor that sees the resume before the end reports it.
   */
  private static void resumedAsResolved(String requestId, String tenant, SlaTimeline timeline, List<TicketEvent> events,
      TenantSla sla, List<SlaChange> changes) {
    List<MetricCycle> cycles = timeline.sla().cycles();
    boolean added = false;
    for (int i = 0; i < cycles.size(); i++) {
      List<TimelineSegment> parts = timeline.cycles().get(i).segments();
      int[] pauses = pauseNumbers(parts);
      MetricCycle cycle = cycles.get(i);
      for (int s = 0; s < parts.size(); s++) {
        Instant at = parts.get(s).end();
        boolean endsTheCycle = s + 1 == parts.size() && cycle.end().map(at::equals).orElse(false);
        boolean resolvedNext = s + 1 < parts.size() && parts.get(s + 1).kind() == TimelineSegment.Kind.RESOLVED;
        if (pauses[s] == 0 || !(resolvedNext || endsTheCycle)) {
          continue;
        }
        boolean resumed = events.stream().anyMatch(e -> e.type() == TicketEvent.Type.STATUS_CHANGED && e.at().equals(at)
            && e.status().map(sla.policy().activeStatuses()::contains).orElse(false));
        if (resumed) {
          changes.add(change(requestId, tenant, cycle, SlaChange.Kind.RESUMED, pauses[s], at));
          added = true;
        }
      }
    }
    if (added) { // the changes came in time order; only an added resume needs a place among them
      changes.sort(Comparator.comparing(SlaChange::at).thenComparing(SlaChange::key));
    }
  }

  /**
   * The changes of a ticket up to an instant, and the instant of its next change.
   *
   * @param changes the changes, in time order
   * @param nextChange when the next change falls due, if one will
   */
  public record Settled(List<SlaChange> changes, Optional<Instant> nextChange) {
    /** Copies the list. */
    public Settled {
      Objects.requireNonNull(changes, "changes");
      Objects.requireNonNull(nextChange, "nextChange");
      changes = List.copyOf(changes);
    }
  }

  private static SlaChange change(String requestId, String tenant, MetricCycle cycle, SlaChange.Kind kind, int number,
      java.time.Instant at) {
    return new SlaChange(requestId, tenant, cycle.metric(), cycle.cycle(), cycle.priority(), kind,
        kind == SlaChange.Kind.WARNING ? number : 0, kind.isPause() ? number : 0, at);
  }
}
