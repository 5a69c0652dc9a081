package org.supportmodel.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.sla.Attainment;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketSla;

/**
 * Attainment over 1,000,000 distinct evaluated tickets, reported per ticket: tickets per second is
 * 10<sup>9</sup> divided by the score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class AttainmentBenchmark {
  static final int TICKETS = 1_000_000;

  private List<TicketSla> tickets;
  private Instant from;
  private Instant to;

  /**
   * Evaluates a million tickets over 8 weeks: random priorities, response and resolution times, so
   * that some meet their targets, some meet them late and some are still open and breached.
   */
  @Setup
  public void setUp() {
    BusinessCalendar officeHours = SlaBenchmark.officeHours();
    CalendarSet calendars = SlaBenchmark.calendars(officeHours);
    SlaPolicy policy = SlaBenchmark.policy();
    from = SlaBenchmark.berlin("2026-03-02T00:00");
    to = from.plus(Duration.ofDays(56));
    Instant asOf = to.plus(Duration.ofDays(7));
    SplittableRandom random = new SplittableRandom(20261122L);
    List<TicketSla> list = new ArrayList<>(TICKETS);
    Priority[] priorities = Priority.values();
    for (int i = 0; i < TICKETS; i++) {
      Instant created = from.plusSeconds(random.nextLong(Duration.ofDays(56).toSeconds()));
      Instant responded = created.plusSeconds(random.nextLong(6 * 3600));
      List<TicketEvent> events = new ArrayList<>(3);
      events.add(TicketEvent.created(created, priorities[random.nextInt(priorities.length)]));
      events.add(TicketEvent.of(responded, TicketEvent.Type.FIRST_RESPONSE));
      if (random.nextInt(10) != 0) {
        events.add(TicketEvent.of(responded.plusSeconds(random.nextLong(3 * 86_400)), TicketEvent.Type.RESOLVED));
      }
      list.add(SlaEvaluation.evaluate(RequestId.of("INC-" + i), events, policy, calendars, asOf));
    }
    tickets = List.copyOf(list);
  }

  /** The attainment of every priority and metric over the 8 weeks. */
  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public Attainment attainmentOfAMillionTickets() {
    return Attainment.of(tickets, from, to);
  }
}
