package org.supportmodel.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.PriorityChangePolicy;
import org.supportmodel.sla.ReopenPolicy;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketSla;

/**
 * One ticket with a very long history under each priority-change and reopen policy: updates
 * alternating with priority changes (and resolutions with reopens), one minute apart. The cost
 * must grow linearly with the number of events (issue 13): the time per event is the same at
 * 100,000 and 400,000 events.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class LongHistoryBenchmark {
  @Param({"100000", "400000"})
  int events;

  @Param({"RESTART", "KEEP_ELAPSED"})
  PriorityChangePolicy priorityChange = PriorityChangePolicy.RESTART;

  private List<TicketEvent> history;
  private SlaPolicy policy;
  private CalendarSet calendars;
  private Instant asOf;

  /** Builds the history. */
  @Setup
  public void setUp() {
    policy = SlaBenchmark.policy().withPriorityChange(priorityChange).withReopen(ReopenPolicy.CONTINUE_CYCLE);
    calendars = SlaBenchmark.calendars(SlaBenchmark.officeHours());
    history = history(SlaBenchmark.berlin("2026-03-25T10:17"), events);
    asOf = history.get(history.size() - 1).at().plus(Duration.ofHours(1));
  }

  /**
   * Updates alternating with priority changes, with a resolution and reopen every 10 events.
   *
   * @param start the creation
   * @param size the number of events
   * @return the history, in order
   */
  static List<TicketEvent> history(Instant start, int size) {
    List<TicketEvent> events = new ArrayList<>(size);
    events.add(TicketEvent.created(start, Priority.P3));
    Instant at = start;
    for (int i = 1; i < size; i++) {
      at = at.plusSeconds(60);
      events.add(switch (i % 10) {
        case 1, 3, 5, 7 -> TicketEvent.of(at, TicketEvent.Type.UPDATE);
        case 8 -> TicketEvent.of(at, TicketEvent.Type.RESOLVED);
        case 9 -> TicketEvent.of(at, TicketEvent.Type.REOPENED);
        default -> TicketEvent.priorityChanged(at, i % 4 == 0 ? Priority.P2 : Priority.P3);
      });
    }
    return events;
  }

  /** Evaluates the ticket. */
  @Benchmark
  public TicketSla evaluate() {
    return SlaEvaluation.evaluate(RequestId.of("INC-LONG"), history, policy, calendars, asOf);
  }
}
