package org.supportmodel.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.supportmodel.core.RequestId;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.hypercare.HypercareEvaluation;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.ProcessKpi;
import org.supportmodel.jackson.SupportmodelModule;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketSla;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON through the {@code supportmodel-jackson} module: writing the SLA of the 20-event ticket of
 * {@link SlaBenchmark} (every cycle, verdict and scheduled action), writing an exit assessment over
 * 1,000 requests (the size of a go-live's first weeks; every criterion with its evidence, the
 * weekly figures and the action plan), and reading the 20 events back.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBenchmark {
  private static final TypeReference<List<TicketEvent>> EVENTS = new TypeReference<>() {};

  private JsonMapper mapper;
  private TicketSla sla;
  private ExitAssessment assessment;
  private String eventsJson;

  /** Evaluates the ticket and assesses the records once; the benchmarks only write and read. */
  @Setup
  public void setUp() {
    mapper = JsonMapper.builder().addModule(new SupportmodelModule()).build();
    Instant start = SlaBenchmark.berlin("2026-03-25T10:17");
    List<TicketEvent> events = SlaBenchmark.twentyEvents(start, Duration.ofMinutes(317));
    sla = SlaEvaluation.evaluate(RequestId.of("INC-20"), events, SlaBenchmark.policy(), SlaBenchmark.calendars(SlaBenchmark.officeHours()),
        SlaBenchmark.berlin("2026-04-15T12:00"));
    HypercarePlan plan = HypercareBenchmark.plan();
    assessment = HypercareEvaluation.assess(plan, HypercareBenchmark.records(plan, 1_000),
        List.of(ProcessKpi.of("O2C", plan.goLive().plusWeeks(2), 0.84)), plan.goLiveInstant().plusSeconds(8 * 7 * 86_400L));
    eventsJson = mapper.writeValueAsString(events);
    if (sla.cycles().isEmpty() || assessment.results().size() != 7 || mapper.readValue(eventsJson, EVENTS).size() != 20) {
      throw new IllegalStateException("the benchmark's inputs are not what it measures");
    }
  }

  /** One ticket's SLA as JSON text. */
  @Benchmark
  public String writeTicketSla() {
    return mapper.writeValueAsString(sla);
  }

  /** One ticket's SLA as UTF-8 bytes, as an HTTP response or a Kafka record carries it. */
  @Benchmark
  public byte[] writeTicketSlaBytes() {
    return mapper.writeValueAsBytes(sla);
  }

  /** An exit assessment over 1,000 requests as JSON text. */
  @Benchmark
  public String writeExitAssessment() {
    return mapper.writeValueAsString(assessment);
  }

  /** The 20 events read from JSON, validated as the library's factories validate them. */
  @Benchmark
  public List<TicketEvent> readTwentyEvents() {
    return mapper.readValue(eventsJson, EVENTS);
  }
}
