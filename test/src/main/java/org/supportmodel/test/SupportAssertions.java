package org.supportmodel.test;

import org.jspecify.annotations.Nullable;
import org.supportmodel.core.selection.ModelRecommendation;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.routing.EscalationDecision;
import org.supportmodel.routing.RoutingOutcome;
import org.supportmodel.sla.Attainment;
import org.supportmodel.sla.TicketSla;

/**
 * The entry point of the kit's assertions, in AssertJ's style: {@code import static
 * org.supportmodel.test.SupportAssertions.assertThat;} beside AssertJ's own.
 */
public final class SupportAssertions {
  private SupportAssertions() {}

  /**
   * Assertions on a routing outcome.
   *
   * @param actual the outcome; null fails every assertion, as in AssertJ
   * @return the assertion, never null
   */
  public static RoutingOutcomeAssert assertThat(@Nullable RoutingOutcome actual) {
    return new RoutingOutcomeAssert(actual);
  }

  /**
   * Assertions on a ticket's SLA.
   *
   * @param actual the SLA
   * @return the assertion, never null
   */
  public static TicketSlaAssert assertThat(@Nullable TicketSla actual) {
    return new TicketSlaAssert(actual);
  }

  /**
   * Assertions on a hypercare exit assessment.
   *
   * @param actual the assessment
   * @return the assertion, never null
   */
  public static ExitAssessmentAssert assertThat(@Nullable ExitAssessment actual) {
    return new ExitAssessmentAssert(actual);
  }

  /**
   * Assertions on an escalation decision.
   *
   * @param actual the decision
   * @return the assertion, never null
   */
  public static EscalationDecisionAssert assertThat(@Nullable EscalationDecision actual) {
    return new EscalationDecisionAssert(actual);
  }

  /**
   * Assertions on SLA attainment.
   *
   * @param actual the attainment
   * @return the assertion, never null
   */
  public static AttainmentAssert assertThat(@Nullable Attainment actual) {
    return new AttainmentAssert(actual);
  }

  /**
   * Assertions on a support-model recommendation.
   *
   * @param actual the recommendation
   * @return the assertion, never null
   */
  public static RecommendationAssert assertThat(@Nullable ModelRecommendation actual) {
    return new RecommendationAssert(actual);
  }
}
