package org.supportmodel.routing;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.internal.Checks;

/**
 * An organization's rules for hand-offs: what data may travel to each kind of authority, how far
 * each may deploy a fix, and who has admin access to production.
 *
 * <p>{@link #standard()} follows the guidance: internal parties work on production data; the
 * partner and ISVs see anonymized copies only; Microsoft gets no customer data; the partner
 * drives a fix to pre-production and the internal team deploys to production. "Most customers
 * don't give partners admin access to production": an ISV or Microsoft never gets admin access to
 * production and never deploys there, and the partner only under an explicit, recorded grant
 * ({@link #withPartnerProductionAccess(String)}); every routing outcome that uses the grant
 * carries a {@link RoutingWarning.Kind#PARTNER_PRODUCTION_ACCESS} warning.
 *
 * <p>Immutable and thread-safe; the {@code with*} methods return new policies.
 */
public final class HandOffPolicy {
  private static final HandOffPolicy STANDARD = standardPolicy();

  private final Map<AuthorityKind, DataAccess> dataAccess;
  private final Map<AuthorityKind, Environment> deployUpTo;
  private final Set<AuthorityKind> productionAdmins;
  private final Optional<String> partnerProductionGrant;

  private HandOffPolicy(
      Map<AuthorityKind, DataAccess> dataAccess,
      Map<AuthorityKind, Environment> deployUpTo,
      Set<AuthorityKind> productionAdmins,
      Optional<String> partnerProductionGrant) {
    this.dataAccess = dataAccess;
    this.deployUpTo = deployUpTo;
    this.productionAdmins = productionAdmins;
    this.partnerProductionGrant = partnerProductionGrant;
    for (AuthorityKind kind : AuthorityKind.values()) {
      Checks.check(dataAccess.containsKey(kind), "dataAccess", kind, "has no data access rule");
      if (kind.isExternal() && !(kind == AuthorityKind.PARTNER && partnerProductionGrant.isPresent())) {
        boolean partner = kind == AuthorityKind.PARTNER;
        Checks.check(
            !productionAdmins.contains(kind),
            "productionAdmin." + kind,
            true,
            partner
                ? "is not allowed without an explicit grant: most customers don't give partners admin access to"
                    + " production (use withPartnerProductionAccess(approval))"
                : "is not allowed: only the partner may be granted admin access to production");
        Checks.check(
            deployUpTo.get(kind) != Environment.PRODUCTION,
            "deployUpTo." + kind,
            Environment.PRODUCTION,
            partner
                ? "is not allowed without an explicit grant: the internal team deploys to production (use"
                    + " withPartnerProductionAccess(approval))"
                : "is not allowed: only the partner may be granted deployment to production");
      }
    }
  }

  private static HandOffPolicy standardPolicy() {
    Map<AuthorityKind, DataAccess> data = new EnumMap<>(AuthorityKind.class);
    Map<AuthorityKind, Environment> deploy = new EnumMap<>(AuthorityKind.class);
    for (AuthorityKind kind : AuthorityKind.values()) {
      data.put(kind, kind.isInternal() ? DataAccess.PRODUCTION_DATA : DataAccess.ANONYMIZED_COPY);
    }
    data.put(AuthorityKind.MICROSOFT, DataAccess.NO_CUSTOMER_DATA);
    deploy.put(AuthorityKind.INTERNAL_D365_TEAM, Environment.PRODUCTION);
    deploy.put(AuthorityKind.CENTER_OF_EXCELLENCE, Environment.PRODUCTION);
    deploy.put(AuthorityKind.INTERNAL_IT, Environment.PRODUCTION);
    deploy.put(AuthorityKind.PARTNER, Environment.PRE_PRODUCTION);
    Set<AuthorityKind> admins =
        EnumSet.of(AuthorityKind.INTERNAL_D365_TEAM, AuthorityKind.CENTER_OF_EXCELLENCE, AuthorityKind.INTERNAL_IT);
    return new HandOffPolicy(data, deploy, admins, Optional.empty());
  }

  /**
   * The guidance's policy, described in the class comment.
   *
   * @return the standard policy, never null
   */
  public static HandOffPolicy standard() {
    return STANDARD;
  }

  /**
   * This policy with another data access for one kind of authority.
   *
   * @param kind the kind of authority
   * @param access what data may travel to it
   * @return the new policy, never null
   */
  public HandOffPolicy withDataAccess(AuthorityKind kind, DataAccess access) {
    Objects.requireNonNull(kind, "kind");
    Map<AuthorityKind, DataAccess> data = new EnumMap<>(dataAccess);
    data.put(kind, Objects.requireNonNull(access, "access"));
    return new HandOffPolicy(data, deployUpTo, productionAdmins, partnerProductionGrant);
  }

  /**
   * This policy with another deployment limit for one kind of authority.
   *
   * @param kind the kind of authority
   * @param upTo the last environment it may deploy a fix to, or empty for none
   * @return the new policy, never null
   * @throws IllegalArgumentException if an external party would deploy to production
   */
  public HandOffPolicy withDeploymentUpTo(AuthorityKind kind, Optional<Environment> upTo) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(upTo, "upTo");
    Map<AuthorityKind, Environment> deploy = new EnumMap<>(AuthorityKind.class);
    deploy.putAll(deployUpTo);
    deploy.remove(kind);
    upTo.ifPresent(environment -> deploy.put(kind, environment));
    return new HandOffPolicy(dataAccess, deploy, productionAdmins, partnerProductionGrant);
  }

  /**
   * This policy with production admin access granted or withdrawn for one kind of authority.
   *
   * @param kind the kind of authority
   * @param granted whether it has admin access to production
   * @return the new policy, never null
   * @throws IllegalArgumentException if it would grant an external party production admin
   */
  public HandOffPolicy withProductionAdmin(AuthorityKind kind, boolean granted) {
    Objects.requireNonNull(kind, "kind");
    Set<AuthorityKind> admins = EnumSet.noneOf(AuthorityKind.class);
    admins.addAll(productionAdmins);
    if (granted) {
      admins.add(kind);
    } else {
      admins.remove(kind);
    }
    return new HandOffPolicy(dataAccess, deployUpTo, admins, partnerProductionGrant);
  }

  /**
   * This policy with the partner explicitly granted admin access to production and the right to
   * deploy fixes there, under a recorded approval. Every routing outcome that uses the grant says
   * so in a warning.
   *
   * @param approval the approval's reference, such as {@code "CAB-2026-031"}
   * @return the new policy, never null
   */
  public HandOffPolicy withPartnerProductionAccess(String approval) {
    Objects.requireNonNull(approval, "approval");
    Checks.identifier(approval, "partnerProductionAccess");
    Map<AuthorityKind, Environment> deploy = new EnumMap<>(AuthorityKind.class);
    deploy.putAll(deployUpTo);
    deploy.put(AuthorityKind.PARTNER, Environment.PRODUCTION);
    Set<AuthorityKind> admins = EnumSet.noneOf(AuthorityKind.class);
    admins.addAll(productionAdmins);
    admins.add(AuthorityKind.PARTNER);
    return new HandOffPolicy(dataAccess, deploy, admins, Optional.of(approval));
  }

  /**
   * This policy with the partner's production access withdrawn: no admin access, deployment up to
   * pre-production, as the standard policy has it.
   *
   * @return the new policy, never null
   */
  public HandOffPolicy withoutPartnerProductionAccess() {
    Map<AuthorityKind, Environment> deploy = new EnumMap<>(AuthorityKind.class);
    deploy.putAll(deployUpTo);
    deploy.put(AuthorityKind.PARTNER, Environment.PRE_PRODUCTION);
    Set<AuthorityKind> admins = EnumSet.noneOf(AuthorityKind.class);
    admins.addAll(productionAdmins);
    admins.remove(AuthorityKind.PARTNER);
    return new HandOffPolicy(dataAccess, deploy, admins, Optional.empty());
  }

  /**
   * The approval under which the partner has production access.
   *
   * @return the approval's reference, or empty if the partner has none (the default)
   */
  public Optional<String> partnerProductionAccess() {
    return partnerProductionGrant;
  }

  /**
   * What data may travel to a kind of authority.
   *
   * @param kind the kind
   * @return the access, never null
   */
  public DataAccess dataAccess(AuthorityKind kind) {
    Objects.requireNonNull(kind, "kind");
    DataAccess access = dataAccess.get(kind);
    if (access == null) {
      throw new IllegalStateException("no data access for " + kind);
    }
    return access;
  }

  /**
   * The last environment a kind of authority may deploy a fix to.
   *
   * @param kind the kind
   * @return the environment, or empty if it deploys nothing
   */
  public Optional<Environment> deploymentUpTo(AuthorityKind kind) {
    Objects.requireNonNull(kind, "kind");
    return Optional.ofNullable(deployUpTo.get(kind));
  }

  /**
   * Whether a kind of authority has admin access to production.
   *
   * @param kind the kind
   * @return true if it has
   */
  public boolean hasProductionAdmin(AuthorityKind kind) {
    Objects.requireNonNull(kind, "kind");
    return productionAdmins.contains(kind);
  }

  /**
   * The terms of a hand-off to an authority, optionally through an intermediary: the data that
   * may travel is the tighter of the two parties' rules.
   *
   * @param receiver the receiving authority
   * @param via the intermediary the request passes through, if any
   * @return the terms, never null
   */
  public HandOffTerms termsFor(ResolvingAuthority receiver, Optional<ResolvingAuthority> via) {
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(via, "via");
    DataAccess access = dataAccess(receiver.kind());
    if (via.isPresent()) {
      access = DataAccess.mostRestrictive(access, dataAccess(via.get().kind()));
    }
    return new HandOffTerms(
        receiver, access, deploymentUpTo(receiver.kind()), hasProductionAdmin(receiver.kind()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HandOffPolicy that
        && dataAccess.equals(that.dataAccess)
        && deployUpTo.equals(that.deployUpTo)
        && productionAdmins.equals(that.productionAdmins)
        && partnerProductionGrant.equals(that.partnerProductionGrant);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataAccess, deployUpTo, productionAdmins, partnerProductionGrant);
  }

  @Override
  public String toString() {
    return "HandOffPolicy{data=" + dataAccess + ", deployUpTo=" + deployUpTo + ", productionAdmins=" + productionAdmins
        + partnerProductionGrant.map(g -> ", partnerProductionAccess=" + g).orElse("") + "}";
  }
}
