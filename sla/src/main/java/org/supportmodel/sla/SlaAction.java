package org.supportmodel.sla;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.internal.Checks;

/**
 * What an SLA policy does when a cycle of some metrics reaches a trigger: notify the assignee,
 * notify a role, or escalate to a support level. Each action fires at most once per cycle; {@link
 * TicketSla#actions()} gives the schedule.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the action's name, unique in its policy, such as {@code "warn-assignee"}
 * @param metrics the metrics whose cycles it watches, at least one
 * @param trigger when it fires
 * @param kind what it does
 * @param role the role notified, for {@link Kind#NOTIFY_ROLE}
 * @param level the level escalated to, for {@link Kind#ESCALATE}
 */
public record SlaAction(String name, Set<SlaMetric> metrics, ActionTrigger trigger, Kind kind, Optional<String> role, Optional<SupportLevel> level) {
  /** What an action does. */
  public enum Kind {
    /** Notify whoever holds the ticket. */
    NOTIFY_ASSIGNEE,
    /** Notify a role, such as the service desk manager. */
    NOTIFY_ROLE,
    /** Escalate to a support level. */
    ESCALATE
  }

  /**
   * Copies the set and checks the action.
   *
   * @throws IllegalArgumentException if the name is invalid, there is no metric, or the role or
   *     level does not go with the kind
   */
  public SlaAction {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(level, "level");
    Checks.identifier(name, "name");
    Checks.check(!metrics.isEmpty(), "metrics", metrics, "must hold at least one metric");
    metrics = Set.copyOf(metrics);
    Checks.check(role.isPresent() == (kind == Kind.NOTIFY_ROLE), "role", role.orElse("none"),
        kind == Kind.NOTIFY_ROLE ? "must be given to notify a role" : "must not be given for " + kind);
    Checks.check(level.isPresent() == (kind == Kind.ESCALATE), "level", level.map(SupportLevel::name).orElse("none"),
        kind == Kind.ESCALATE ? "must be given to escalate" : "must not be given for " + kind);
    role.ifPresent(r -> Checks.identifier(r, "role"));
  }

  /**
   * Notify the assignee.
   *
   * @param name the action's name
   * @param trigger when
   * @param metrics the metrics watched
   * @return the action, never null
   */
  public static SlaAction notifyAssignee(String name, ActionTrigger trigger, SlaMetric... metrics) {
    return new SlaAction(name, set(metrics), trigger, Kind.NOTIFY_ASSIGNEE, Optional.empty(), Optional.empty());
  }

  /**
   * Notify a role.
   *
   * @param name the action's name
   * @param role the role
   * @param trigger when
   * @param metrics the metrics watched
   * @return the action, never null
   */
  public static SlaAction notifyRole(String name, String role, ActionTrigger trigger, SlaMetric... metrics) {
    Objects.requireNonNull(role, "role");
    return new SlaAction(name, set(metrics), trigger, Kind.NOTIFY_ROLE, Optional.of(role), Optional.empty());
  }

  /**
   * Escalate to a level.
   *
   * @param name the action's name
   * @param level the level
   * @param trigger when
   * @param metrics the metrics watched
   * @return the action, never null
   */
  public static SlaAction escalate(String name, SupportLevel level, ActionTrigger trigger, SlaMetric... metrics) {
    Objects.requireNonNull(level, "level");
    return new SlaAction(name, set(metrics), trigger, Kind.ESCALATE, Optional.empty(), Optional.of(level));
  }

  private static Set<SlaMetric> set(SlaMetric... metrics) {
    Objects.requireNonNull(metrics, "metrics");
    Set<SlaMetric> set = EnumSet.noneOf(SlaMetric.class);
    set.addAll(List.of(metrics));
    return set;
  }

  /**
   * Who the action goes to, in words: the assignee, the role, or the level.
   *
   * @return the recipient, never null
   */
  public String recipient() {
    return switch (kind) {
      case NOTIFY_ASSIGNEE -> "the assignee";
      case NOTIFY_ROLE -> role.orElseThrow();
      case ESCALATE -> "level " + level.orElseThrow().number();
    };
  }
}
