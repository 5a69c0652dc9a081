package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.supportmodel.core.Priority;

/** Laws of SLA evaluation over generated, possible histories. */
class SlaEvaluationProperties {
  private static final List<TicketStatus> STATUSES =
      List.of(TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CUSTOMER, TicketStatus.WAITING_FOR_THIRD_PARTY);
  private static final Instant BASE = Instant.parse("2026-03-02T06:00:00Z");

  /** A possible history of up to 20 events over about three weeks, created first. */
  static Gen<List<TicketEvent>> histories() {
    Gen<Priority> priority = Generate.enumValues(Priority.class);
    Gen<Integer> gap = integers().between(0, 24 * 60);
    Gen<Integer> kind = integers().between(0, 6);
    Gen<Integer> length = integers().between(0, 19);
    Gen<Integer> status = integers().between(0, STATUSES.size() - 1);
    return in -> {
      List<TicketEvent> events = new ArrayList<>();
      Instant t = BASE.plusSeconds(60L * gap.generate(in));
      events.add(TicketEvent.created(t, priority.generate(in)));
      boolean responded = false;
      boolean resolved = false;
      int n = length.generate(in);
      for (int i = 0; i < n; i++) {
        t = t.plusSeconds(60L * (1 + gap.generate(in)));
        switch (kind.generate(in)) {
          case 0 -> events.add(TicketEvent.statusChanged(t, STATUSES.get(status.generate(in))));
          case 1 -> events.add(TicketEvent.priorityChanged(t, priority.generate(in)));
          case 2 -> {
            events.add(TicketEvent.of(t, responded ? TicketEvent.Type.UPDATE : TicketEvent.Type.FIRST_RESPONSE));
            responded = true;
          }
          case 3 -> {
            events.add(TicketEvent.of(t, resolved ? TicketEvent.Type.REOPENED : TicketEvent.Type.RESOLVED));
            resolved = !resolved;
            responded = true;
          }
          case 6 -> events.add(TicketEvent.of(t, TicketEvent.Type.CUSTOMER_REPLY));
          default -> events.add(TicketEvent.statusChanged(t, STATUSES.get(status.generate(in) % 2)));
        }
      }
      return events;
    };
  }

  static Gen<Instant> asOfs() {
    return integers().between(0, 30 * 24 * 60).map(m -> BASE.plusSeconds(60L * m));
  }

  private static TicketSla evaluate(List<TicketEvent> events, Instant asOf) {
    return SlaEvaluation.evaluate(SlaFixtures.ID, events, SlaFixtures.policy(), SlaFixtures.CALENDARS, asOf);
  }

  @Test
  void theTimelineAddsUpToTheElapsedAndPausedTime() {
    qt().withExamples(300)
        .forAll(histories(), asOfs())
        .checkAssert(
            (events, asOf) -> {
              SlaTimeline timeline = SlaEvaluation.timeline(SlaFixtures.ID, events, SlaFixtures.policy(), SlaFixtures.CALENDARS, asOf);
              assertEquals(evaluate(events, asOf), timeline.sla(), "the timeline changes nothing of the evaluation");
              for (int i = 0; i < timeline.cycles().size(); i++) {
                MetricCycle cycle = timeline.sla().cycles().get(i);
                CycleTimeline segments = timeline.cycles().get(i);
                assertEquals(cycle.elapsed(), segments.elapsed(), () -> cycle + " " + segments);
                assertEquals(cycle.start(), segments.start());
                assertEquals(cycle.end().orElse(asOf), segments.end());
                for (TimelineSegment segment : segments.segments()) {
                  assertTrue(segment.businessTime().compareTo(segment.duration()) <= 0);
                }
              }
            });
  }

  @Test
  void onOneCalendarRunningAndPausedTimeMakeTheCalendarsTime() {
    // no P1, so every cycle is measured on business hours from start to end
    qt().withExamples(300)
        .forAll(histories(), asOfs())
        .checkAssert(
            (history, asOf) -> {
              List<TicketEvent> events = history.stream().map(SlaEvaluationProperties::withoutP1).toList();
              BusinessCalendar calendar = SlaFixtures.CALENDARS.get("business-hours");
              for (CycleTimeline cycle : SlaEvaluation.timeline(SlaFixtures.ID, events, SlaFixtures.policy(), SlaFixtures.CALENDARS, asOf).cycles()) {
                assertEquals(calendar.elapsed(cycle.start(), cycle.end()), cycle.elapsed().plus(cycle.paused()), cycle::toString);
              }
            });
  }

  @Test
  void actionsNeverRepeatOnReplayAndTheNextChangeComesNoLaterThanAnyPendingOne() {
    qt().withExamples(300)
        .forAll(histories(), asOfs(), integers().between(0, 10 * 24 * 60))
        .checkAssert(
            (events, asOf, minutes) -> {
              Instant later = asOf.plusSeconds(60L * minutes);
              TicketSla first = SlaEvaluation.evaluate(SlaFixtures.ID, events, SlaActionsTest.WITH_ACTIONS, SlaFixtures.CALENDARS, asOf);
              TicketSla second = SlaEvaluation.evaluate(SlaFixtures.ID, events, SlaActionsTest.WITH_ACTIONS, SlaFixtures.CALENDARS, later);
              assertEquals(first, SlaEvaluation.evaluate(SlaFixtures.ID, events, SlaActionsTest.WITH_ACTIONS, SlaFixtures.CALENDARS, asOf));
              java.util.Set<String> keys = new java.util.HashSet<>();
              for (ScheduledAction action : first.actions()) {
                assertTrue(keys.add(action.metric() + "/" + action.cycle() + "/" + action.action()), () -> "twice: " + action);
                if (action.done()) {
                  assertFalse(action.at().isAfter(asOf), action::toString);
                  assertTrue(second.actions().contains(action), () -> action + " is not done the same way later: " + second.actions());
                } else {
                  assertTrue(action.at().isAfter(asOf), action::toString);
                  assertFalse(first.nextChange().orElseThrow().isAfter(action.at()), () -> first.nextChange() + " after " + action);
                }
              }
            });
  }

  /** A possible history with assignments to three parties among its events. */
  static Gen<List<TicketEvent>> assignedHistories() {
    Gen<Integer> party = integers().between(0, 2);
    Gen<Integer> offset = integers().between(0, 3 * 24 * 60);
    Gen<Integer> count = integers().between(0, 6);
    return histories().flatMap(events -> in -> {
      List<TicketEvent> withParties = new ArrayList<>(events);
      Instant created = events.get(0).at();
      int n = count.generate(in);
      for (int i = 0; i < n; i++) {
        withParties.add(TicketEvent.assigned(created.plusSeconds(60L * offset.generate(in)), List.of("helpdesk", "d365-team", "partner").get(party.generate(in))));
      }
      return withParties.stream().distinct().toList();
    });
  }

  @Test
  void theTimeHeldSplitByPartyAddsUpToTheTicketsElapsedTime() {
    List<PartyAgreement> agreements = List.of(PartyEvaluationTest.TEAM_OLA, PartyEvaluationTest.PARTNER_CONTRACT);
    qt().withExamples(300)
        .forAll(assignedHistories(), asOfs())
        .checkAssert(
            (events, asOf) -> {
              PartySla parties = PartyEvaluation.evaluate(SlaFixtures.ID, events, SlaFixtures.policy(), agreements, SlaFixtures.CALENDARS, asOf);
              Duration sum = Duration.ZERO;
              for (String party : parties.parties()) {
                sum = sum.plus(parties.heldTime(party));
              }
              Instant created = events.get(0).at();
              Duration expected = asOf.isBefore(created) ? Duration.ZERO : Duration.between(created, asOf);
              assertEquals(expected, sum, () -> parties.holdings().toString());
              assertEquals(expected, parties.elapsed());
              assertEquals(evaluate(events, asOf), parties.sla(), "the parties change nothing of the customer SLA");
              for (PartyCycle cycle : parties.cycles()) {
                assertTrue(cycle.elapsed().compareTo(Duration.between(cycle.start(), cycle.end().orElse(asOf))) <= 0, cycle::toString);
                assertEquals(cycle.breachedAt().isPresent(), cycle.elapsed().compareTo(((BusinessDuration) cycle.target()).duration()) >= 0, cycle::toString);
              }
            });
  }

  @Test
  void aPauseNeverBringsAPartysDueInstantEarlier() {
    List<PartyAgreement> agreements = List.of(PartyEvaluationTest.TEAM_OLA);
    qt().withExamples(300)
        .forAll(integers().between(0, 3000), integers().between(1, 3000), integers().between(0, 6000))
        .checkAssert(
            (pauseStart, pauseLength, afterPause) -> {
              Instant created = BASE;
              Instant pause = created.plusSeconds(60L * pauseStart);
              Instant resume = pause.plusSeconds(60L * pauseLength);
              Instant asOf = resume.plusSeconds(60L * afterPause);
              List<TicketEvent> plain = List.of(TicketEvent.created(created, Priority.P3), TicketEvent.assigned(created, "d365-team"));
              List<TicketEvent> paused = List.of(TicketEvent.created(created, Priority.P3), TicketEvent.assigned(created, "d365-team"),
                  TicketEvent.statusChanged(pause, TicketStatus.WAITING_FOR_CUSTOMER), TicketEvent.statusChanged(resume, TicketStatus.IN_PROGRESS));
              PartyCycle without = hold(PartyEvaluation.evaluate(SlaFixtures.ID, plain, SlaFixtures.policy(), agreements, SlaFixtures.CALENDARS, asOf));
              PartyCycle with = hold(PartyEvaluation.evaluate(SlaFixtures.ID, paused, SlaFixtures.policy(), agreements, SlaFixtures.CALENDARS, asOf));
              assertFalse(with.due().orElseThrow().isBefore(without.due().orElseThrow()), () -> with + " / " + without);
              assertTrue(with.elapsed().compareTo(without.elapsed()) <= 0);
              if (without.breachedAt().isPresent() && with.breachedAt().isPresent()) {
                assertFalse(with.breachedAt().orElseThrow().isBefore(without.breachedAt().orElseThrow()));
              }
            });
  }

  private static PartyCycle hold(PartySla parties) {
    return parties.cycles().stream().filter(c -> c.metric() == PartyMetric.HOLD).findFirst().orElseThrow();
  }

  @Test
  void agentWorkAndRequesterWaitTogetherAreTheBusinessTimeTheTicketWasUnresolved() {
    qt().withExamples(300)
        .forAll(histories(), asOfs())
        .checkAssert(
            (history, asOf) -> {
              List<TicketEvent> events = history.stream().map(SlaEvaluationProperties::withoutP1).toList();
              TicketSla sla = SlaEvaluation.evaluate(SlaFixtures.ID, events, MoreMetricsTest.POLICY, SlaFixtures.CALENDARS, asOf);
              if (sla.created().isAfter(asOf)) {
                return;
              }
              BusinessCalendar calendar = SlaFixtures.CALENDARS.get("business-hours");
              Duration unresolved = Duration.ZERO;
              List<Instant> changes = new ArrayList<>(sla.resolutionChanges());
              Instant from = sla.created();
              for (int i = 0; i <= changes.size(); i += 2) {
                Instant to = i < changes.size() ? changes.get(i) : asOf;
                unresolved = unresolved.plus(calendar.elapsed(from, to));
                if (i + 1 < changes.size()) {
                  from = changes.get(i + 1);
                } else {
                  break;
                }
              }
              Duration work = sla.latest(SlaMetric.AGENT_WORK).orElseThrow().elapsed();
              Duration wait = sla.latest(SlaMetric.REQUESTER_WAIT).orElseThrow().elapsed();
              assertEquals(unresolved, work.plus(wait), () -> sla.toString());
            });
  }

  private static TicketEvent withoutP1(TicketEvent event) {
    if (event.priority().isEmpty() || event.priority().get() != Priority.P1) {
      return event;
    }
    return event.type() == TicketEvent.Type.CREATED ? TicketEvent.created(event.at(), Priority.P2) : TicketEvent.priorityChanged(event.at(), Priority.P2);
  }

  @Test
  void theSameHistoryInAnyOrderGivesTheSameAnswer() {
    qt().withExamples(500)
        .forAll(histories(), asOfs(), longs().all())
        .checkAssert(
            (events, asOf, seed) -> {
              List<TicketEvent> shuffled = new ArrayList<>(events);
              Collections.shuffle(shuffled, new Random(seed));
              assertEquals(evaluate(events, asOf), evaluate(shuffled, asOf));
            });
  }

  @Test
  void aPauseNeverBringsTheDueInstantEarlier() {
    qt().withExamples(500)
        .forAll(Generate.enumValues(Priority.class), integers().between(0, 3000), integers().between(1, 3000), integers().between(0, 6000))
        .checkAssert(
            (priority, pauseStart, pauseLength, afterPause) -> {
              Instant created = BASE;
              Instant pause = created.plusSeconds(60L * pauseStart);
              Instant resume = pause.plusSeconds(60L * pauseLength);
              Instant asOf = resume.plusSeconds(60L * afterPause);
              List<TicketEvent> plain = List.of(TicketEvent.created(created, priority));
              List<TicketEvent> paused =
                  List.of(
                      TicketEvent.created(created, priority),
                      TicketEvent.statusChanged(pause, TicketStatus.WAITING_FOR_CUSTOMER),
                      TicketEvent.statusChanged(resume, TicketStatus.IN_PROGRESS));
              MetricCycle without = evaluate(plain, asOf).latest(SlaMetric.RESOLUTION).orElseThrow();
              MetricCycle with = evaluate(paused, asOf).latest(SlaMetric.RESOLUTION).orElseThrow();
              assertFalse(with.due().orElseThrow().isBefore(without.due().orElseThrow()),
                  () -> "pause " + pause + " to " + resume + ": " + with.due() + " before " + without.due());
              assertTrue(with.elapsed().compareTo(without.elapsed()) <= 0);
              BusinessCalendar calendar = SlaFixtures.CALENDARS.get(with.calendar());
              Instant dueWithout = without.due().orElseThrow();
              if (pause.isBefore(dueWithout)
                  && calendar.elapsed(pause, resume.isBefore(dueWithout) ? resume : dueWithout).compareTo(Duration.ZERO) > 0) {
                assertTrue(with.due().orElseThrow().isAfter(dueWithout), "a pause over business time delays the due instant");
              }
            });
  }

  @Test
  void nothingChangesBeforeTheNextChangeAndSomethingChangesAtIt() {
    qt().withExamples(300)
        .forAll(histories(), asOfs())
        .checkAssert(
            (events, asOf) -> {
              Instant lastEvent = events.stream().map(TicketEvent::at).max(Instant::compareTo).orElseThrow();
              Instant from = asOf.isAfter(lastEvent) ? asOf : lastEvent;
              TicketSla now = evaluate(events, from);
              Optional<Instant> next = now.nextChange();
              if (next.isEmpty()) {
                TicketSla later = evaluate(events, from.plusSeconds(400L * 24 * 3600));
                assertEquals(states(now), states(later), "no change was announced");
                return;
              }
              Instant change = next.get();
              assertTrue(change.isAfter(from));
              TicketSla justBefore = evaluate(events, change.minusNanos(1));
              TicketSla at = evaluate(events, change);
              assertEquals(states(now), states(justBefore));
              assertNotEquals(states(justBefore), states(at), () -> "nothing changed at " + change);
            });
  }

  @Test
  void elapsedNeverExceedsTheTimeSinceTheCycleStarted() {
    qt().withExamples(500)
        .forAll(histories(), asOfs())
        .checkAssert(
            (events, asOf) -> {
              for (MetricCycle cycle : evaluate(events, asOf).cycles()) {
                Instant end = cycle.end().orElse(asOf);
                assertTrue(cycle.elapsed().compareTo(java.time.Duration.between(cycle.start(), end).plusHours(1)) <= 0, cycle.toString());
                assertFalse(cycle.elapsed().isNegative());
                assertEquals(cycle.state().isMissed(), cycle.breachedAt().isPresent(), cycle.toString());
              }
            });
  }

  /** The observable state: each cycle's state and how many thresholds fired. */
  private static List<String> states(TicketSla sla) {
    List<String> states = new ArrayList<>();
    for (MetricCycle cycle : sla.cycles()) {
      states.add(cycle.metric() + "#" + cycle.cycle() + " " + cycle.state() + " " + cycle.thresholdsFired().size());
    }
    return states;
  }
}
