package org.supportmodel.test;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.selection.ModelRecommendation;

/** Assertions on a support-model recommendation; a failure shows the scores and what decided. */
public final class RecommendationAssert extends AbstractAssert<RecommendationAssert, ModelRecommendation> {
  RecommendationAssert(@Nullable ModelRecommendation actual) {
    super(actual, RecommendationAssert.class);
  }

  /**
   * The recommended model is this one.
   *
   * @param model the model
   * @return this assertion
   */
  public RecommendationAssert recommends(SupportModel model) {
    Objects.requireNonNull(model, "model");
    isNotNull();
    if (actual.recommended() != model) {
      throw failureWithActualExpected(actual.recommended(), model, "%nExpecting the %s model%nbut the library recommends %s"
              + "%n  scores: %s%n  deciding constraint: %s%n  exclusions: %s", model, actual.recommended(), actual.scores(),
          actual.decidingConstraint().orElse("none"), actual.exclusions());
    }
    return this;
  }
}
