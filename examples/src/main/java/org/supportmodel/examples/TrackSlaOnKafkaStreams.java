package org.supportmodel.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.supportmodel.kafka.JsonSerdes;
import org.supportmodel.kafka.SlaChange;
import org.supportmodel.kafka.SlaChanges;
import org.supportmodel.kafka.SlaStreamsConfig;
import org.supportmodel.kafka.SlaTopology;
import org.supportmodel.kafka.TenantSla;
import org.supportmodel.kafka.TicketEnvelope;
import org.supportmodel.sla.TicketEvent;

/**
 * Runs the SLA topology on the bundled go-live sample (2,000 requests in Berlin and New York)
 * through Kafka Streams' test driver: the embedded default, no broker. Every event goes in at its
 * own time, the wall clock moves with the events so that timers fire, and at the end the changes
 * the topology emitted are compared, kind by kind, with what the library derives from each
 * request's whole history.
 *
 * <p>To run the same topology against a cluster, see {@code streams/README.md}.
 */
public final class TrackSlaOnKafkaStreams {
  private TrackSlaOnKafkaStreams() {}

  private static void record(Map<String, java.util.SortedSet<String>> keys, Map<String, SlaChange.Kind> kinds, SlaChange change) {
    keys.computeIfAbsent(change.requestId(), k -> new java.util.TreeSet<>()).add(change.key());
    kinds.put(change.requestId() + " " + change.key(), change.kind());
  }

  /** One event and the request and region it belongs to. */
  private record Input(String id, String region, TicketEvent event) {}

  /**
   * Runs the sample through the topology and prints the counts.
   *
   * @param args not used
   * @throws IOException if the sample cannot be read or the state directory not made
   */
  public static void main(String[] args) throws IOException {
    RequestEventCsv.Import data = GoLiveSimulation.bundled();
    SimulationConfig config = SimulationConfig.bundled();
    Map<String, TenantSla> tenants = new HashMap<>();
    config.regions().forEach((region, calendars) -> tenants.put(region, new TenantSla(config.policy(), calendars)));
    SlaStreamsConfig streams = SlaStreamsConfig.of(tenants).withInMemoryStores();

    List<Input> inputs = new ArrayList<>();
    for (RequestEventCsv.ImportedRequest request : data.requests()) {
      request.events().forEach(e -> inputs.add(new Input(request.id().value(), request.region(), e)));
    }
    inputs.sort(Comparator.comparing((Input i) -> i.event().at()));
    Instant start = inputs.get(0).event().at();
    Instant end = SampleData.END.atStartOfDay(SampleData.BERLIN).toInstant();

    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "supportmodel-sla-example");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "embedded:9092");
    Path state = Files.createTempDirectory("supportmodel-streams");
    props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    Map<String, java.util.SortedSet<String>> keys = new HashMap<>();
    Map<String, SlaChange.Kind> kinds = new HashMap<>();
    long began = System.nanoTime();
    try (TopologyTestDriver driver = new TopologyTestDriver(SlaTopology.build(streams), props, start)) {
      TestInputTopic<String, TicketEnvelope> in = driver.createInputTopic(streams.inputTopic(), Serdes.String().serializer(),
          JsonSerdes.of(TicketEnvelope.class).serializer());
      TestOutputTopic<String, SlaChange> out = driver.createOutputTopic(streams.changesTopic(), Serdes.String().deserializer(),
          JsonSerdes.of(SlaChange.class).deserializer());
      Instant clock = start;
      for (Input input : inputs) {
        if (input.event().at().isAfter(clock)) {
          driver.advanceWallClockTime(Duration.between(clock, input.event().at()));
          clock = input.event().at();
        }
        in.pipeInput(input.id(), new TicketEnvelope(input.region(), input.event()), input.event().at());
        out.readValuesToList().forEach(c -> record(keys, kinds, c));
      }
      driver.advanceWallClockTime(Duration.between(clock, end));
      out.readValuesToList().forEach(c -> record(keys, kinds, c));
    }
    double seconds = (System.nanoTime() - began) / 1e9;

    Map<SlaChange.Kind, Integer> emitted = new EnumMap<>(SlaChange.Kind.class);
    Map<SlaChange.Kind, Integer> library = new EnumMap<>(SlaChange.Kind.class);
    List<String> differing = new ArrayList<>();
    for (RequestEventCsv.ImportedRequest request : data.requests()) {
      TenantSla sla = java.util.Objects.requireNonNull(tenants.get(request.region()), request.region());
      java.util.SortedSet<String> expected = new java.util.TreeSet<>();
      SlaChanges.asOf(request.id().value(), request.region(), request.events(), sla, end).changes().forEach(c -> {
        library.merge(c.kind(), 1, Integer::sum);
        expected.add(c.key());
      });
      java.util.SortedSet<String> got = keys.getOrDefault(request.id().value(), new java.util.TreeSet<>());
      got.forEach(k -> emitted.merge(java.util.Objects.requireNonNull(kinds.get(request.id().value() + " " + k), k), 1, Integer::sum));
      if (!got.equals(expected)) {
        differing.add(request.id() + " " + got + " vs " + expected + " " + request.events());
      }
    }
    System.out.println("SLA changes of " + data.requests().size() + " requests (" + inputs.size() + " events) through Kafka Streams'"
        + " test driver, up to " + end + ":");
    System.out.printf("  %-9s %9s %9s%n", "change", "topology", "library");
    for (SlaChange.Kind kind : SlaChange.Kind.values()) {
      System.out.printf("  %-9s %9d %9d%n", kind, emitted.getOrDefault(kind, 0), library.getOrDefault(kind, 0));
    }
    System.out.println(differing.isEmpty() ? "The topology emitted exactly the library's changes, each once."
        : "The topology and the library differ for " + differing.size() + " requests: " + differing);
    // a cold start, the wall clock moved before each event and its outputs read one by one: not a throughput figure
    // (benchmarks/README.md has those, measured warm)
    System.out.printf(java.util.Locale.ROOT, "(%.1f s in the test driver from a cold start, the clock moved and the outputs read after each"
        + " event; benchmarks/README.md has the warm throughput)%n", seconds);
  }
}
