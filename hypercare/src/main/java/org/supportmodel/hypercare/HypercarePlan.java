package org.supportmodel.hypercare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.core.internal.ValueStyle;

/**
 * A hypercare plan: the go-live and planned end dates in the project's time zone, the key
 * business processes and the efficiency each must reach, the action plan, the project team's and
 * partner's commitments, the documentation and training to hand over, the first financial period
 * end, and the exit criteria.
 *
 * <p>The planned end is after go-live; identifiers of key processes, action items, handover items
 * and criteria are unique; at least one exit criterion is given ({@link
 * Builder#defaultCriteria()} adds the guidance's). Immutable and thread-safe; custom criteria are
 * compared by their own {@code equals}.
 */
@Value.Immutable
@ValueStyle
public abstract class HypercarePlan implements WithHypercarePlan {

  HypercarePlan() {}

  /**
   * Starts a plan.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The name of the solution or project, for the report.
   *
   * @return such as "Contoso Dynamics 365 Finance, wave 1"
   */
  public abstract String name();

  /**
   * The time zone in which dates of the plan (go-live, weeks, due dates) are read.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * The go-live date: hypercare week 1 starts at its midnight.
   *
   * @return the date
   */
  public abstract LocalDate goLive();

  /**
   * The planned end of hypercare.
   *
   * @return the date, after go-live
   */
  public abstract LocalDate plannedEnd();

  /**
   * The first financial period end after go-live and its close.
   *
   * @return the period, or empty if the plan does not track it
   */
  public abstract Optional<PeriodClose> firstPeriodClose();

  /**
   * The key business processes and their target efficiency.
   *
   * @return the targets, possibly empty
   */
  public abstract List<ProcessTarget> keyProcesses();

  /**
   * The action plan.
   *
   * @return the items, possibly empty
   */
  public abstract List<ActionItem> actionItems();

  /**
   * The project team's and partner's commitments during hypercare.
   *
   * @return the commitments, possibly empty
   */
  public abstract List<Commitment> commitments();

  /**
   * The documentation and training to hand over to the support team.
   *
   * @return the items, possibly empty
   */
  public abstract List<HandoverItem> handoverItems();

  /**
   * The exit criteria, in the order the report lists them.
   *
   * @return at least one criterion
   */
  public abstract List<ExitCriterion> criteria();

  /**
   * The instant hypercare started: midnight of the go-live date in the plan's zone.
   *
   * @return the instant, never null
   */
  public Instant goLiveInstant() {
    return goLive().atStartOfDay(zone()).toInstant();
  }

  @Value.Check
  void check() {
    Checks.text(name(), "name");
    Checks.check(plannedEnd().isAfter(goLive()), "plannedEnd", plannedEnd(), "must be after the go-live date " + goLive());
    Checks.check(!criteria().isEmpty(), "criteria", criteria(), "must hold at least one exit criterion");
    Checks.unique(keyProcesses(), target -> target.process().id(), "keyProcesses");
    Checks.unique(actionItems(), ActionItem::id, "actionItems");
    Checks.unique(handoverItems(), HandoverItem::id, "handoverItems");
    Checks.unique(criteria(), ExitCriterion::id, "criteria");
    for (ExitCriterion criterion : criteria()) {
      Checks.identifier(criterion.id(), "criteria.id");
    }
    java.util.Set<String> criterionIds = new java.util.HashSet<>();
    criteria().forEach(c -> criterionIds.add(c.id()));
    for (ActionItem item : actionItems()) {
      item.criterion()
          .ifPresent(id -> Checks.check(criterionIds.contains(id), "actionItems[" + item.id() + "].criterion", id,
              "is not one of the plan's criteria " + new java.util.TreeSet<>(criterionIds)));
    }
    firstPeriodClose()
        .ifPresent(
            period ->
                Checks.check(
                    !period.periodEnd().isBefore(goLive()),
                    "firstPeriodClose",
                    period.periodEnd(),
                    "must not end before the go-live date " + goLive()));
  }

  /** Builds a {@link HypercarePlan}. */
  public static final class Builder extends ImmutableHypercarePlan.Builder {
    Builder() {}

    /**
     * Adds the guidance's default exit criteria and the ones practitioners add: see {@link
     * ExitCriteria#defaults()}.
     *
     * @return this builder
     */
    public Builder defaultCriteria() {
      addAllCriteria(ExitCriteria.defaults());
      return this;
    }
  }
}
