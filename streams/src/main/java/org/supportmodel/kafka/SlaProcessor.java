package org.supportmodel.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.supportmodel.sla.TicketHistoryException;

/**
 * Keeps each open ticket's history, emits its SLA changes exactly once, and fires its timer. Not
 * thread-safe: Kafka Streams gives each task its own processor.
 */
final class SlaProcessor implements Processor<String, TicketEnvelope, String, SlaChange> {
  /** The width of a timer key's instant: epoch milliseconds, zero-padded so that keys sort by time. */
  private static final int WIDTH = 19;

  private final SlaStreamsConfig config;
  private @Nullable ProcessorContext<String, SlaChange> context;
  private @Nullable KeyValueStore<String, TicketState> tickets;
  private @Nullable KeyValueStore<String, String> timers;
  /**
   * Every timer before this epoch millisecond has fired. A punctuation reads the index from here,
   * not from its start: in RocksDB the deleted timers of the past stay as tombstones until a
   * compaction, and a read from the start would step over all of them every time. Kept in memory
   * only: after a restart the first punctuation reads from the start. Arming a timer before it
   * (a closed ticket whose grace period is already over) moves it back.
   */
  private long firedBefore;

  SlaProcessor(SlaStreamsConfig config) {
    this.config = config;
  }

  @Override
  public void init(ProcessorContext<String, SlaChange> processorContext) {
    this.context = processorContext;
    this.tickets = processorContext.getStateStore(SlaTopology.TICKETS);
    this.timers = processorContext.getStateStore(SlaTopology.TIMERS);
    processorContext.schedule(config.punctuationInterval(), config.punctuationType(), this::punctuate);
  }

  private ProcessorContext<String, SlaChange> context() {
    return Objects.requireNonNull(context, "context: the processor is not initialized");
  }

  private KeyValueStore<String, TicketState> tickets() {
    return Objects.requireNonNull(tickets, "tickets: the processor is not initialized");
  }

  private KeyValueStore<String, String> timers() {
    return Objects.requireNonNull(timers, "timers: the processor is not initialized");
  }

  /** The time the processor lives in: wall-clock time, or stream time for replays. */
  private Instant now() {
    return Instant.ofEpochMilli(config.punctuationType() == PunctuationType.WALL_CLOCK_TIME
        ? context().currentSystemTimeMs() : context().currentStreamTimeMs());
  }

  @Override
  public void process(Record<String, TicketEnvelope> record) {
    String requestId = Objects.requireNonNull(record.key(), "key: a ticket event's key is its request id");
    TicketEnvelope envelope = Objects.requireNonNull(record.value(), "value: a ticket event");
    TicketState before = tickets().get(requestId);
    if (before != null && !before.tenant().equals(envelope.tenant())) {
      throw new IllegalArgumentException("ticket " + requestId + ": tenant '" + envelope.tenant() + "' differs from its earlier '"
          + before.tenant() + "'");
    }
    TicketState state = (before == null ? TicketState.first(envelope.tenant()) : before).with(envelope.event());
    Instant asOf = now().isBefore(envelope.event().at()) ? envelope.event().at() : now();
    settle(requestId, state, asOf);
  }

  /** Evaluates the ticket as of an instant, emits what is new, re-arms its timer and stores it. */
  private void settle(String requestId, TicketState given, Instant asOf) {
    TicketState state = given;
    TenantSla sla = config.tenant(given.tenant()).orElseThrow(() -> new IllegalArgumentException(
        "ticket " + requestId + ": tenant '" + given.tenant() + "' is not one of the configured " + config.tenants().keySet()));
    SlaChanges.Settled settled;
    try {
      settled = SlaChanges.asOf(requestId, given.tenant(), state.events(), sla, asOf);
    } catch (TicketHistoryException notYet) {
      // events arrive out of order: the history is not a possible one yet; keep it and wait for the rest;
      // a closed ticket whose history never becomes possible still leaves after the grace period
      TicketState waiting = state.impossibleBecause(Optional.of(notYet.getMessage()));
      rearm(requestId, waiting, purgeAt(waiting));
      return;
    }
    state = state.impossibleBecause(Optional.empty());
    Set<String> emitted = new HashSet<>(state.emitted());
    List<String> fresh = new ArrayList<>();
    for (SlaChange change : settled.changes()) {
      if (emitted.add(change.key())) {
        fresh.add(change.key());
        context().forward(new Record<>(requestId, change, change.at().toEpochMilli()));
      }
    }
    Optional<Instant> next = settled.nextChange();
    Optional<Instant> purge = purgeAt(state);
    if (purge.isPresent()) {
      Instant leaves = purge.get();
      next = Optional.of(next.filter(n -> n.isBefore(leaves)).orElse(leaves));
    }
    rearm(requestId, state.emitted(fresh), next);
  }

  /** When a closed ticket leaves the store: its closing plus the grace period. */
  private Optional<Instant> purgeAt(TicketState state) {
    return state.closedAt().map(closed -> closed.plus(config.closedGrace()));
  }

  /** Moves the ticket's timer to an instant (or removes it) and stores the ticket. */
  private void rearm(String requestId, TicketState state, Optional<Instant> next) {
    TicketState settled = state;
    if (!settled.armedAt().equals(next)) {
      settled.armedAt().ifPresent(old -> timers().delete(timerKey(old, requestId)));
      if (next.isPresent()) {
        long millis = timerMillis(next.get());
        firedBefore = Math.min(firedBefore, millis);
        timers().put(timerKey(millis, requestId), requestId);
      }
      settled = settled.armed(next);
    }
    tickets().put(requestId, settled);
  }

  /**
   * Fires every timer that has fallen due, each at its own instant and in time order, including
   * timers that firing re-arms within the same span; reads nothing that is not due.
   */
  private void punctuate(long timestamp) {
    String upTo = pad(timestamp) + "|\uffff";
    while (true) {
      List<KeyValue<String, String>> due = new ArrayList<>();
      try (KeyValueIterator<String, String> iterator = timers().range(pad(firedBefore), upTo)) {
        while (iterator.hasNext()) {
          due.add(iterator.next());
        }
      }
      if (due.isEmpty()) {
        firedBefore = Math.max(firedBefore, Math.addExact(timestamp, 1));
        return;
      }
      for (KeyValue<String, String> timer : due) {
        fire(timer);
      }
    }
  }

  private void fire(KeyValue<String, String> timer) {
    timers().delete(timer.key);
    String requestId = timer.value;
    TicketState state = tickets().get(requestId);
    if (state == null) {
      return;
    }
    Instant at = Instant.ofEpochMilli(Long.parseLong(timer.key.substring(0, WIDTH)));
    if (purgeAt(state).map(leaves -> !at.isBefore(leaves)).orElse(false)) {
      tickets().delete(requestId);
      return;
    }
    settle(requestId, state.armed(Optional.empty()), at);
  }

  /** A timer's key: its instant rounded up to the millisecond (never early), then the request id. */
  static String timerKey(Instant at, String requestId) {
    return timerKey(timerMillis(at), requestId);
  }

  private static String timerKey(long millis, String requestId) {
    return pad(millis) + "|" + requestId;
  }

  /** A timer's instant in epoch milliseconds, rounded up (never early). */
  private static long timerMillis(Instant at) {
    long millis = at.toEpochMilli();
    if (Instant.ofEpochMilli(millis).isBefore(at)) {
      millis = Math.addExact(millis, 1);
    }
    return millis;
  }

  private static String pad(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("timer: '" + Instant.ofEpochMilli(millis) + "' is before 1970: timers are epoch milliseconds");
    }
    String digits = Long.toString(millis);
    return "0".repeat(WIDTH - digits.length()) + digits;
  }
}
