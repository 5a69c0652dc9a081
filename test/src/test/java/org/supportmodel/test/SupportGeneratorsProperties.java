package org.supportmodel.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.RequestId;
import org.supportmodel.routing.Routing;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.SlaEvaluation;

/** What the generators promise, and the laws holding for the sample policy and setups. */
class SupportGeneratorsProperties {
  @Test
  void everyGeneratedHistoryIsOneTheLibraryAccepts() {
    qt().withExamples(500).forAll(SupportGenerators.histories(), SupportGenerators.zones()).checkAssert((history, zone) -> {
      CalendarSet calendars = CalendarSet.of("business-hours", BusinessCalendar.twentyFourSeven(zone), "24x7",
          BusinessCalendar.twentyFourSeven(zone));
      Instant last = history.get(history.size() - 1).at();
      assertThat(SlaEvaluation.evaluate(RequestId.of("GEN-1"), history, Samples.policy(), calendars, last).cycles()).isNotEmpty();
    });
  }

  @Test
  void generatedCalendarsOpenSomewhereInEveryWeek() {
    qt().withExamples(200).forAll(SupportGenerators.calendars()).checkAssert(calendar -> {
      Instant start = Instant.parse("2026-06-01T00:00:00Z");
      assertThat(calendar.elapsed(start, start.plusSeconds(8 * 86_400)).isZero()).isFalse();
    });
  }

  @Test
  void generatedRequestsRouteFromPositionsOfTheirSetup() {
    qt().withExamples(300).forAll(SupportGenerators.setups()).checkAssert(setup ->
        qt().withExamples(20).forAll(SupportGenerators.requests(setup)).checkAssert(request ->
            assertThat(Routing.route(request, setup).requestId()).isEqualTo(request.id())));
  }

  @Test
  void generatedRecordsAreValidRecords() {
    qt().withExamples(300).forAll(SupportGenerators.requestRecords()).checkAssert(record ->
        assertThat(record.resolutions()).allSatisfy(r -> assertThat(r).isAfter(record.opened())));
  }

  @Test
  void theLawsHoldForTheSamplePolicyAndTheGeneratedSetups() {
    SupportLaws.pausingNeverBringsADueInstantEarlier(Samples.policy(), Samples.calendars());
    SupportLaws.evaluationIsAFunctionOfTheHistory(Samples.policy(), Samples.calendars());
    SupportLaws.everyRequestGetsOneOutcomeOnALevelItsAuthorityWorksAt(Samples.mixedSetup());
  }
}
