package org.supportmodel.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.sla.TicketEvent;

/**
 * What the state store keeps of one open ticket: its tenant, its history (each event once, in time
 * order), the keys of the changes already emitted, the instant its timer is armed for, and when
 * it was closed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenant the ticket's tenant
 * @param events the history, each event once, in time order (ties in arrival order)
 * @param emitted the keys of the changes emitted, in emission order
 * @param armedAt the instant of the ticket's timer, if armed
 * @param impossible why the history as received so far is not a possible one (an event that
 *     arrived before the ones it follows, such as a reopen before its resolution), if it is not: the
 *     ticket waits for the rest of its history and is evaluated when it is possible again
 */
public record TicketState(String tenant, List<TicketEvent> events, List<String> emitted, Optional<Instant> armedAt,
    Optional<String> impossible) {
  private static final Comparator<TicketEvent> BY_TIME = Comparator.comparing(TicketEvent::at);

  /** Copies the lists. */
  public TicketState {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(emitted, "emitted");
    Objects.requireNonNull(armedAt, "armedAt");
    Objects.requireNonNull(impossible, "impossible");
    events = List.copyOf(events);
    emitted = List.copyOf(emitted);
  }

  /**
   * When the ticket was closed: read from its history, not kept beside it.
   *
   * @return the instant of its CLOSED event, or empty if it is not closed
   */
  public Optional<Instant> closedAt() {
    for (TicketEvent event : events) {
      if (event.type() == TicketEvent.Type.CLOSED) {
        return Optional.of(event.at());
      }
    }
    return Optional.empty();
  }

  /**
   * A ticket's first state.
   *
   * @param tenant the tenant
   * @return the state, never null
   */
  static TicketState first(String tenant) {
    return new TicketState(tenant, List.of(), List.of(), Optional.empty(), Optional.empty());
  }

  /**
   * This state with an event added in its place in time; an event already held (a redelivery) is
   * not added again.
   *
   * @param event the event
   * @return the new state, or this one for a redelivery
   */
  TicketState with(TicketEvent event) {
    if (events.contains(event)) {
      return this;
    }
    List<TicketEvent> more = new ArrayList<>(events.size() + 1);
    more.addAll(events);
    more.add(event);
    more.sort(BY_TIME);
    return new TicketState(tenant, more, emitted, armedAt, impossible);
  }

  /**
   * This state with more changes emitted.
   *
   * @param keys the changes' keys
   * @return the new state, never null
   */
  TicketState emitted(List<String> keys) {
    if (keys.isEmpty()) {
      return this;
    }
    Set<String> all = new LinkedHashSet<>(emitted);
    all.addAll(keys);
    return new TicketState(tenant, events, new ArrayList<>(all), armedAt, impossible);
  }

  /**
   * This state with its timer armed for another instant, or disarmed.
   *
   * @param at the instant, or empty
   * @return the new state, never null
   */
  TicketState armed(Optional<Instant> at) {
    return new TicketState(tenant, events, emitted, at, impossible);
  }

  /**
   * This state marked as possible, or as not possible for a reason.
   *
   * @param why the library's reason, or empty
   * @return the new state, never null
   */
  TicketState impossibleBecause(Optional<String> why) {
    return new TicketState(tenant, events, emitted, armedAt, why);
  }
}
