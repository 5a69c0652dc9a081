package org.supportmodel.routing;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
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
 * @param integration the integration at fault, by its name in the setup; only with {@link
 *     ProblemLayer#INTEGRATION}
 * @param topics what else is known of the problem, lower case, such as {@code "performance"}: a
 *     specialist team whose scope names a topic takes the request
 */
public record Diagnosis(
    Optional<ProblemLayer> layer,
    boolean processOrTrainingRuledOut,
    Complexity complexity,
    boolean needsDeepD365Knowledge,
    Optional<AuthorityId> isv,
    Optional<String> integration,
    SortedSet<String> topics) {
  private static final SortedSet<String> EMPTY = Collections.emptySortedSet();

  /**
   * Checks the diagnosis.
   *
   * @throws IllegalArgumentException if an ISV is named for a layer other than ISV code, an
   *     integration for a layer other than integration, or the layer is a business process or
   *     training issue although that was ruled out
   */
  public Diagnosis {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(complexity, "complexity");
    Objects.requireNonNull(isv, "isv");
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(topics, "topics");
    topics = Names.lowerCased(topics, "topics");
    integration.ifPresent(name -> Checks.identifier(name, "integration"));
    Checks.check(
        integration.isEmpty() || layer.equals(Optional.of(ProblemLayer.INTEGRATION)),
        "integration",
        integration.orElse(""),
        "is only given when the layer is INTEGRATION, not " + layer.map(Enum::name).orElse("unknown"));
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
   * A diagnosis that names no integration and no topic.
   *
   * @param layer where the cause lives, if known
   * @param processOrTrainingRuledOut whether a process or training cause is ruled out
   * @param complexity how hard it is to fix
   * @param needsDeepD365Knowledge whether it needs deeper Dynamics 365 knowledge
   * @param isv the ISV whose code is at fault
   */
  public Diagnosis(
      Optional<ProblemLayer> layer,
      boolean processOrTrainingRuledOut,
      Complexity complexity,
      boolean needsDeepD365Knowledge,
      Optional<AuthorityId> isv) {
    this(layer, processOrTrainingRuledOut, complexity, needsDeepD365Knowledge, isv, Optional.empty(), EMPTY);
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
    return new Diagnosis(layer, processOrTrainingRuledOut, complexity, needed, isv, integration, topics);
  }

  /**
   * A diagnosis of a fault in one of the setup's integrations, by its name.
   *
   * @param integration the integration's name
   * @param complexity how hard it is to fix
   * @return the diagnosis, never null
   */
  public static Diagnosis integration(String integration, Complexity complexity) {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(complexity, "complexity");
    return new Diagnosis(Optional.of(ProblemLayer.INTEGRATION), true, complexity, false, Optional.empty(),
        Optional.of(integration), EMPTY);
  }

  /**
   * This diagnosis with topics added, such as {@code "performance"}.
   *
   * @param more the topics
   * @return the new diagnosis, never null
   */
  public Diagnosis withTopics(String... more) {
    Objects.requireNonNull(more, "more");
    SortedSet<String> all = new TreeSet<>(topics);
    all.addAll(List.of(more));
    return new Diagnosis(layer, processOrTrainingRuledOut, complexity, needsDeepD365Knowledge, isv, integration, all);
  }

  /**
   * This diagnosis with the process-or-training question settled.
   *
   * @param ruledOut whether a super user ruled out a process or training cause
   * @return the new diagnosis, never null
   */
  public Diagnosis withProcessOrTrainingRuledOut(boolean ruledOut) {
    return new Diagnosis(layer, ruledOut, complexity, needsDeepD365Knowledge, isv, integration, topics);
  }
}
