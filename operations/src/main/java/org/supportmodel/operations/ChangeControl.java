package org.supportmodel.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.AuthorityKind;

/**
 * Change control for the changes that reach production outside projects ("Change management"):
 * core data changes stay within the system's own change control; every other change is reviewed
 * and approved by the change board, and by enterprise IT's approval chain when it touches shared
 * enterprise IT assets; new requirements go to the backlog owner, not to support. The approvers
 * and the deployer come from the support scope register. A change is deployed to production by an
 * internal party, never by the partner, which drives it to pre-production.
 */
public final class ChangeControl {
  private ChangeControl() {}

  /**
   * Decides where a change goes.
   *
   * @param change the proposed change
   * @param scope the support scope register, which names the change board, the data stewards, the
   *     backlog owner and who deploys
   * @return the decision, never null
   */
  public static ChangeDecision decide(ProposedChange change, SupportScope scope) {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(scope, "scope");
    List<String> warnings = new ArrayList<>();
    List<ScopeOwner> approvers = new ArrayList<>();
    switch (change.kind()) {
      case CORE_DATA -> {
        owner(scope, ScopeArea.DATA_MAINTENANCE, warnings).ifPresent(approvers::add);
        return new ChangeDecision(change, ChangeDecision.Route.SYSTEM_CHANGE_CONTROL, ChangeDecision.Rule.CORE_DATA_IN_THE_SYSTEM,
            "a " + change.kind().label() + " is part of normal business operations: "
                + ChangeDecision.Rule.CORE_DATA_IN_THE_SYSTEM.description(), approvers, Optional.empty(), warnings);
      }
      case NEW_REQUIREMENT -> {
        owner(scope, ScopeArea.REQUIREMENTS_MANAGEMENT, warnings).ifPresent(approvers::add);
        return new ChangeDecision(change, ChangeDecision.Route.BACKLOG, ChangeDecision.Rule.NEW_REQUIREMENT_TO_BACKLOG,
            "a new requirement is backlog work, not a support change: " + ChangeDecision.Rule.NEW_REQUIREMENT_TO_BACKLOG.description(),
            approvers, Optional.empty(), warnings);
      }
      default -> {
        owner(scope, ScopeArea.CHANGE_MANAGEMENT, warnings).ifPresent(approvers::add);
        ChangeDecision.Route route = ChangeDecision.Route.CHANGE_BOARD;
        ChangeDecision.Rule rule = ChangeDecision.Rule.REVIEWED_AND_APPROVED;
        String reason = "a " + change.kind().label() + " reaches production outside a project: " + rule.description();
        if (change.touchesSharedAssets()) {
          route = ChangeDecision.Route.ENTERPRISE_IT_APPROVAL;
          rule = ChangeDecision.Rule.ENTERPRISE_IT_ASSETS;
          owner(scope, ScopeArea.ENTERPRISE_ARCHITECTURE, warnings).ifPresent(approvers::add);
          reason += "; it touches shared enterprise IT assets, and " + rule.description();
        }
        Optional<ScopeOwner> deployer = deployer(scope, warnings);
        Optional<AuthorityKind> external = change.preparedBy().filter(AuthorityKind::isExternal);
        if (external.isPresent()) {
          reason += "; the " + external.get().label() + " drives it to pre-production and "
              + deployer.map(ScopeOwner::toString).orElse("an internal party") + " deploys it to production";
        }
        return new ChangeDecision(change, route, rule, reason, approvers, deployer, warnings);
      }
    }
  }

  /** The first "who" of an area, or a warning that the register names none. */
  private static Optional<ScopeOwner> owner(SupportScope scope, ScopeArea area, List<String> warnings) {
    Optional<ScopeOwner> owner = scope.owner(area);
    if (owner.isEmpty()) {
      warnings.add("the support scope register names no one for " + area.label());
    }
    return owner;
  }

  /** The internal party that deploys to production: the owner of system update cycles, else of environments. */
  private static Optional<ScopeOwner> deployer(SupportScope scope, List<String> warnings) {
    for (ScopeArea area : List.of(ScopeArea.SYSTEM_UPDATE_CYCLES, ScopeArea.ENVIRONMENTS)) {
      Optional<ScopeOwner> internal = scope.entries(area).stream().flatMap(entry -> entry.who().stream())
          .filter(owner -> owner.party().isInternal()).findFirst();
      if (internal.isPresent()) {
        return internal;
      }
    }
    warnings.add("no internal party deploys to production: name one for system update cycles in the support scope register;"
        + " most customers don't give partners admin access to production");
    return Optional.empty();
  }
}
