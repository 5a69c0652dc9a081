package org.supportmodel.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.supportmodel.sla.TicketEvent;

/** The topology in a test driver, with its wall clock, input and outputs. */
final class Driver implements AutoCloseable {
  final TopologyTestDriver driver;
  final TestInputTopic<String, TicketEnvelope> in;
  final TestOutputTopic<String, SlaChange> changes;
  final TestOutputTopic<String, AttainmentCount> attainment;
  private Instant clock;

  Driver(SlaStreamsConfig config, Instant start, Path stateDir) {
    this(config, start, stateDir, new Properties());
  }

  /** A driver with more Streams properties, such as exception handlers. */
  Driver(SlaStreamsConfig config, Instant start, Path stateDir, Properties more) {
    Properties props = new Properties();
    props.putAll(more);
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sla-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    this.driver = new TopologyTestDriver(SlaTopology.build(config), props, start);
    this.clock = start;
    this.in = driver.createInputTopic(config.inputTopic(), Serdes.String().serializer(), JsonSerdes.of(TicketEnvelope.class).serializer());
    this.changes = driver.createOutputTopic(config.changesTopic(), Serdes.String().deserializer(),
        JsonSerdes.of(SlaChange.class).deserializer());
    this.attainment = driver.createOutputTopic(config.attainmentTopic(), Serdes.String().deserializer(),
        JsonSerdes.of(AttainmentCount.class).deserializer());
  }

  static Path temp() throws IOException {
    return Files.createTempDirectory("sla-streams");
  }

  void send(String id, TicketEvent event) {
    in.pipeInput(id, new TicketEnvelope("berlin", event), event.at());
  }

  /** Moves the wall clock forward to an instant; due timers fire. */
  void at(Instant instant) {
    if (instant.isAfter(clock)) {
      driver.advanceWallClockTime(Duration.between(clock, instant));
      clock = instant;
    }
  }

  Instant clock() {
    return clock;
  }

  KeyValueStore<String, TicketState> tickets() {
    return driver.getKeyValueStore(SlaTopology.TICKETS);
  }

  /** The timers, key to request id, in key (time) order. */
  java.util.List<org.apache.kafka.streams.KeyValue<String, String>> timers() {
    java.util.List<org.apache.kafka.streams.KeyValue<String, String>> all = new java.util.ArrayList<>();
    KeyValueStore<String, String> store = driver.getKeyValueStore(SlaTopology.TIMERS);
    try (var iterator = store.all()) {
      iterator.forEachRemaining(all::add);
    }
    return all;
  }

  @Override
  public void close() {
    driver.close();
  }
}
