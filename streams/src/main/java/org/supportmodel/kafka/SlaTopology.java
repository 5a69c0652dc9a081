package org.supportmodel.kafka;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.supportmodel.core.Priority;
import org.supportmodel.sla.SlaMetric;

/**
 * Builds the SLA topology: ticket events in, SLA state changes and attainment counts out.
 *
 * <pre>
 * ticket-events (key: request id) -- SlaProcessor [tickets, timers] --&gt; sla-changes (key: request id)
 *                                                                   \--&gt; attainment per hour and week --&gt; sla-attainment
 * </pre>
 *
 * <p>Work partitions by request id: every event of a ticket goes to the same partition, so one task
 * holds a ticket's whole history. The {@code tickets} store keeps each open ticket's {@link
 * TicketState}; the {@code timers} store is a time-ordered index (keys start with the instant) of
 * each ticket's next change, so a punctuation reads only the timers that have fallen due. Both are
 * persistent stores with changelogs, so a restarted instance resumes where it stopped.
 */
public final class SlaTopology {
  /** The store of open tickets. */
  public static final String TICKETS = "sla-tickets";
  /** The time-ordered index of timers. */
  public static final String TIMERS = "sla-timers";
  /** The store of attainment counts. */
  public static final String ATTAINMENT = "sla-attainment-counts";

  private SlaTopology() {}

  /**
   * The topology.
   *
   * @param config the tenants' policies and calendars, topics and timing
   * @return the topology, never null
   */
  public static Topology build(SlaStreamsConfig config) {
    Objects.requireNonNull(config, "config");
    Serde<String> strings = Serdes.String();
    Serde<SlaChange> changes = JsonSerdes.of(SlaChange.class);
    StreamsBuilder builder = new StreamsBuilder();
    for (StoreBuilder<?> store : stores(config)) {
      builder.addStateStore(store);
    }
    ProcessorSupplier<String, TicketEnvelope, String, SlaChange> processor = processor(config);
    KStream<String, SlaChange> out = builder.stream(config.inputTopic(), Consumed.with(strings, JsonSerdes.of(TicketEnvelope.class)))
        .process(processor, TICKETS, TIMERS);
    out.to(config.changesTopic(), Produced.with(strings, changes));
    // the repartition carries whether the cycle was met: the bucket key says the rest
    out.filter((id, change) -> change.kind() == SlaChange.Kind.MET || change.kind() == SlaChange.Kind.BREACHED)
        .flatMap((id, change) -> {
          Boolean met = change.kind() == SlaChange.Kind.MET;
          return List.of(KeyValue.pair(bucket("HOUR", hour(change.at()), change), met),
              KeyValue.pair(bucket("WEEK", week(change.at(), config), change), met));
        })
        .groupByKey(Grouped.with(strings, Serdes.Boolean()))
        .aggregate(
            () -> AttainmentCount.NONE,
            (key, met, count) -> count(key, met, count),
            Materialized.<String, AttainmentCount>as(config.persistentStores()
                    ? Stores.persistentKeyValueStore(ATTAINMENT) : Stores.inMemoryKeyValueStore(ATTAINMENT))
                .withKeySerde(strings).withValueSerde(StateSerdes.attainmentCount()))
        .toStream()
        .to(config.attainmentTopic(), Produced.with(strings, JsonSerdes.of(AttainmentCount.class)));
    return builder.build();
  }

  /**
   * The SLA processor alone, for a topology of one's own: it needs the stores of {@link
   * #stores(SlaStreamsConfig)} connected under their names.
   *
   * @param config the configuration
   * @return the supplier, never null
   */
  public static ProcessorSupplier<String, TicketEnvelope, String, SlaChange> processor(SlaStreamsConfig config) {
    Objects.requireNonNull(config, "config");
    return () -> new SlaProcessor(config);
  }

  /**
   * The processor's stores: the open tickets ({@value #TICKETS}) and the timers ({@value #TIMERS}).
   *
   * @param config the configuration, which says persistent or in memory
   * @return the store builders, with changelogs, never null
   */
  public static List<StoreBuilder<?>> stores(SlaStreamsConfig config) {
    Objects.requireNonNull(config, "config");
    Serde<String> strings = Serdes.String();
    return List.of(Stores.keyValueStoreBuilder(store(TICKETS, config), strings, StateSerdes.ticketState()),
        Stores.keyValueStoreBuilder(store(TIMERS, config), strings, strings));
  }

  private static org.apache.kafka.streams.state.KeyValueBytesStoreSupplier store(String name, SlaStreamsConfig config) {
    return config.persistentStores() ? Stores.persistentKeyValueStore(name) : Stores.inMemoryKeyValueStore(name);
  }

  private static String bucket(String window, Instant start, SlaChange change) {
    return window + "|" + start + "|" + change.priority() + "|" + change.metric();
  }

  private static Instant hour(Instant at) {
    return at.truncatedTo(ChronoUnit.HOURS);
  }

  private static Instant week(Instant at, SlaStreamsConfig config) {
    LocalDate monday = at.atZone(config.weekZone()).toLocalDate().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    return monday.atStartOfDay(config.weekZone()).toInstant();
  }

  /** Adds a met or missed cycle to a bucket's count; a bucket's first count reads its window, priority and metric from its key. */
  private static AttainmentCount count(String key, boolean met, AttainmentCount count) {
    AttainmentCount base = count;
    if (count.window().equals(AttainmentCount.NONE.window())) {
      String[] parts = key.split("\\|", -1);
      base = new AttainmentCount(parts[0], Instant.parse(parts[1]), Priority.valueOf(parts[2]), SlaMetric.valueOf(parts[3]), 0, 0);
    }
    return new AttainmentCount(base.window(), base.start(), base.priority(), base.metric(),
        Math.addExact(base.met(), met ? 1 : 0), Math.addExact(base.missed(), met ? 0 : 1));
  }

}
