package org.supportmodel.test;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.supportmodel.hypercare.CriterionResult;
import org.supportmodel.hypercare.CriterionStatus;
import org.supportmodel.hypercare.ExitAssessment;

/** Assertions on one exit criterion's result; a failure shows the whole assessment. */
public final class CriterionAssert extends AbstractAssert<CriterionAssert, CriterionResult> {
  /** How far a measured share may be from the expected one: shares are exact fractions of counts. */
  private static final double TOLERANCE = 1e-9;
  private final ExitAssessment assessment;

  CriterionAssert(CriterionResult actual, ExitAssessment assessment) {
    super(actual, CriterionAssert.class);
    this.assessment = assessment;
  }

  static String describe(CriterionResult result) {
    return result.id() + ": " + result.status() + ", measured " + result.measured() + " against " + result.threshold()
        + result.toPass().map(t -> "; to pass: " + t).orElse("");
  }

  private CriterionAssert status(CriterionStatus status) {
    isNotNull();
    if (actual.status() != status) {
      throw failureWithActualExpected(actual.status(), status, "%nExpecting %s to %s%nbut it is %s: %s%n%s", actual.id(), status,
          actual.status(), describe(actual), ExitAssessmentAssert.describe(assessment));
    }
    return this;
  }

  /**
   * The criterion passes.
   *
   * @return this assertion
   */
  public CriterionAssert passes() {
    return status(CriterionStatus.PASS);
  }

  /**
   * The criterion fails.
   *
   * @return this assertion
   */
  public CriterionAssert fails() {
    return status(CriterionStatus.FAIL);
  }

  /**
   * There is nothing to measure the criterion on (never a pass).
   *
   * @return this assertion
   */
  public CriterionAssert hasNoData() {
    return status(CriterionStatus.NO_DATA);
  }

  /**
   * The measured value, such as a share of {@code 0.82}.
   *
   * @param expected the value
   * @return this assertion
   */
  public CriterionAssert measured(double expected) {
    isNotNull();
    boolean holds = actual.value().map(v -> Math.abs(v - expected) <= TOLERANCE).orElse(false);
    if (!holds) {
      throw failureWithActualExpected(actual.value().map(Object::toString).orElse("no value"), Double.toString(expected),
          "%nExpecting %s to measure %s%nbut it measured %s (%s)%n%s", actual.id(), expected,
          actual.value().map(Object::toString).orElse("no value"), actual.measured(), ExitAssessmentAssert.describe(assessment));
    }
    return this;
  }
}
