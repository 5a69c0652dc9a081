package org.supportmodel.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.PriorityDerivation;
import org.supportmodel.core.PriorityScheme;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.Urgency;

/**
 * The formal escalation procedure: grants an escalation that meets a defined criterion and
 * refuses, with the reason, one that meets none, so that escalations follow true business impact.
 *
 * <p>Functional escalation goes to the next support level: from super users to the helpdesk, from
 * the helpdesk to the partner (outsourced) or the internal Dynamics 365 team, from level 3 to the
 * partner (mixed, outsourced) or the internal experts (internal), from level 4 to Microsoft or
 * the ISV. There is none beyond level 5. Hierarchical escalation goes to the management of the
 * party holding the request and of the party driving it.
 *
 * <p>A pure function of its arguments.
 */
public final class Escalations {
  private Escalations() {}

  /**
   * Decides an escalation request.
   *
   * @param kind the kind of escalation asked for
   * @param request the request
   * @param slaStatus its SLA state
   * @param setup the organization's support setup
   * @param policy the escalation criteria
   * @return the decision, never null
   */
  public static EscalationDecision decide(
      EscalationKind kind, SupportRequest request, SlaStatus slaStatus, SupportSetup setup, EscalationPolicy policy) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(slaStatus, "slaStatus");
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(policy, "policy");
    EscalationContext context = new EscalationContext(request, slaStatus, setup);
    List<String> met = new ArrayList<>();
    List<String> notMet = new ArrayList<>();
    for (EscalationCriterion criterion : policy.criteria(kind)) {
      Optional<String> evidence = criterion.metBy(context);
      if (evidence.isPresent()) {
        met.add(criterion.description() + ": " + evidence.get());
      } else {
        notMet.add(criterion.description());
      }
    }
    if (met.isEmpty()) {
      return new EscalationDecision.Refused(
          request.id(),
          kind,
          "no defined criterion for " + kind.name().toLowerCase(java.util.Locale.ROOT)
              + " escalation is met: " + String.join("; ", notMet),
          notMet);
    }
    if (kind == EscalationKind.HIERARCHICAL) {
      return new EscalationDecision.Granted(request.id(), kind, met, managementOf(request, setup));
    }
    Optional<EscalationDecision.Target> next = nextLevel(request, setup);
    if (next.isEmpty()) {
      return new EscalationDecision.Refused(
          request.id(),
          kind,
          "the request is at level 5, the highest: escalate hierarchically instead",
          notMet);
    }
    return new EscalationDecision.Granted(request.id(), kind, met, List.of(next.get()));
  }

  /**
   * Decides an escalation request, first checking the priority it claims against its true business
   * impact: a request whose priority is higher than the one its process's criticality and its
   * urgency give at that instant (with any critical period's uplift) is refused with that
   * derivation as evidence, whatever else it meets. A request without a stated urgency is given
   * the benefit of the doubt: high urgency.
   *
   * @param kind the kind of escalation asked for
   * @param request the request
   * @param slaStatus its SLA state
   * @param setup the organization's support setup
   * @param policy the escalation criteria
   * @param scheme how priorities derive from criticality and urgency
   * @param at the instant of the escalation request
   * @return the decision, never null
   */
  public static EscalationDecision decide(
      EscalationKind kind, SupportRequest request, SlaStatus slaStatus, SupportSetup setup, EscalationPolicy policy, PriorityScheme scheme,
      Instant at) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(slaStatus, "slaStatus");
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(at, "at");
    PriorityDerivation derived = scheme.derive(request.processCriticality(), request.process(), request.urgency().orElse(Urgency.HIGH), at);
    if (request.priority().isHigherThan(derived.priority())) {
      String assumed = request.urgency().isPresent() ? "" : " (no urgency stated: HIGH assumed)";
      return new EscalationDecision.Refused(
          request.id(),
          kind,
          "the request claims " + request.priority() + ", beyond its true business impact: " + derived.reason() + assumed
              + ", which gives " + derived.priority(),
          List.of("priority within the true business impact"));
    }
    return decide(kind, request, slaStatus, setup, policy);
  }

  private static Optional<EscalationDecision.Target> nextLevel(SupportRequest request, SupportSetup setup) {
    SupportLevel level = request.current().level();
    boolean outsourced = setup.model() == SupportModel.FULLY_OUTSOURCED;
    ResolvingAuthority party;
    switch (level) {
      case LEVEL_1 -> party = Routing.generic(AuthorityKind.INTERNAL_HELPDESK);
      case LEVEL_2 -> party = outsourced ? setup.partner().orElseThrow() : Routing.generic(AuthorityKind.INTERNAL_D365_TEAM);
      case LEVEL_3 -> party = setup.model() == SupportModel.FULLY_INTERNAL ? setup.internalExperts() : setup.partner().orElseThrow();
      case LEVEL_4 -> party = levelFiveParty(request, setup);
      case LEVEL_5 -> {
        return Optional.empty();
      }
      default -> throw new AssertionError(level);
    }
    SupportLevel next = level.next().orElseThrow();
    return Optional.of(new EscalationDecision.Target(party, next, "level " + next.number() + ": " + next.summary()));
  }

  private static ResolvingAuthority levelFiveParty(SupportRequest request, SupportSetup setup) {
    if (request.diagnosis().layer().equals(Optional.of(ProblemLayer.ISV_CODE))) {
      Optional<ResolvingAuthority> isv =
          request.diagnosis().isv().flatMap(setup::isv).or(() -> setup.isvs().size() == 1
              ? Optional.of(setup.isvs().get(0)) : Optional.empty());
      if (isv.isPresent()) {
        return isv.get();
      }
    }
    return Routing.generic(AuthorityKind.MICROSOFT);
  }

  private static List<EscalationDecision.Target> managementOf(SupportRequest request, SupportSetup setup) {
    List<EscalationDecision.Target> targets = new ArrayList<>(2);
    ResolvingAuthority holder = request.current().authority();
    targets.add(new EscalationDecision.Target(holder, request.current().level(), managerRole(holder)));
    ResolvingAuthority driver = request.current().level().compareTo(SupportLevel.LEVEL_3) < 0 ? holder : setup.driver();
    if (!driver.id().equals(holder.id())) {
      targets.add(new EscalationDecision.Target(driver, request.current().level(), managerRole(driver)));
    }
    return targets;
  }

  private static String managerRole(ResolvingAuthority party) {
    return switch (party.kind()) {
      case SUPER_USER -> "the business unit's manager";
      case INTERNAL_HELPDESK -> "the service desk manager";
      case INTERNAL_D365_TEAM -> "the head of the internal Dynamics 365 team";
      case CENTER_OF_EXCELLENCE -> "the head of the Center of Excellence";
      case INTERNAL_IT -> "the IT operations manager";
      case PARTNER -> "the service delivery manager of " + party.name();
      case ISV -> "the support manager of " + party.name() + " under the support contract";
      case MICROSOFT -> "a Microsoft duty manager, asked for through the support case";
    };
  }
}
