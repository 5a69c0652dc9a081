package org.supportmodel.hypercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.supportmodel.hypercare.HypercareFixtures.GO_LIVE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SlaOutcome;

/** Laws of the exit evaluation over generated request histories. */
class HypercareProperties {
  private static final Instant GO_LIVE_INSTANT = GO_LIVE.atStartOfDay(HypercareFixtures.BERLIN).toInstant();
  private static final int SPAN_MINUTES = 6 * 7 * 24 * 60;

  /** Up to 80 records over six weeks from go-live, with resolutions, hypercare use and SLA outcomes. */
  static Gen<List<RequestRecord>> records() {
    Gen<Integer> count = integers().between(0, 80);
    Gen<Integer> minute = integers().between(0, SPAN_MINUTES);
    Gen<Integer> duration = integers().between(-3 * 24 * 60, 10 * 24 * 60);
    Gen<Integer> dice = integers().between(0, 99);
    Gen<Priority> priority = Generate.enumValues(Priority.class);
    Gen<RequestKind> kind = Generate.enumValues(RequestKind.class);
    return in -> {
      int n = count.generate(in);
      List<RequestRecord> records = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Instant opened = GO_LIVE_INSTANT.plusSeconds(60L * minute.generate(in));
        Priority p = priority.generate(in);
        RequestRecord record = RequestRecord.opened("R-" + i, p, opened).withKind(kind.generate(in));
        int minutes = duration.generate(in);
        List<SlaOutcome> outcomes = new ArrayList<>();
        if (minutes >= 0) {
          Instant resolved = opened.plusSeconds(60L * minutes);
          record = record.resolvedAt(resolved, AuthorityKind.INTERNAL_HELPDESK).withHypercareResources(dice.generate(in) < 10);
          if (dice.generate(in) < 85 || !resolved.isAfter(opened)) {
            outcomes.add(SlaOutcome.met("RESOLUTION", p, resolved.plusSeconds(3600), resolved, HypercareFixtures.BERLIN));
          } else {
            Instant due = opened.plusSeconds(Duration.between(opened, resolved).toSeconds() / 2);
            outcomes.add(SlaOutcome.metLate("RESOLUTION", p, due, resolved, HypercareFixtures.BERLIN));
          }
          if (dice.generate(in) < 15) {
            record = record.reopenedAt(resolved.plusSeconds(60L * dice.generate(in)));
          }
        } else if (dice.generate(in) < 30) {
          outcomes.add(SlaOutcome.breached("RESOLUTION", p, opened.plusSeconds(4 * 3600), HypercareFixtures.BERLIN));
        }
        Instant response = opened.plusSeconds(60L * dice.generate(in));
        outcomes.add(dice.generate(in) < 90
            ? SlaOutcome.met("FIRST_RESPONSE", p, response.plusSeconds(60), response, HypercareFixtures.BERLIN)
            : SlaOutcome.metLate("FIRST_RESPONSE", p, response, response.plusSeconds(1800), HypercareFixtures.BERLIN));
        records.add(record.withSla(outcomes.toArray(new SlaOutcome[0])));
      }
      return records;
    };
  }

  static Gen<Instant> instants() {
    return integers().between(0, SPAN_MINUTES + 7 * 24 * 60).map(m -> GO_LIVE_INSTANT.plusSeconds(60L * m));
  }

  private static HypercarePlan plan() {
    return HypercarePlan.builder()
        .name("Generated")
        .zone(HypercareFixtures.BERLIN)
        .goLive(GO_LIVE)
        .plannedEnd(GO_LIVE.plusWeeks(8))
        .firstPeriodClose(PeriodClose.open(LocalDate.of(2026, 5, 31)).closedOn(LocalDate.of(2026, 6, 4)))
        .addKeyProcess(new ProcessTarget(HypercareFixtures.ORDER_TO_CASH, 0.9))
        .addActionItem(
            ActionItem.of("A-1", "Plan for R-1", "Partner", LocalDate.of(2026, 5, 29)).forRequest(RequestId.of("R-1")).acceptedOn(GO_LIVE))
        .addHandoverItem(
            HandoverItem.of("DOC-1", HandoverKind.DOCUMENTATION, "Runbook", "Partner", LocalDate.of(2026, 5, 29))
                .signedOffOn(LocalDate.of(2026, 5, 27)))
        .defaultCriteria()
        .build();
  }

  private static final List<ProcessKpi> KPIS =
      List.of(ProcessKpi.of("O2C", LocalDate.of(2026, 5, 10), 0.8), ProcessKpi.of("O2C", LocalDate.of(2026, 5, 24), 0.92));

  @Test
  void addingAMetRequestNeverTurnsAPassingSlaCriterionIntoAFailingOne() {
    HypercarePlan plan = HypercareFixtures.bare(ExitCriteria.slaAttainment()).build();
    qt().withExamples(400)
        .forAll(records(), instants(), Generate.enumValues(Priority.class), integers().between(1, 14 * 24 * 60))
        .checkAssert(
            (records, asOf, priority, minutesBefore) -> {
              Instant decided = asOf.minusSeconds(60L * minutesBefore);
              Priority p = priority.ordinal() % 2 == 0 ? Priority.P1 : Priority.P2;
              List<RequestRecord> more = new ArrayList<>(records);
              more.add(
                  RequestRecord.opened("MET", p, decided.minusSeconds(60))
                      .resolvedAt(decided, AuthorityKind.INTERNAL_HELPDESK)
                      .withSla(SlaOutcome.met("RESOLUTION", p, decided.plusSeconds(60), decided, HypercareFixtures.BERLIN)));
              CriterionResult before = HypercareEvaluation.assess(plan, records, List.of(), asOf).results().get(0);
              CriterionResult after = HypercareEvaluation.assess(plan, more, List.of(), asOf).results().get(0);
              if (before.passes()) {
                assertEquals(CriterionStatus.PASS, after.status(), after.measured());
              }
              before.value().ifPresent(share -> assertTrue(after.value().orElseThrow() >= share, after.measured()));
              assertTrue(after.value().isPresent(), "a met target in the window is data");
            });
  }

  @Test
  void theAssessmentDoesNotDependOnTheOrderOfTheRecordsOrKpis() {
    HypercarePlan plan = plan();
    qt().withExamples(200)
        .forAll(records(), instants(), longs().all())
        .checkAssert(
            (records, asOf, seed) -> {
              List<RequestRecord> shuffled = new ArrayList<>(records);
              Collections.shuffle(shuffled, new Random(seed));
              List<ProcessKpi> kpis = new ArrayList<>(KPIS);
              Collections.shuffle(kpis, new Random(seed));
              ExitAssessment forward = HypercareEvaluation.assess(plan, records, KPIS, asOf);
              ExitAssessment reordered = HypercareEvaluation.assess(plan, shuffled, kpis, asOf);
              assertEquals(forward.verdict(), reordered.verdict());
              assertEquals(forward.results(), reordered.results());
              assertEquals(forward.weeks(), reordered.weeks());
              assertEquals(HypercareReport.markdown(forward), HypercareReport.markdown(reordered));
            });
  }

  @Test
  void whatHappensAfterTheInstantOfTheEvaluationDoesNotChangeIt() {
    HypercarePlan plan = plan();
    qt().withExamples(200)
        .forAll(records(), instants(), integers().between(1, 10_000))
        .checkAssert(
            (records, asOf, minutesLater) -> {
              List<RequestRecord> more = new ArrayList<>(records);
              Instant later = asOf.plusSeconds(60L * minutesLater);
              more.add(
                  RequestRecord.opened("LATER", Priority.P1, later)
                      .withSla(SlaOutcome.breached("RESOLUTION", Priority.P1, later.plusSeconds(60), HypercareFixtures.BERLIN)));
              assertEquals(
                  HypercareEvaluation.assess(plan, records, KPIS, asOf).results(),
                  HypercareEvaluation.assess(plan, more, KPIS, asOf).results());
            });
  }

  @Test
  void theBacklogIsTheSupportRequestsOpenAndTheWeeksAddUp() {
    HypercarePlan plan = plan();
    qt().withExamples(300)
        .forAll(records(), instants())
        .checkAssert(
            (records, asOf) -> {
              List<WeekFigures> weeks = HypercareEvaluation.assess(plan, records, KPIS, asOf).weeks();
              long open = records.stream().filter(r -> r.kind().isSupport() && r.openAt(asOf)).count();
              long opened = records.stream().filter(r -> r.kind().isSupport() && r.existsAt(asOf)).count();
              long resolutions = records.stream().filter(r -> r.kind().isSupport())
                  .mapToLong(r -> r.resolutions().stream().filter(t -> t.isBefore(asOf)).count()).sum();
              long reopens = records.stream().filter(r -> r.kind().isSupport())
                  .mapToLong(r -> r.reopens().stream().filter(t -> t.isBefore(asOf)).count()).sum();
              assertEquals(open, weeks.isEmpty() ? 0 : weeks.get(weeks.size() - 1).backlog());
              assertEquals(opened, weeks.stream().mapToLong(WeekFigures::inflow).sum());
              assertEquals(resolutions, weeks.stream().mapToLong(WeekFigures::closures).sum(), "every resolution is a closure");
              assertEquals(reopens, weeks.stream().mapToLong(WeekFigures::reopened).sum(), "every reopen counts");
              for (WeekFigures week : weeks) {
                Instant start = HypercareFixtures.GO_LIVE.plusWeeks(week.number() - 1L).atStartOfDay(HypercareFixtures.BERLIN).toInstant();
                Instant end = start.plus(java.time.Duration.ofDays(7)).isBefore(asOf) ? start.plus(java.time.Duration.ofDays(7)) : asOf;
                SlaCounting.Tally tally = SlaCounting.PER_REQUEST.tally(records, java.util.EnumSet.of(Priority.P1, Priority.P2), start, end, false);
                assertEquals(tally.met(), week.slaMet(), "the weekly figures count SLA as SlaCounting does, week " + week.number());
                assertEquals(tally.missed(), week.slaMissed(), "week " + week.number());
              }
              long running = 0;
              for (WeekFigures week : weeks) {
                running += week.inflow() + week.reopened() - week.closures();
                assertEquals(running, week.backlog(), "backlog = previous + inflow + reopened - closures in week " + week.number());
              }
              assertTrue(weeks.stream().filter(w -> !w.complete()).count() <= 1, "only the current week runs");
            });
  }

  @Test
  void aWeekThatIsOverNeverChangesLater() {
    HypercarePlan plan = plan();
    qt().withExamples(200)
        .forAll(records(), instants(), integers().between(0, 4 * 7 * 24 * 60))
        .checkAssert(
            (records, asOf, minutesLater) -> {
              List<WeekFigures> earlier = HypercareEvaluation.assess(plan, records, KPIS, asOf).weeks();
              List<WeekFigures> later = HypercareEvaluation.assess(plan, records, KPIS, asOf.plusSeconds(60L * minutesLater)).weeks();
              for (WeekFigures week : earlier) {
                if (week.complete()) {
                  assertEquals(week, later.get(week.number() - 1), "week " + week.number());
                }
              }
            });
  }
}
