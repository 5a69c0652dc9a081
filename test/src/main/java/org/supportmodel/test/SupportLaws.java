package org.supportmodel.test;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.RequestId;
import org.supportmodel.routing.Routed;
import org.supportmodel.routing.Routing;
import org.supportmodel.routing.RoutingOutcome;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.routing.Unrouted;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.MetricCycle;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.SlaState;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketSla;
import org.supportmodel.sla.TicketStatus;

/**
 * Laws the library keeps, stated over generated inputs, for ISVs and integrators to hold their own
 * policies, calendars and setups to: each method runs a QuickTheories property and fails with the
 * smallest example it finds.
 */
public final class SupportLaws {
  private static final int EXAMPLES = 300;

  private SupportLaws() {}

  /**
   * Pausing never brings a due instant earlier: for generated histories that end with the ticket
   * running and unresolved, waiting for the customer for a while and resuming gives a resolution
   * due instant no earlier than without the pause. The policy must know the usual statuses.
   *
   * @param policy the policy
   * @param calendars the calendars the policy names
   */
  public static void pausingNeverBringsADueInstantEarlier(SlaPolicy policy, CalendarSet calendars) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(calendars, "calendars");
    qt().withExamples(EXAMPLES)
        .forAll(SupportGenerators.histories(), integers().between(1, 7 * 24 * 60))
        .checkAssert((history, minutes) -> {
          RequestId id = RequestId.of("LAW-1");
          Instant last = history.get(history.size() - 1).at();
          Instant pause = last.plus(Duration.ofMinutes(1));
          Instant resume = pause.plus(Duration.ofMinutes(minutes));
          TicketSla before = SlaEvaluation.evaluate(id, history, policy, calendars, resume);
          Optional<MetricCycle> running = before.latest(SlaMetric.RESOLUTION)
              .filter(c -> c.state() == SlaState.RUNNING || c.state() == SlaState.WARNING);
          if (running.isEmpty() || running.get().due().isEmpty()) {
            return; // nothing running to pause
          }
          List<TicketEvent> paused = new ArrayList<>(history);
          paused.add(TicketEvent.statusChanged(pause, TicketStatus.WAITING_FOR_CUSTOMER));
          paused.add(TicketEvent.statusChanged(resume, TicketStatus.IN_PROGRESS));
          TicketSla after = SlaEvaluation.evaluate(id, paused, policy, calendars, resume);
          Instant dueBefore = running.get().due().get();
          Optional<Instant> dueAfter = after.latest(SlaMetric.RESOLUTION).flatMap(MetricCycle::due);
          if (dueAfter.isPresent() && dueAfter.get().isBefore(dueBefore)) {
            throw new AssertionError("a pause of " + minutes + " minutes brought the resolution due instant earlier: " + dueBefore
                + " without it, " + dueAfter.get() + " with it");
          }
        });
  }

  /**
   * Every request at a position of the setup gets exactly one outcome, and a routed one lands on
   * a level its authority works at, with the path ending there.
   *
   * @param setup the setup
   */
  public static void everyRequestGetsOneOutcomeOnALevelItsAuthorityWorksAt(SupportSetup setup) {
    Objects.requireNonNull(setup, "setup");
    qt().withExamples(EXAMPLES)
        .forAll(SupportGenerators.requests(setup))
        .checkAssert(request -> {
          RoutingOutcome outcome = Routing.route(request, setup);
          if (outcome instanceof Routed routed) {
            if (!Routing.levelsOf(routed.next().authority().kind()).contains(routed.next().level())) {
              throw new AssertionError("routed to a level its authority does not work at:\n" + routed.describe());
            }
            if (!routed.path().get(routed.path().size() - 1).equals(routed.next())) {
              throw new AssertionError("the path does not end at the next hop:\n" + routed.describe());
            }
          } else if (!(outcome instanceof Unrouted)) {
            throw new AssertionError("neither routed nor unrouted: " + outcome);
          }
          if (!outcome.equals(Routing.route(request, setup))) {
            throw new AssertionError("routing the same request twice gave two outcomes: " + request);
          }
        });
  }

  /**
   * Evaluation is a function of the history and the instant: evaluating the same history twice
   * gives equal results.
   *
   * @param policy the policy
   * @param calendars the calendars the policy names
   */
  public static void evaluationIsAFunctionOfTheHistory(SlaPolicy policy, CalendarSet calendars) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(calendars, "calendars");
    qt().withExamples(EXAMPLES)
        .forAll(SupportGenerators.histories())
        .checkAssert(history -> {
          RequestId id = RequestId.of("LAW-2");
          Instant asOf = history.get(history.size() - 1).at();
          TicketSla once = SlaEvaluation.evaluate(id, history, policy, calendars, asOf);
          if (!once.equals(SlaEvaluation.evaluate(id, history, policy, calendars, asOf))) {
            throw new AssertionError("two evaluations of the same history differ: " + history);
          }
        });
  }
}
