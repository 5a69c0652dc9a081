package org.supportmodel.hypercare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * The evaluation of one exit criterion: what was measured against what threshold, pass, fail or
 * no data, the evidence behind it, what would make it pass, and when it could.
 *
 * @param id the criterion's identifier
 * @param description the criterion in words
 * @param status pass, fail or no data
 * @param value the measured value as a number, where there is one (a share, a count)
 * @param measured the measured value in words, such as {@code 87.5 % (35 of 40 targets met)}
 * @param threshold the threshold in words, such as {@code > 90.0 %}
 * @param evidence what the measurement rests on: request ids, KPIs, items, weeks; a summary or
 *     what keeps the criterion from passing (misses, requests that used hypercare resources) comes
 *     first, then what it rests on, each group sorted
 * @param toPass what would make it pass; empty when it passes
 * @param projection the earliest date it could pass
 */
public record CriterionResult(
    String id,
    String description,
    CriterionStatus status,
    Optional<Double> value,
    String measured,
    String threshold,
    List<String> evidence,
    Optional<String> toPass,
    Projection projection) {

  /**
   * Copies the list and checks consistency.
   *
   * @throws IllegalArgumentException if a passing result says what would make it pass, or a
   *     failing one does not
   */
  public CriterionResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(toPass, "toPass");
    Objects.requireNonNull(projection, "projection");
    evidence = List.copyOf(evidence);
    Checks.identifier(id, "id");
    Checks.text(description, "description");
    Checks.check(
        (status == CriterionStatus.PASS) == toPass.isEmpty(),
        "toPass",
        toPass.orElse(""),
        "must be given exactly when the criterion " + id + " does not pass (it is " + status + ")");
  }

  /**
   * Whether the criterion passes.
   *
   * @return true for {@link CriterionStatus#PASS}
   */
  public boolean passes() {
    return status == CriterionStatus.PASS;
  }
}
