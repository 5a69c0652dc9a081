package org.supportmodel.routing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.core.internal.ValueStyle;

/**
 * How an organization's support is set up: the model, whether a Center of Excellence exists, who
 * owns integrations, the named partner and ISVs, whether the partner works with the ISVs, whether
 * the organization commits to 24x7 work on critical Microsoft cases, the hand-off policy and how
 * many reassignments count as bouncing; and, for a real organization, scoped partners and
 * specialist teams, super users by area, a contract per ISV, integrations with their owners, data
 * access approvals, an on-call party and the organization's own rules.
 *
 * <p>Every attribute must be set; contradictions are errors: a partner-based model without a
 * partner, a partner in a fully internal model, authorities of the wrong kind.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class SupportSetup implements WithSupportSetup {

  SupportSetup() {}

  /**
   * Starts a setup.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The support model.
   *
   * @return the model
   */
  public abstract SupportModel model();

  /**
   * Whether a Dynamics 365 Center of Excellence exists.
   *
   * @return true if there is a CoE
   */
  public abstract boolean centerOfExcellence();

  /**
   * Who owns the integrations.
   *
   * @return the owner
   */
  public abstract IntegrationOwner integrationOwner();

  /**
   * The partner; required in the mixed and fully outsourced models, absent in the fully internal
   * one.
   *
   * @return the partner, a {@link AuthorityKind#PARTNER}
   */
  public abstract Optional<ResolvingAuthority> partner();

  /**
   * The ISVs whose solutions are part of the system, each of kind {@link AuthorityKind#ISV}, each
   * id once.
   *
   * @return the ISVs, possibly empty
   */
  public abstract List<ResolvingAuthority> isvs();

  /**
   * Whether the partner is contractually responsible for working with the ISVs.
   *
   * @return true if ISV issues go through the partner
   */
  public abstract boolean partnerHandlesIsvs();

  /**
   * Whether the organization commits to 24x7 work on critical Microsoft cases, which Microsoft
   * requires for Sev A.
   *
   * @return true if it commits
   */
  public abstract boolean twentyFourSevenCommitment();

  /**
   * The hand-off policy, enforced on every routing outcome.
   *
   * @return the policy
   */
  public abstract HandOffPolicy handOffPolicy();

  /**
   * How many reassignments a request may have before it counts as bouncing.
   *
   * @return at least 1
   */
  public abstract int maxReassignments();

  /**
   * Partners and external specialist teams engaged for part of the solution, each with its scope.
   * No two partners' scopes overlap, and no two specialist teams' scopes (those naming topics); a
   * specialist team goes before a partner whose scope also covers a request. In the fully internal
   * model only specialist teams may be named.
   *
   * @return the scoped partners, possibly empty
   */
  public abstract List<ScopedPartner> scopedPartners();

  /**
   * The super users by functional area or business unit; empty when super users are not divided.
   * No area belongs to two groups.
   *
   * @return the groups, possibly empty
   */
  public abstract List<SuperUserGroup> superUserGroups();

  /**
   * The support contracts with ISVs, at most one per ISV of {@link #isvs()}; an ISV without one
   * follows {@link #partnerHandlesIsvs()}.
   *
   * @return the contracts, possibly empty
   */
  public abstract List<IsvContract> isvContracts();

  /**
   * The integrations by name, each with its owner; a diagnosis that names one routes to its owner,
   * one that names none to the setup-wide {@link #integrationOwner()}.
   *
   * @return the integrations, possibly empty
   */
  public abstract List<Integration> integrations();

  /**
   * The approvals under which external parties may see the organization's data, at most one per
   * party; each must be for a partner, ISV or Microsoft of the setup.
   *
   * @return the approvals, possibly empty
   */
  public abstract List<AccessApproval> accessApprovals();

  /**
   * The on-call party that takes a request at levels 1 and 2 when the party routing chose is
   * unavailable or does not cover the request's language: a helpdesk, such as an out-of-hours
   * service desk.
   *
   * @return the on-call party, of kind {@link AuthorityKind#INTERNAL_HELPDESK}, if there is one
   */
  public abstract Optional<ResolvingAuthority> onCall();

  /**
   * The organization's own routing rules, applied in order before the guidance's; names unique,
   * targets in the setup. See {@link OwnRule}.
   *
   * @return the rules, possibly empty
   */
  public abstract List<OwnRule> ownRules();

  /**
   * The ISV with the given id.
   *
   * @param id the ISV's id
   * @return the ISV, or empty if the setup does not name it
   */
  public Optional<ResolvingAuthority> isv(AuthorityId id) {
    Objects.requireNonNull(id, "id");
    return isvs().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * The party that drives requests to resolution under this model, whoever works on them: the
   * partner in the fully outsourced model, the internal Dynamics 365 team otherwise. It is the
   * one meaning of "driver" in the library: {@link Routed#driver()} is always this party, also
   * while a request is still with the super users or the helpdesk (who hold it, but do not own
   * its resolution).
   *
   * @return the driver, never null
   */
  public ResolvingAuthority driver() {
    return model() == SupportModel.FULLY_OUTSOURCED
        ? partner().orElseThrow()
        : Routing.generic(AuthorityKind.INTERNAL_D365_TEAM);
  }

  /**
   * The internal experts who fix what the internal team cannot: the CoE if there is one, the
   * internal Dynamics 365 team otherwise.
   *
   * @return the experts, never null
   */
  public ResolvingAuthority internalExperts() {
    return Routing.generic(centerOfExcellence() ? AuthorityKind.CENTER_OF_EXCELLENCE : AuthorityKind.INTERNAL_D365_TEAM);
  }

  /**
   * The contract with an ISV.
   *
   * @param id the ISV's id
   * @return the contract, or empty if the setup records none for it
   */
  public Optional<IsvContract> isvContract(AuthorityId id) {
    Objects.requireNonNull(id, "id");
    for (IsvContract contract : isvContracts()) {
      if (contract.isv().equals(id)) {
        return Optional.of(contract);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the partner works with an ISV for the organization: the ISV's contract says, and
   * without one {@link #partnerHandlesIsvs()}.
   *
   * @param id the ISV's id
   * @return true if the ISV's cases go through the partner
   */
  public boolean partnerHandles(AuthorityId id) {
    return isvContract(id).map(IsvContract::throughPartner).orElse(partnerHandlesIsvs());
  }

  /**
   * The integration with the given name.
   *
   * @param name the integration's name
   * @return the integration, or empty if the setup does not name it
   */
  public Optional<Integration> integration(String name) {
    Objects.requireNonNull(name, "name");
    for (Integration integration : integrations()) {
      if (integration.name().equals(name)) {
        return Optional.of(integration);
      }
    }
    return Optional.empty();
  }

  /**
   * The data access approval for a party.
   *
   * @param party the party's id
   * @return the approval, or empty if the setup records none
   */
  public Optional<AccessApproval> accessApproval(AuthorityId party) {
    Objects.requireNonNull(party, "party");
    for (AccessApproval approval : accessApprovals()) {
      if (approval.party().equals(party)) {
        return Optional.of(approval);
      }
    }
    return Optional.empty();
  }

  /**
   * The internal party that owns production: it approves a fix's release and deploys it to
   * production, unless the hand-off policy explicitly grants the partner production access. The
   * CoE or the internal Dynamics 365 team, and internal IT in the fully outsourced model, which
   * has no Dynamics 365 team.
   *
   * @return the party, never null
   */
  public ResolvingAuthority productionOwner() {
    return model() == SupportModel.FULLY_OUTSOURCED ? Routing.generic(AuthorityKind.INTERNAL_IT) : internalExperts();
  }

  /**
   * Why an authority is not part of this setup.
   *
   * @param authority the authority
   * @return the reason, or empty if the setup has it
   */
  Optional<String> absence(ResolvingAuthority authority) {
    switch (authority.kind()) {
      case PARTNER -> {
        boolean main = partner().isPresent() && partner().get().id().equals(authority.id());
        boolean scoped = scopedPartners().stream().anyMatch(s -> s.partner().id().equals(authority.id()));
        if (main || scoped) {
          return Optional.empty();
        }
        return Optional.of(partner().isEmpty() && scopedPartners().isEmpty()
            ? "the " + model().label() + " setup has no partner"
            : authority.name() + " is not one of the setup's partners");
      }
      case ISV -> {
        return isv(authority.id()).isPresent()
            ? Optional.empty()
            : Optional.of(authority.name() + " is not one of the setup's ISVs");
      }
      case CENTER_OF_EXCELLENCE -> {
        return centerOfExcellence() ? Optional.empty() : Optional.of("the setup has no Center of Excellence");
      }
      case INTERNAL_D365_TEAM -> {
        return model() == SupportModel.FULLY_OUTSOURCED
            ? Optional.of("the fully outsourced model has no internal Dynamics 365 team")
            : Optional.empty();
      }
      default -> {
        // super users, helpdesks, internal IT teams and Microsoft exist in every setup
        return Optional.empty();
      }
    }
  }

  @Value.Check
  void check() {
    boolean partnerModel = model() != SupportModel.FULLY_INTERNAL;
    Checks.check(
        partner().isPresent() == partnerModel,
        "partner",
        partner().map(ResolvingAuthority::name).orElse("none"),
        partnerModel
            ? "must be named in the " + model().label() + " model"
            : "contradicts the fully internal model, which has no partner");
    partner().ifPresent(
        p -> Checks.check(p.kind() == AuthorityKind.PARTNER, "partner.kind", p.kind(), "must be PARTNER"));
    for (ResolvingAuthority isv : isvs()) {
      Checks.check(isv.kind() == AuthorityKind.ISV, "isvs[" + isv.id() + "].kind", isv.kind(), "must be ISV");
    }
    Checks.unique(isvs(), ResolvingAuthority::id, "isvs.id");
    Checks.check(
        !(partnerHandlesIsvs() && !partnerModel),
        "partnerHandlesIsvs",
        true,
        "contradicts the fully internal model, which has no partner");
    Checks.check(
        !(partnerHandlesIsvs() && isvs().isEmpty()),
        "partnerHandlesIsvs",
        true,
        "needs at least one ISV in isvs: the setup names none for the partner to handle");
    Checks.check(
        !(integrationOwner() == IntegrationOwner.PARTNER && !partnerModel),
        "integrationOwner",
        integrationOwner(),
        "contradicts the fully internal model, which has no partner");
    Checks.check(
        !(integrationOwner() == IntegrationOwner.INTERNAL_D365_TEAM && model() == SupportModel.FULLY_OUTSOURCED),
        "integrationOwner",
        integrationOwner(),
        "contradicts the fully outsourced model, which has no internal Dynamics 365 team");
    Checks.check(maxReassignments() >= 1, "maxReassignments", maxReassignments(), "must be at least 1");
    checkScopedPartners(partnerModel);
    Checks.unique(superUserGroups(), g -> g.group().id(), "superUserGroups.group");
    java.util.Map<String, AuthorityId> areas = new java.util.HashMap<>();
    for (SuperUserGroup group : superUserGroups()) {
      for (String area : group.areas()) {
        AuthorityId other = areas.putIfAbsent(area, group.group().id());
        Checks.check(other == null, "superUserGroups[" + group.group().id() + "].areas", area,
            "is also covered by " + other + ": each area has one group of super users");
      }
    }
    Checks.unique(isvContracts(), IsvContract::isv, "isvContracts.isv");
    for (IsvContract contract : isvContracts()) {
      Checks.check(isv(contract.isv()).isPresent(), "isvContracts[" + contract.isv() + "].isv", contract.isv(),
          "is not one of the setup's ISVs");
      Checks.check(!contract.throughPartner() || partner().isPresent(), "isvContracts[" + contract.isv() + "].throughPartner",
          true, "needs the setup's partner, and the " + model().label() + " setup has none");
    }
    Checks.unique(integrations(), Integration::name, "integrations.name");
    for (Integration integration : integrations()) {
      Optional<String> absent = absence(integration.owner());
      Checks.check(absent.isEmpty(), "integrations[" + integration.name() + "].owner", integration.owner().name(),
          "must be part of the setup: " + absent.orElse(""));
    }
    Checks.unique(accessApprovals(), AccessApproval::party, "accessApprovals.party");
    for (AccessApproval approval : accessApprovals()) {
      boolean external = approval.party().equals(Routing.generic(AuthorityKind.MICROSOFT).id())
          || isv(approval.party()).isPresent()
          || partner().map(p -> p.id().equals(approval.party())).orElse(false)
          || scopedPartners().stream().anyMatch(s -> s.partner().id().equals(approval.party()));
      Checks.check(external, "accessApprovals[" + approval.party() + "].party", approval.party(),
          "must be a partner, an ISV or Microsoft of the setup");
    }
    onCall().ifPresent(o -> Checks.check(o.kind() == AuthorityKind.INTERNAL_HELPDESK, "onCall.kind", o.kind(),
        "must be INTERNAL_HELPDESK"));
    Checks.unique(ownRules(), OwnRule::name, "ownRules.name");
    for (OwnRule rule : ownRules()) {
      Optional<String> absent = absence(rule.target().authority());
      Checks.check(absent.isEmpty(), "ownRules[" + rule.name() + "].target", rule.target(),
          "must be part of the setup: " + absent.orElse(""));
    }
  }

  private void checkScopedPartners(boolean partnerModel) {
    List<ScopedPartner> scoped = scopedPartners();
    for (int i = 0; i < scoped.size(); i++) {
      ScopedPartner one = scoped.get(i);
      String field = "scopedPartners[" + one.partner().id() + "]";
      Checks.check(partner().map(p -> !p.id().equals(one.partner().id())).orElse(true), field, one.partner().name(),
          "is the setup's main partner, whose scope is everything else");
      Checks.check(partnerModel || one.scope().isSpecialist(), field + ".scope", one.scope().describe(),
          "names no topic: the fully internal model engages external teams only as specialists");
      for (int j = 0; j < i; j++) {
        ScopedPartner other = scoped.get(j);
        Checks.check(!one.partner().id().equals(other.partner().id()), "scopedPartners.partner", one.partner().id(),
            "is listed more than once");
        Checks.check(one.scope().isSpecialist() != other.scope().isSpecialist() || !one.scope().overlaps(other.scope()),
            field + ".scope", one.scope().describe(), "overlaps the scope of " + other.partner().name() + " ("
                + other.scope().describe() + "): a request must have one " + (one.scope().isSpecialist()
                    ? "specialist team" : "partner"));
      }
    }
  }

  /** Builds a setup; each attribute must be set once. Not thread-safe. */
  public static final class Builder extends ImmutableSupportSetup.Builder {
    Builder() {}
  }
}
