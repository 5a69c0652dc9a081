package org.supportmodel.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.supportmodel.sla.TicketEvent;

/** A new processor whose stores are restored from changelog records, as a restarted instance's are. */
final class Restored {
  private final MockProcessorContext<String, SlaChange> context = new MockProcessorContext<>();
  private final SlaProcessor processor;

  Restored(SlaStreamsConfig config, Map<String, TicketState> tickets, Map<String, String> timers, Instant now) {
    KeyValueStore<String, TicketState> ticketStore = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(SlaTopology.TICKETS),
        Serdes.String(), StateSerdes.ticketState()).withLoggingDisabled().build();
    KeyValueStore<String, String> timerStore = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(SlaTopology.TIMERS),
        Serdes.String(), Serdes.String()).withLoggingDisabled().build();
    ticketStore.init(context.getStateStoreContext(), ticketStore);
    timerStore.init(context.getStateStoreContext(), timerStore);
    context.addStateStore(ticketStore);
    context.addStateStore(timerStore);
    tickets.forEach((key, value) -> {
      if (value != null) {
        ticketStore.put(key, value);
      }
    });
    timers.forEach((key, value) -> {
      if (value != null) {
        timerStore.put(key, value);
      }
    });
    context.setCurrentSystemTimeMs(now.toEpochMilli());
    processor = new SlaProcessor(config);
    processor.init(context);
  }

  void process(String id, TicketEvent event) {
    processor.process(new Record<>(id, new TicketEnvelope("berlin", event), event.at().toEpochMilli()));
  }

  void punctuate(Instant at) {
    context.setCurrentSystemTimeMs(at.toEpochMilli());
    context.scheduledPunctuators().get(0).getPunctuator().punctuate(at.toEpochMilli());
  }

  List<SlaChange> forwarded() {
    List<SlaChange> changes = new ArrayList<>();
    context.forwarded().forEach(f -> changes.add(f.record().value()));
    return changes;
  }
}
