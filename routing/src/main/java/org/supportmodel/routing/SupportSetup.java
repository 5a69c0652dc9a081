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
 * many reassignments count as bouncing.
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
  }

  /** Builds a setup; each attribute must be set once. Not thread-safe. */
  public static final class Builder extends ImmutableSupportSetup.Builder {
    Builder() {}
  }
}
