package org.supportmodel.sla;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.supportmodel.core.Priority;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.core.internal.ValueStyle;

/**
 * An SLA policy: targets per priority and metric, each on a named calendar; warning thresholds;
 * the statuses that run the clocks and those that pause them; and what priority changes and
 * reopens do.
 *
 * <p>A metric with targets has one for each priority; each priority and metric has one target.
 * Thresholds are percentages between 1 and 99. Active and paused statuses do not overlap. Pauses
 * stop the resolution and periodic-update clocks; the first-response clock runs until the first
 * response.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class SlaPolicy implements WithSlaPolicy {

  SlaPolicy() {}

  /**
   * Starts a policy.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The targets.
   *
   * @return the targets
   */
  public abstract List<SlaTarget> targets();

  /**
   * The warning thresholds, in percent of the target, ascending.
   *
   * @return the thresholds, such as 50 and 75
   */
  public abstract List<Integer> warningThresholds();

  /**
   * The statuses in which the clocks run.
   *
   * @return at least one status
   */
  public abstract Set<TicketStatus> activeStatuses();

  /**
   * The statuses in which the resolution and periodic-update clocks pause.
   *
   * @return the pause statuses, possibly empty
   */
  public abstract Set<TicketStatus> pausedStatuses();

  /**
   * What a priority change does.
   *
   * @return the policy
   */
  public abstract PriorityChangePolicy priorityChange();

  /**
   * What a reopen does.
   *
   * @return the policy
   */
  public abstract ReopenPolicy reopen();

  /**
   * The policy's version, which every cycle measured by it names; see {@link PolicyVersions}.
   *
   * @return the version, {@code "1"} unless set
   */
  @Value.Default
  public String version() {
    return "1";
  }

  /**
   * The actions at thresholds: notify the assignee, notify a role, escalate. Each fires at most
   * once per cycle.
   *
   * @return the actions, names unique; possibly empty
   */
  public abstract List<SlaAction> actions();

  /**
   * The target for a priority and metric.
   *
   * @param priority the priority
   * @param metric the metric
   * @return the target, or empty if the policy does not measure that metric
   */
  public Optional<SlaTarget> target(Priority priority, SlaMetric metric) {
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(metric, "metric");
    for (SlaTarget target : targets()) {
      if (target.priority() == priority && target.metric() == metric) {
        return Optional.of(target);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a status is known to the policy.
   *
   * @param status the status
   * @return true if it is active or paused
   */
  public boolean knows(TicketStatus status) {
    Objects.requireNonNull(status, "status");
    return activeStatuses().contains(status) || pausedStatuses().contains(status);
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    Set<SlaMetric> metrics = EnumSet.noneOf(SlaMetric.class);
    for (SlaTarget target : targets()) {
      Checks.check(
          seen.add(target.priority() + "/" + target.metric()),
          "targets",
          target.priority() + " " + target.metric(),
          "is given more than once");
      metrics.add(target.metric());
    }
    Checks.check(!targets().isEmpty(), "targets", targets(), "must hold at least one target");
    for (SlaMetric metric : metrics) {
      for (Priority priority : Priority.values()) {
        Checks.check(
            target(priority, metric).isPresent(),
            "targets",
            priority + " " + metric,
            "is missing: a measured metric needs a target for every priority");
      }
    }
    List<Integer> sorted = new ArrayList<>(warningThresholds());
    sorted.sort(null);
    for (int i = 0; i < sorted.size(); i++) {
      int percent = sorted.get(i);
      Checks.check(percent >= 1 && percent <= 99, "warningThresholds", percent, "must be between 1 and 99 percent");
      Checks.check(i == 0 || sorted.get(i - 1) != percent, "warningThresholds", percent, "is given more than once");
    }
    Checks.check(sorted.equals(warningThresholds()), "warningThresholds", warningThresholds(), "must be ascending");
    Checks.unique(actions(), SlaAction::name, "actions");
    Checks.identifier(version(), "version");
    Checks.check(!activeStatuses().isEmpty(), "activeStatuses", activeStatuses(), "must hold at least one status");
    for (TicketStatus status : pausedStatuses()) {
      Checks.check(!activeStatuses().contains(status), "pausedStatuses", status, "is also an active status");
    }
  }

  /** Builds a policy; each attribute must be set once. Not thread-safe. */
  public static final class Builder extends ImmutableSlaPolicy.Builder {
    Builder() {}

    /**
     * The usual statuses: {@code OPEN} and {@code IN_PROGRESS} run the clocks; {@code
     * WAITING_FOR_CUSTOMER} and {@code WAITING_FOR_THIRD_PARTY} pause them.
     *
     * @return this builder
     */
    public Builder usualStatuses() {
      addActiveStatuses(TicketStatus.OPEN, TicketStatus.IN_PROGRESS);
      addPausedStatuses(TicketStatus.WAITING_FOR_CUSTOMER, TicketStatus.WAITING_FOR_THIRD_PARTY);
      return this;
    }

    /**
     * Adds a target.
     *
     * @param priority the priority
     * @param metric the metric
     * @param amount the amount
     * @param calendar the calendar name
     * @return this builder
     */
    public Builder target(Priority priority, SlaMetric metric, SlaAmount amount, String calendar) {
      Objects.requireNonNull(priority, "priority");
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(calendar, "calendar");
      addTarget(SlaTarget.of(priority, metric, amount, calendar));
      return this;
    }
  }
}
