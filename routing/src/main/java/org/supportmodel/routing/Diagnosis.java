package org.supportmodel.routing;

import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.internal.Checks;

/**
 * What is known so far about a request's cause.
 *
 * <p>Immutable and thread-safe.
 *
 * @param layer where the cause lives, if known
 * @param processOrTrainingRuledOut whether a super user has ruled out a business process or
 *     training cause
 * @param complexity how hard it is to fix
 * @param needsDeepD365Knowledge whether it needs deeper Dynamics 365 knowledge than the internal
 *     team has
 * @param isv the ISV whose code is at fault; only with {@link ProblemLayer#ISV_CODE}
 */
public record Diagnosis(
    Optional<ProblemLayer> layer,
    boolean processOrTrainingRuledOut,
    Complexity complexity,
    boolean needsDeepD365Knowledge,
    Optional<AuthorityId> isv) {

  /**
   * Checks the diagnosis.
   *
   * @throws IllegalArgumentException if an ISV is named for a layer other than ISV code, or the
   *     layer is a business process or training issue although that was ruled out
   */
  public Diagnosis {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(complexity, "complexity");
    Objects.requireNonNull(isv, "isv");
    Checks.check(
        isv.isEmpty() || layer.equals(Optional.of(ProblemLayer.ISV_CODE)),
        "isv",
        isv.map(AuthorityId::value).orElse(""),
        "is only given when the layer is ISV_CODE, not " + layer.map(Enum::name).orElse("unknown"));
    Checks.check(
        !(processOrTrainingRuledOut && layer.equals(Optional.of(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING))),
        "layer",
        ProblemLayer.BUSINESS_PROCESS_OR_TRAINING,
        "contradicts processOrTrainingRuledOut true");
  }

  /**
   * Nothing known yet: no layer, nothing ruled out, simple.
   *
   * @return the empty diagnosis, never null
   */
  public static Diagnosis unknown() {
    return new Diagnosis(Optional.empty(), false, Complexity.SIMPLE, false, Optional.empty());
  }

  /**
   * A diagnosis with the cause in a layer; a business process or training cause is not ruled out
   * for that layer, every other layer rules it out.
   *
   * @param layer where the cause lives
   * @param complexity how hard it is to fix
   * @return the diagnosis, never null
   */
  public static Diagnosis of(ProblemLayer layer, Complexity complexity) {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(complexity, "complexity");
    return new Diagnosis(
        Optional.of(layer), layer != ProblemLayer.BUSINESS_PROCESS_OR_TRAINING, complexity, false, Optional.empty());
  }

  /**
   * A diagnosis of a fault in one ISV's code.
   *
   * @param isv the ISV
   * @return the diagnosis, never null
   */
  public static Diagnosis isvCode(AuthorityId isv) {
    Objects.requireNonNull(isv, "isv");
    return new Diagnosis(Optional.of(ProblemLayer.ISV_CODE), true, Complexity.MODERATE, false, Optional.of(isv));
  }

  /**
   * This diagnosis marked as needing deep Dynamics 365 knowledge, or not.
   *
   * @param needed whether deep knowledge is needed
   * @return the new diagnosis, never null
   */
  public Diagnosis withNeedsDeepD365Knowledge(boolean needed) {
    return new Diagnosis(layer, processOrTrainingRuledOut, complexity, needed, isv);
  }

  /**
   * This diagnosis with the process-or-training question settled.
   *
   * @param ruledOut whether a super user ruled out a process or training cause
   * @return the new diagnosis, never null
   */
  public Diagnosis withProcessOrTrainingRuledOut(boolean ruledOut) {
    return new Diagnosis(layer, ruledOut, complexity, needsDeepD365Knowledge, isv);
  }
}
