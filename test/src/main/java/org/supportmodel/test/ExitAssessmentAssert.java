package org.supportmodel.test;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.supportmodel.hypercare.CriterionResult;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.hypercare.Verdict;

/**
 * Assertions on a hypercare exit assessment: {@code assertThat(assessment).extendsHypercare()},
 * {@code assertThat(assessment).criterion("sla-attainment").fails().measured(0.82)}. A failure
 * lists every criterion with its status, measurement, threshold and what would make it pass.
 */
public final class ExitAssessmentAssert extends AbstractAssert<ExitAssessmentAssert, ExitAssessment> {
  ExitAssessmentAssert(@Nullable ExitAssessment actual) {
    super(actual, ExitAssessmentAssert.class);
  }

  static String describe(ExitAssessment assessment) {
    StringBuilder text = new StringBuilder("Exit assessment as of " + assessment.asOfDate() + ": " + assessment.verdict());
    for (CriterionResult result : assessment.results()) {
      text.append(System.lineSeparator()).append("  ").append(CriterionAssert.describe(result));
    }
    return text.toString();
  }

  /**
   * The verdict is this one.
   *
   * @param verdict the verdict
   * @return this assertion
   */
  public ExitAssessmentAssert hasVerdict(Verdict verdict) {
    Objects.requireNonNull(verdict, "verdict");
    isNotNull();
    if (actual.verdict() != verdict) {
      throw failureWithActualExpected(actual.verdict(), verdict, "%nExpecting the verdict %s%nbut it is %s%n%s", verdict,
          actual.verdict(), describe(actual));
    }
    return this;
  }

  /**
   * Hypercare can end: every criterion passes.
   *
   * @return this assertion
   */
  public ExitAssessmentAssert exitsHypercare() {
    return hasVerdict(Verdict.EXIT);
  }

  /**
   * Hypercare cannot end yet.
   *
   * @return this assertion
   */
  public ExitAssessmentAssert extendsHypercare() {
    return hasVerdict(Verdict.EXTEND);
  }

  /**
   * A criterion's result, to assert on.
   *
   * @param id the criterion's id, such as {@code "sla-attainment"}
   * @return the criterion's assertion, never null
   */
  public CriterionAssert criterion(String id) {
    Objects.requireNonNull(id, "id");
    isNotNull();
    for (CriterionResult result : actual.results()) {
      if (result.id().equals(id)) {
        return new CriterionAssert(result, actual);
      }
    }
    throw failure("%nExpecting a criterion '%s'%nbut the plan has %s%n%s", id,
        actual.results().stream().map(CriterionResult::id).toList(), describe(actual));
  }
}
