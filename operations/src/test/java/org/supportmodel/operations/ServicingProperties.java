package org.supportmodel.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.CriticalPeriod;
import org.supportmodel.core.SupportModel;
import org.supportmodel.sla.BusinessCalendar;

/** Laws of the servicing calendar over generated tasks, releases and critical periods. */
class ServicingProperties {
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2027, 1, 1);

  static Gen<ServicingCalendar> calendars() {
    return longs().all().map(seed -> {
      Random random = new Random(seed);
      List<ServicingTask> tasks = new ArrayList<>();
      for (int i = 0; i < random.nextInt(8); i++) {
        Recurrence recurrence = switch (random.nextInt(4)) {
          case 0 -> Recurrence.weekly(DayOfWeek.of(1 + random.nextInt(7)));
          case 1 -> Recurrence.monthly(1 + random.nextInt(31));
          case 2 -> Recurrence.monthlyOn(random.nextBoolean() ? -1 : 1 + random.nextInt(4), DayOfWeek.of(1 + random.nextInt(7)));
          default -> Recurrence.quarterly(1 + random.nextInt(31));
        };
        tasks.add(new ServicingTask("T" + i, "Task " + i, ScopeArea.values()[random.nextInt(ScopeArea.values().length)], recurrence,
            LocalTime.of(random.nextInt(24), 0), ServicingCalendarTest.BERLIN, Duration.ofMinutes(30 + random.nextInt(300)), random.nextBoolean()));
      }
      List<Release> releases = new ArrayList<>();
      for (int i = 0; i < random.nextInt(6); i++) {
        releases.add(new Release("R" + i, Release.Kind.values()[random.nextInt(3)], "release " + i,
            LocalDateTime.of(FROM.plusDays(random.nextInt(400) - 20), LocalTime.of(18 + random.nextInt(5), 0)), ServicingCalendarTest.BERLIN,
            Duration.ofHours(1 + random.nextInt(4)), 1 + random.nextInt(20)));
      }
      List<CriticalPeriod> periods = new ArrayList<>();
      for (int i = 0; i < random.nextInt(3); i++) {
        LocalDate first = FROM.plusDays(random.nextInt(360));
        periods.add(CriticalPeriod.of("period-" + i, first, first.plusDays(random.nextInt(15))));
      }
      Map<AuthorityKind, BusinessCalendar> staffing = random.nextBoolean()
          ? Map.of(AuthorityKind.INTERNAL_D365_TEAM, ServicingCalendarTest.OFFICE, AuthorityKind.INTERNAL_IT, ServicingCalendarTest.OFFICE,
              AuthorityKind.SUPER_USER, ServicingCalendarTest.OFFICE)
          : Map.of();
      return new ServicingCalendar(SupportScope.defaults(SupportModel.values()[random.nextInt(3)], false), tasks, releases, periods, staffing);
    });
  }

  @Test
  void everyConflictIsReportedExactlyOnce() {
    qt().withExamples(300).forAll(calendars()).checkAssert(calendar -> {
      ServicingPlan plan = calendar.plan(FROM, UNTIL);
      assertEquals(plan.conflicts().size(), new HashSet<>(plan.conflicts()).size(), "no conflict twice");
      long critical = 0;
      for (Occurrence occurrence : plan.occurrences()) {
        boolean heavy = occurrence.kind() == Occurrence.Kind.PRODUCTION_DEPLOYMENT || (occurrence.kind() == Occurrence.Kind.TASK
            && calendar.tasks().stream().anyMatch(task -> task.id().equals(occurrence.source()) && task.heavy()));
        if (heavy) {
          LocalDate day = occurrence.start().toLocalDate();
          critical += calendar.criticalPeriods().stream().filter(p -> !day.isBefore(p.first()) && !day.isAfter(p.last())).count();
        }
      }
      assertEquals(critical, plan.conflicts(ServicingConflict.Kind.IN_CRITICAL_PERIOD).size(), "one per heavy occurrence and period");
      List<Release> shown = calendar.releases().stream()
          .filter(r -> plan.occurrences().stream().anyMatch(o -> o.source().equals(r.id()))).toList();
      long overlapping = 0;
      for (int i = 0; i < shown.size(); i++) {
        for (int j = i + 1; j < shown.size(); j++) {
          Release a = shown.get(i);
          Release b = shown.get(j);
          overlapping += !a.regressionStart().isAfter(b.regressionEnd()) && !b.regressionStart().isAfter(a.regressionEnd()) ? 1 : 0;
        }
      }
      assertEquals(overlapping, plan.conflicts(ServicingConflict.Kind.OVERLAPPING_REGRESSION).size(), "one per overlapping pair");
      assertEquals(plan.conflicts(ServicingConflict.Kind.OWNER_HOURS_UNKNOWN).size(),
          plan.conflicts(ServicingConflict.Kind.OWNER_HOURS_UNKNOWN).stream().map(c -> c.message()).distinct().count(), "once per party");
    });
  }

  @Test
  void theOrderOfTasksAndReleasesDoesNotChangeThePlansOccurrences() {
    qt().withExamples(200).forAll(calendars()).checkAssert(calendar -> {
      List<ServicingTask> tasks = new ArrayList<>(calendar.tasks());
      List<Release> releases = new ArrayList<>(calendar.releases());
      java.util.Collections.reverse(tasks);
      java.util.Collections.reverse(releases);
      ServicingCalendar reordered = new ServicingCalendar(calendar.scope(), tasks, releases, calendar.criticalPeriods(), calendar.staffing());
      assertEquals(new HashSet<>(calendar.plan(FROM, UNTIL).occurrences()), new HashSet<>(reordered.plan(FROM, UNTIL).occurrences()));
      assertEquals(new HashSet<>(calendar.plan(FROM, UNTIL).conflicts()).size(), new HashSet<>(reordered.plan(FROM, UNTIL).conflicts()).size());
    });
  }
}
