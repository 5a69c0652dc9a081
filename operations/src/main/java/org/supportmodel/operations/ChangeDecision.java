package org.supportmodel.operations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * Where a proposed change goes and who approves and deploys it, with the rule and the reason.
 *
 * @param change the change
 * @param route where it is decided
 * @param rule the rule applied
 * @param reason why, in words
 * @param approvers who approves it, in order, from the support scope register
 * @param deployedBy the internal party that deploys it to production, if it is deployed and the
 *     register names one
 * @param warnings what the register leaves open for this change
 */
public record ChangeDecision(
    ProposedChange change, Route route, Rule rule, String reason, List<ScopeOwner> approvers, Optional<ScopeOwner> deployedBy,
    List<String> warnings) {
  /** Where a change is decided. */
  public enum Route {
    /** Within the change control the system itself enforces (workflows, approvals in the application). */
    SYSTEM_CHANGE_CONTROL,
    /** Reviewed, prioritized and approved by business or IT stakeholders: the change board. */
    CHANGE_BOARD,
    /** The change board and the enterprise IT asset approval chain. */
    ENTERPRISE_IT_APPROVAL,
    /** Not a support change: captured and handed to the backlog owner. */
    BACKLOG
  }

  /** The rules, after the guidance. */
  public enum Rule {
    /** Core data changes are part of normal operations and go through the system's own change control. */
    CORE_DATA_IN_THE_SYSTEM("core data changes are made within the agreed change control process enforced and facilitated by the system itself"),
    /** Other changes are reviewed and approved. */
    REVIEWED_AND_APPROVED("proposed changes need to be reviewed, prioritized, and approved by business or IT stakeholders"),
    /** Changes to shared enterprise IT assets follow enterprise IT's approval chain too. */
    ENTERPRISE_IT_ASSETS("IT policies on change control on enterprise IT assets impact the access and approval chain"),
    /** New requirements go to the backlog owner. */
    NEW_REQUIREMENT_TO_BACKLOG("support captures new and emerging requirements and channels them to the right parties");

    private final String description;

    Rule(String description) {
      this.description = description;
    }

    /**
     * The rule in words.
     *
     * @return the description
     */
    public String description() {
      return description;
    }
  }

  /** Copies the lists and checks that nothing is null and no deployment is external. */
  public ChangeDecision {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(approvers, "approvers");
    Objects.requireNonNull(deployedBy, "deployedBy");
    Objects.requireNonNull(warnings, "warnings");
    Checks.text(reason, "reason");
    approvers = List.copyOf(approvers);
    warnings = List.copyOf(warnings);
    deployedBy.ifPresent(owner -> Checks.check(owner.party().isInternal(), "deployedBy", owner,
        "must be internal: the internal team deploys to production, never an external party"));
  }
}
