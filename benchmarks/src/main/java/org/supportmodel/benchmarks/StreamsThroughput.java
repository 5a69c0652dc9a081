package org.supportmodel.benchmarks;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.supportmodel.core.Priority;
import org.supportmodel.kafka.JsonSerdes;
import org.supportmodel.kafka.SlaChange;
import org.supportmodel.kafka.SlaStreamsConfig;
import org.supportmodel.kafka.SlaTopology;
import org.supportmodel.kafka.TenantSla;
import org.supportmodel.kafka.TicketEnvelope;
import org.supportmodel.kafka.TicketState;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.BusinessDuration;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.PriorityChangePolicy;
import org.supportmodel.sla.ReopenPolicy;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;

/**
 * Throughput of the SLA topology in Kafka Streams' test driver (issue 16, point 8): events per
 * second through the topology on one core, and the cost of one punctuation with 1,000,000 open
 * tickets of which 1 % fall due. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.supportmodel.benchmarks.StreamsThroughput [tickets]}.
 */
public final class StreamsThroughput {
  static final Instant START = Instant.parse("2026-05-04T06:00:00Z");

  private StreamsThroughput() {}

  /**
   * The benchmarks' ticket: created (its priority by its number), answered a minute later, waiting
   * for the customer, in progress again, resolved, a minute apart.
   */
  static TicketEvent[] ticketEvents(Instant at, int number) {
    return new TicketEvent[] {TicketEvent.created(at, Priority.values()[number % 4]),
        TicketEvent.of(at.plusSeconds(60), TicketEvent.Type.FIRST_RESPONSE),
        TicketEvent.statusChanged(at.plusSeconds(120), TicketStatus.WAITING_FOR_CUSTOMER),
        TicketEvent.statusChanged(at.plusSeconds(180), TicketStatus.IN_PROGRESS),
        TicketEvent.of(at.plusSeconds(240), TicketEvent.Type.RESOLVED)};
  }

  private static SlaStreamsConfig config() {
    return persistentConfig().withInMemoryStores();
  }

  /** The benchmark's tenant (24x7 targets, warnings at 50 and 75 %), with the default persistent stores. */
  static SlaStreamsConfig persistentConfig() {
    SlaPolicy.Builder policy = SlaPolicy.builder();
    for (Priority priority : Priority.values()) {
      policy.target(priority, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofHours(1L + priority.ordinal()), "24x7")
          .target(priority, SlaMetric.RESOLUTION, BusinessDuration.ofHours(8L * (1 + priority.ordinal())), "24x7");
    }
    policy.addWarningThresholds(50, 75).usualStatuses().priorityChange(PriorityChangePolicy.KEEP_ELAPSED).reopen(ReopenPolicy.NEW_CYCLE);
    CalendarSet calendars = CalendarSet.of("24x7", BusinessCalendar.twentyFourSeven(java.time.ZoneId.of("Europe/Berlin")));
    return SlaStreamsConfig.of(Map.of("eu", new TenantSla(policy.build(), calendars)));
  }

  private static TopologyTestDriver driver(SlaStreamsConfig config) throws java.io.IOException {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sla-throughput");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "embedded:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("sla-throughput").toString());
    return new TopologyTestDriver(SlaTopology.build(config), props, START);
  }

  /** A processor context with the topology's stores, in memory, without changelogs. */
  private static org.apache.kafka.streams.processor.api.MockProcessorContext<String, SlaChange> withStores(SlaStreamsConfig config) {
    org.apache.kafka.streams.processor.api.MockProcessorContext<String, SlaChange> context =
        new org.apache.kafka.streams.processor.api.MockProcessorContext<>();
    for (org.apache.kafka.streams.state.StoreBuilder<?> builder : SlaTopology.stores(config)) {
      org.apache.kafka.streams.processor.StateStore store = builder.withLoggingDisabled().build();
      store.init(context.getStateStoreContext(), store);
      context.addStateStore(store);
    }
    return context;
  }

  private static void processorAlone(SlaStreamsConfig config, int tickets) {
    for (int round = 0; round < 2; round++) {
      org.apache.kafka.streams.processor.api.MockProcessorContext<String, SlaChange> context = withStores(config);
      org.apache.kafka.streams.processor.api.Processor<String, TicketEnvelope, String, SlaChange> processor =
          SlaTopology.processor(config).get();
      processor.init(context);
      long began = System.nanoTime();
      long sent = 0;
      for (int t = 0; t < tickets; t++) {
        String id = "P-" + t;
        Instant at = START.plus(Duration.ofMinutes(t));
        context.setCurrentSystemTimeMs(at.toEpochMilli());
        for (TicketEvent event : ticketEvents(at, t)) {
          processor.process(new org.apache.kafka.streams.processor.api.Record<>(id, new TicketEnvelope("eu", event),
              event.at().toEpochMilli()));
          sent++;
        }
        if (t % 1000 == 999) {
          context.resetForwards();
        }
      }
      double seconds = (System.nanoTime() - began) / 1e9;
      if (round == 1) {
        System.out.printf(Locale.ROOT, "events through the processor alone: %,d in %.2f s = %,.0f events/s%n", sent, seconds,
            sent / seconds);
      }
    }
  }

  private static void punctuationAlone(SlaStreamsConfig config, int open) {
    org.apache.kafka.streams.processor.api.MockProcessorContext<String, SlaChange> context = withStores(config);
    KeyValueStore<String, TicketState> tickets = context.getStateStore(SlaTopology.TICKETS);
    KeyValueStore<String, String> timers = context.getStateStore(SlaTopology.TIMERS);
    Instant due = START.plus(Duration.ofMinutes(30));
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    for (int t = 0; t < open; t++) {
      String id = "OPEN-" + t;
      Instant next = t % 100 == 0 ? due : START.plus(Duration.ofDays(30));
      tickets.put(id, new TicketState("eu", java.util.List.of(TicketEvent.created(START, Priority.P1)),
          java.util.List.of(), Optional.of(next), Optional.empty()));
      timers.put(String.format(Locale.ROOT, "%019d|%s", next.toEpochMilli(), id), id);
    }
    System.gc();
    long heapAfter = runtime.totalMemory() - runtime.freeMemory();
    org.apache.kafka.streams.processor.api.Processor<String, TicketEnvelope, String, SlaChange> processor =
        SlaTopology.processor(config).get();
    processor.init(context);
    context.setCurrentSystemTimeMs(START.plus(Duration.ofMinutes(31)).toEpochMilli());
    long began = System.nanoTime();
    context.scheduledPunctuators().get(0).getPunctuator().punctuate(START.plus(Duration.ofMinutes(31)).toEpochMilli());
    double seconds = (System.nanoTime() - began) / 1e9;
    System.out.printf(Locale.ROOT, "the processor alone, one punctuation over %,d open tickets, %,d due: %.3f s (%,.0f µs per due"
        + " ticket), %,d changes%n", open, open / 100, seconds, seconds * 1e6 / (open / 100.0), context.forwarded().size());
    System.out.printf(Locale.ROOT, "heap per open ticket in the in-memory stores: about %d bytes%n", (heapAfter - heapBefore) / open);
  }

  /**
   * The test driver's own cost per event, without the SLA: the same driver and the same number of
   * events through three trivial topologies of text records, (a) passed through to an output topic,
   * (b) also counted per key in an in-memory store with a changelog, (c) counted after a
   * repartition instead. Each of the SLA topology's parts costs at least this.
   */
  private static void driverFloor() throws java.io.IOException {
    String[] names = {"(a) pass-through", "(b) pass-through and a count per key (in-memory store, changelog)",
        "(c) pass-through and a count after a repartition (in-memory store, changelog)"};
    for (int variant = 0; variant < names.length; variant++) {
      org.apache.kafka.streams.StreamsBuilder builder = new org.apache.kafka.streams.StreamsBuilder();
      org.apache.kafka.common.serialization.Serde<String> strings = Serdes.String();
      org.apache.kafka.streams.kstream.KStream<String, String> in =
          builder.stream("in", org.apache.kafka.streams.kstream.Consumed.with(strings, strings));
      in.to("out", org.apache.kafka.streams.kstream.Produced.with(strings, strings));
      if (variant > 0) {
        org.apache.kafka.streams.kstream.KStream<String, String> keyed = variant == 1 ? in : in.selectKey((key, value) -> value);
        keyed.groupByKey(org.apache.kafka.streams.kstream.Grouped.with(strings, strings))
            .count(org.apache.kafka.streams.kstream.Materialized.<String, Long>as(
                org.apache.kafka.streams.state.Stores.inMemoryKeyValueStore("floor-counts")).withKeySerde(strings).withValueSerde(Serdes.Long()))
            .toStream().to("counts", org.apache.kafka.streams.kstream.Produced.with(strings, Serdes.Long()));
      }
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, "driver-floor");
      props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "embedded:9092");
      props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("driver-floor").toString());
      try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props, START)) {
        TestInputTopic<String, String> input = driver.createInputTopic("in", strings.serializer(), strings.serializer());
        TestOutputTopic<String, String> output = driver.createOutputTopic("out", strings.deserializer(), strings.deserializer());
        int events = 100_000;
        for (int round = 0; round < 2; round++) { // the first round warms up
          long began = System.nanoTime();
          for (int i = 0; i < events; i++) {
            input.pipeInput("P-" + (i % 20_000), "value-" + (i % 400));
            if (i % 5000 == 4999) {
              output.readValuesToList();
            }
          }
          double seconds = (System.nanoTime() - began) / 1e9;
          if (round == 1) {
            System.out.printf(Locale.ROOT, "the driver alone, %s: %,.0f events/s%n", names[variant], events / seconds);
          }
        }
      }
    }
  }

  /**
   * Runs both measurements.
   *
   * @param args the number of open tickets for the punctuation, 1,000,000 by default
   * @throws Exception if the driver cannot start
   */
  public static void main(String[] args) throws Exception {
    int open = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    SlaStreamsConfig config = config();
    // 1. events per second: 20,000 tickets of 5 events each, a minute apart, in time order
    int tickets = 20_000;
    try (TopologyTestDriver driver = driver(config)) {
      TestInputTopic<String, TicketEnvelope> in = driver.createInputTopic(config.inputTopic(), Serdes.String().serializer(),
          JsonSerdes.of(TicketEnvelope.class).serializer());
      TestOutputTopic<String, SlaChange> out = driver.createOutputTopic(config.changesTopic(), Serdes.String().deserializer(),
          JsonSerdes.of(SlaChange.class).deserializer());
      long events = 0;
      for (int round = 0; round < 2; round++) { // the first round warms up
        long began = System.nanoTime();
        long sent = 0;
        for (int t = 0; t < tickets; t++) {
          String id = "R" + round + "-" + t;
          Instant at = START.plus(Duration.ofMinutes(round * 100_000L + t));
          for (TicketEvent event : ticketEvents(at, t)) {
            in.pipeInput(id, new TicketEnvelope("eu", event), event.at());
            sent++;
          }
          if (t % 1000 == 999) {
            driver.advanceWallClockTime(Duration.ofMinutes(1000));
            out.readValuesToList();
          }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        events = sent;
        if (round == 1) {
          System.out.printf(Locale.ROOT, "events through the topology: %,d in %.2f s = %,.0f events/s%n", events, seconds, events / seconds);
        }
      }
    }
    // 1a. the driver's own floor: what it costs per event with no SLA work at all
    driverFloor();
    // 1b. the processor alone, on in-memory stores without changelogs: the topology's own cost, without the driver's
    processorAlone(config, tickets);
    punctuationAlone(config, open);
    // 2. one punctuation with `open` open tickets, 1 % of them due
    try (TopologyTestDriver driver = driver(config)) {
      KeyValueStore<String, TicketState> store = driver.getKeyValueStore(SlaTopology.TICKETS);
      KeyValueStore<String, String> timers = driver.getKeyValueStore(SlaTopology.TIMERS);
      long bytes = 0;
      Instant due = START.plus(Duration.ofMinutes(30));
      for (int t = 0; t < open; t++) {
        String id = "OPEN-" + t;
        Instant created = START;
        boolean falls = t % 100 == 0;
        Instant next = falls ? due : START.plus(Duration.ofDays(30));
        TicketState state = new TicketState("eu", java.util.List.of(TicketEvent.created(created, Priority.P1)), java.util.List.of(),
            Optional.of(next), Optional.empty());
        store.put(id, state);
        String key = String.format(Locale.ROOT, "%019d|%s", next.toEpochMilli(), id);
        timers.put(key, id);
        if (t < 1000) {
          bytes += org.supportmodel.kafka.StateSerdes.ticketState().serializer().serialize("x", state).length + key.length() + id.length() * 2L;
        }
      }
      TestOutputTopic<String, SlaChange> out = driver.createOutputTopic(config.changesTopic(), Serdes.String().deserializer(),
          JsonSerdes.of(SlaChange.class).deserializer());
      // the driver hands the stores' changelog records of the set-up to its producer; it reads them at the next
      // punctuation: let it do that at a minute, when nothing is due, so that the timed one measures the punctuation
      driver.advanceWallClockTime(Duration.ofMinutes(1));
      long began = System.nanoTime();
      driver.advanceWallClockTime(Duration.ofMinutes(30));
      double seconds = (System.nanoTime() - began) / 1e9;
      long changes = out.getQueueSize();
      System.out.printf(Locale.ROOT, "one punctuation over %,d open tickets, %,d due: %.3f s (%,.0f µs per due ticket), %,d changes%n",
          open, open / 100, seconds, seconds * 1e6 / (open / 100.0), changes);
      System.out.printf(Locale.ROOT, "store bytes per open ticket (one event, binary state format): about %d%n", bytes / 1000);
    }
  }
}
