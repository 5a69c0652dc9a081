package org.supportmodel.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.jspecify.annotations.Nullable;
import org.supportmodel.kafka.JsonSerdes;
import org.supportmodel.kafka.SlaStreamsConfig;
import org.supportmodel.kafka.SlaTopology;
import org.supportmodel.kafka.TicketEnvelope;
import org.supportmodel.sla.TicketEvent;

/**
 * The SLA topology in Kafka Streams itself, against a one-node Kafka cluster started in this
 * process (Kafka's own test kit), as a replay: the events are written to the input topic first,
 * then one stream thread works through them on stream time, with the default persistent stores
 * (RocksDB) and changelogs. Prints the events per second of wall-clock time and per second of the
 * stream thread's CPU time (the broker runs on the other core). Run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.supportmodel.benchmarks.StreamsOnBroker
 * [tickets] [rocksdb|memory] [at_least_once|exactly_once_v2]}; 100,000 tickets of 5 events by
 * default.
 */
public final class StreamsOnBroker {
  private StreamsOnBroker() {}

  /**
   * Runs the replay.
   *
   * @param args the number of tickets, the stores and the processing guarantee
   * @throws Exception if the cluster or the stream does not start
   */
  public static void main(String[] args) throws Exception {
    int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    boolean memory = args.length > 1 && args[1].equals("memory");
    String guarantee = args.length > 2 ? args[2] : StreamsConfig.AT_LEAST_ONCE;
    SlaStreamsConfig replay = StreamsThroughput.persistentConfig().onStreamTime();
    SlaStreamsConfig config = memory ? replay.withInMemoryStores() : replay;
    KafkaClusterTestKit.Builder kit = new KafkaClusterTestKit.Builder(
        new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build());
    for (String setting : List.of("offsets.topic.replication.factor", "transaction.state.log.replication.factor",
        "transaction.state.log.min.isr")) {
      kit.setConfigProp(setting, "1");
    }
    kit.setConfigProp("group.initial.rebalance.delay.ms", "0");
    KafkaClusterTestKit cluster = kit.build();
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      try (Admin admin = cluster.admin()) {
        admin.createTopics(List.of(new NewTopic(config.inputTopic(), 1, (short) 1), new NewTopic(config.changesTopic(), 1, (short) 1),
            new NewTopic(config.attainmentTopic(), 1, (short) 1))).all().get();
      }
      long events = produce(cluster.bootstrapServers(), config, tickets);
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sla-on-broker");
      props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
      props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("sla-on-broker").toString());
      props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
      props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
      props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      try (KafkaStreams streams = new KafkaStreams(SlaTopology.build(config), props)) {
        long began = System.nanoTime();
        streams.start();
        double processed = 0;
        while (processed < events && System.nanoTime() - began < 600e9) {
          Thread.sleep(100);
          processed = processed(streams.metrics());
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long cpu = 0;
        for (long id : threads.getAllThreadIds()) {
          java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
          if (info != null && info.getThreadName().endsWith("-StreamThread-1")) {
            cpu += threads.getThreadCpuTime(id);
          }
        }
        System.out.printf(Locale.ROOT, "%s stores, %s: %,d events of %,d tickets%s in %.1f s: %,.0f events/s; the stream thread's CPU"
                + " %.1f s: %,.0f events per CPU-second%n", memory ? "in-memory" : "RocksDB", guarantee, events, tickets,
            processed < events ? String.format(Locale.ROOT, " (NOT FINISHED: %,.0f processed)", processed) : "", seconds,
            processed / seconds, cpu / 1e9, processed / (cpu / 1e9));
      }
    } finally {
      cluster.close();
    }
  }

  /** Writes the events of {@code tickets} tickets, five each a minute apart, to the input topic's one partition. */
  private static long produce(String bootstrap, SlaStreamsConfig config, int tickets) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    Serializer<TicketEnvelope> json = JsonSerdes.of(TicketEnvelope.class).serializer();
    long sent = 0;
    java.util.concurrent.atomic.AtomicReference<@Nullable Exception> failure = new java.util.concurrent.atomic.AtomicReference<>();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      for (int t = 0; t < tickets; t++) {
        Instant at = StreamsThroughput.START.plus(Duration.ofMinutes(t));
        for (TicketEvent event : StreamsThroughput.ticketEvents(at, t)) {
          java.util.concurrent.Future<?> unused = producer.send(new ProducerRecord<>(config.inputTopic(), 0, event.at().toEpochMilli(),
              "R-" + t, json.serialize(config.inputTopic(), new TicketEnvelope("eu", event))), (metadata, e) -> {
                if (e != null) {
                  failure.compareAndSet(null, e);
                }
              });
          sent++;
        }
      }
      producer.flush();
    }
    Exception failed = failure.get();
    if (failed != null) {
      throw new IllegalStateException("the input could not be written: " + failed.getMessage(), failed);
    }
    return sent;
  }

  /** The records the stream thread has processed, from Kafka Streams' own metric. */
  private static double processed(Map<MetricName, ? extends Metric> metrics) {
    for (Map.Entry<MetricName, ? extends Metric> metric : metrics.entrySet()) {
      if (metric.getKey().name().equals("process-total") && metric.getKey().group().equals("stream-thread-metrics")) {
        return ((Number) metric.getValue().metricValue()).doubleValue();
      }
    }
    return 0;
  }
}
