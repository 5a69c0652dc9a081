package org.supportmodel.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;

/** The usual escalation criteria. Each is immutable and a pure function of its context. */
public final class EscalationCriteria {
  private EscalationCriteria() {}

  /**
   * Met when the SLA has passed a warning threshold or is breached.
   *
   * @return the criterion, never null
   */
  public static EscalationCriterion slaAtRisk() {
    return criterion(
        "the SLA is at risk (warning or breached)",
        c -> c.slaStatus() != SlaStatus.ON_TRACK ? Optional.of("the SLA is " + c.slaStatus()) : Optional.empty());
  }

  /**
   * Met when the SLA is breached.
   *
   * @return the criterion, never null
   */
  public static EscalationCriterion slaBreached() {
    return criterion(
        "the SLA is breached",
        c -> c.slaStatus() == SlaStatus.BREACHED ? Optional.of("the SLA is BREACHED") : Optional.empty());
  }

  /**
   * Met when the request bounces: it returned to an authority it had left, or changed hands more
   * often than the setup allows.
   *
   * @return the criterion, never null
   */
  public static EscalationCriterion bouncing() {
    return criterion(
        "the request bounces between parties",
        c -> Bounces.detect(c.request().path(), c.setup().maxReassignments()).map(BounceAlert::reason));
  }

  /**
   * Met when the business process the request touches is at least this critical.
   *
   * @param threshold the lowest criticality that meets the criterion
   * @return the criterion, never null
   */
  public static EscalationCriterion processAtLeast(Criticality threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return criterion(
        "the business process is " + threshold + " or more critical",
        c -> c.request().processCriticality().isAtLeast(threshold)
            ? Optional.of("the business process is " + c.request().processCriticality())
            : Optional.empty());
  }

  /**
   * Met when the request's priority is at least this high.
   *
   * @param threshold the lowest priority that meets the criterion
   * @return the criterion, never null
   */
  public static EscalationCriterion priorityAtLeast(Priority threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return criterion(
        "the priority is " + threshold + " or higher",
        c -> !threshold.isHigherThan(c.request().priority())
            ? Optional.of("the priority is " + c.request().priority())
            : Optional.empty());
  }

  /**
   * Met when every one of the criteria is met.
   *
   * @param criteria the criteria, at least one
   * @return the criterion, never null
   */
  public static EscalationCriterion allOf(EscalationCriterion... criteria) {
    Objects.requireNonNull(criteria, "criteria");
    List<EscalationCriterion> all = List.of(criteria);
    org.supportmodel.core.internal.Checks.check(!all.isEmpty(), "criteria", all, "must hold at least one");
    StringBuilder description = new StringBuilder();
    for (EscalationCriterion c : all) {
      description.append(description.length() == 0 ? "" : " and ").append(c.description());
    }
    return criterion(
        description.toString(),
        context -> {
          List<String> evidence = new ArrayList<>();
          for (EscalationCriterion c : all) {
            Optional<String> met = c.metBy(context);
            if (met.isEmpty()) {
              return Optional.empty();
            }
            evidence.add(met.get());
          }
          return Optional.of(String.join(" and ", evidence));
        });
  }

  private static EscalationCriterion criterion(
      String description, java.util.function.Function<EscalationContext, Optional<String>> test) {
    return new EscalationCriterion() {
      @Override
      public String description() {
        return description;
      }

      @Override
      public Optional<String> metBy(EscalationContext context) {
        Objects.requireNonNull(context, "context");
        return test.apply(context);
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }
}
