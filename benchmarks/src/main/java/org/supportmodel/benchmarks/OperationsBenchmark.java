package org.supportmodel.benchmarks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.CriticalPeriod;
import org.supportmodel.core.SupportModel;
import org.supportmodel.operations.Recurrence;
import org.supportmodel.operations.Release;
import org.supportmodel.operations.ScopeArea;
import org.supportmodel.operations.ServicingCalendar;
import org.supportmodel.operations.ServicingPlan;
import org.supportmodel.operations.ServicingTask;
import org.supportmodel.operations.SupportScope;
import org.supportmodel.sla.BusinessCalendar;

/**
 * The support and servicing calendar over 12 months: 50 recurring tasks (weekly, monthly, on the
 * n-th weekday, quarterly; a fifth of them heavy), 20 releases of the three kinds, four critical
 * periods and office hours for the parties, laid out with every conflict.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OperationsBenchmark {
  private ServicingCalendar calendar;

  /** Builds the tasks, releases and periods. */
  @Setup
  public void setUp() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    List<ServicingTask> tasks = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Recurrence recurrence = switch (i % 4) {
        case 0 -> Recurrence.weekly(DayOfWeek.of(1 + i % 7));
        case 1 -> Recurrence.monthly(1 + i % 28);
        case 2 -> Recurrence.monthlyOn(i % 8 == 2 ? -1 : 1 + i % 4, DayOfWeek.of(1 + i % 7));
        default -> Recurrence.quarterly(1 + i % 28);
      };
      tasks.add(new ServicingTask("T" + i, "Task " + i, ScopeArea.values()[i % ScopeArea.values().length], recurrence,
          LocalTime.of((i * 5) % 24, 0), berlin, Duration.ofHours(1 + i % 3), i % 5 == 0));
    }
    List<Release> releases = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      releases.add(new Release("R" + i, Release.Kind.values()[i % 3], "release " + i, LocalDateTime.of(2026, 1, 10, 22, 0).plusDays(17L * i),
          berlin, Duration.ofHours(2), 5 + i % 10));
    }
    List<CriticalPeriod> periods = List.of(CriticalPeriod.of("q1-close", LocalDate.of(2026, 3, 27), LocalDate.of(2026, 4, 3)),
        CriticalPeriod.of("q2-close", LocalDate.of(2026, 6, 26), LocalDate.of(2026, 7, 3)),
        CriticalPeriod.of("peak", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 24)),
        CriticalPeriod.of("year-end", LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 8)));
    BusinessCalendar office = BusinessCalendar.builder(berlin).weekdays("08:00-18:00").build();
    calendar = new ServicingCalendar(SupportScope.defaults(SupportModel.MIXED, false), tasks, releases, periods,
        Map.of(AuthorityKind.INTERNAL_D365_TEAM, office, AuthorityKind.INTERNAL_IT, office, AuthorityKind.SUPER_USER, office));
    ServicingPlan plan = plan();
    if (plan.occurrences().size() < 1000 || plan.conflicts().isEmpty()) {
      throw new IllegalStateException("the benchmark's calendar is not what it measures: " + plan.occurrences().size());
    }
  }

  /** Twelve months laid out, with every conflict. */
  @Benchmark
  public ServicingPlan plan() {
    return calendar.plan(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
  }
}
