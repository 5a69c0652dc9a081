package org.supportmodel.examples;

import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.routing.Complexity;
import org.supportmodel.routing.Diagnosis;
import org.supportmodel.routing.Dynamics365App;
import org.supportmodel.routing.EscalationDecision;
import org.supportmodel.routing.EscalationKind;
import org.supportmodel.routing.EscalationPolicy;
import org.supportmodel.routing.Escalations;
import org.supportmodel.routing.HandOffPolicy;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.IntegrationOwner;
import org.supportmodel.routing.Routed;
import org.supportmodel.routing.Routing;
import org.supportmodel.routing.RoutingOutcome;
import org.supportmodel.routing.SlaStatus;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.routing.Unrouted;

/**
 * Routes a complex custom-code issue from the internal Dynamics 365 team to the partner in a
 * mixed model, then a standard Dynamics 365 issue from the partner to Microsoft, and decides two
 * escalation requests.
 */
public final class RouteARequest {
  private RouteARequest() {}

  /**
   * A mixed setup: a Center of Excellence, internal IT owns the integrations, Fabrikam is the
   * partner, Contoso Tax is an ISV the organization deals with directly.
   *
   * @return the setup
   */
  public static SupportSetup mixedSetup() {
    SupportSetup.Builder builder = SupportSetup.builder();
    builder
        .model(SupportModel.MIXED)
        .centerOfExcellence(true)
        .integrationOwner(IntegrationOwner.INTERNAL_IT)
        .partner(ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-fabrikam", "Fabrikam"))
        .addIsv(ResolvingAuthority.of(AuthorityKind.ISV, "isv-contoso", "Contoso Tax"))
        .partnerHandlesIsvs(false)
        .twentyFourSevenCommitment(true)
        .handOffPolicy(HandOffPolicy.standard())
        .maxReassignments(4);
    return builder.build();
  }

  static SupportRequest atTheInternalTeam(ProblemLayer layer) {
    SupportRequest.Builder builder = SupportRequest.builder();
    builder
        .trail(ReferenceTrail.of(RequestId.of("INC-1001")))
        .priority(Priority.P1)
        .application(Dynamics365App.FINANCE_AND_SUPPLY_CHAIN)
        .processCriticality(Criticality.CRITICAL)
        .diagnosis(Diagnosis.of(layer, Complexity.COMPLEX))
        .addPath(Hop.of(ResolvingAuthority.of(AuthorityKind.SUPER_USER), SupportLevel.LEVEL_1))
        .addPath(Hop.of(ResolvingAuthority.of(AuthorityKind.INTERNAL_HELPDESK), SupportLevel.LEVEL_2))
        .addPath(Hop.of(ResolvingAuthority.of(AuthorityKind.INTERNAL_D365_TEAM), SupportLevel.LEVEL_3));
    return builder.build();
  }

  static void print(RoutingOutcome outcome) {
    if (outcome instanceof Routed routed) {
      System.out.println(routed.describe().stripTrailing());
    } else if (outcome instanceof Unrouted unrouted) {
      System.out.println("Not routed: " + unrouted.reason());
    }
  }

  /**
   * Prints the routing decisions and escalations.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SupportSetup setup = mixedSetup();
    System.out.println("== A complex custom-code issue at the internal Dynamics 365 team ==");
    RoutingOutcome toPartner = Routing.route(atTheInternalTeam(ProblemLayer.CUSTOM_CODE), setup);
    print(toPartner);

    System.out.println();
    System.out.println("== A standard Dynamics 365 issue at the internal Dynamics 365 team ==");
    print(Routing.route(atTheInternalTeam(ProblemLayer.STANDARD_D365), setup));

    System.out.println();
    System.out.println("== Escalations ==");
    SupportRequest request = atTheInternalTeam(ProblemLayer.CUSTOM_CODE);
    for (SlaStatus sla : new SlaStatus[] {SlaStatus.ON_TRACK, SlaStatus.BREACHED}) {
      EscalationDecision decision =
          Escalations.decide(EscalationKind.HIERARCHICAL, request, sla, setup, EscalationPolicy.standard());
      System.out.print("Hierarchical escalation with the SLA " + sla + ": ");
      if (decision instanceof EscalationDecision.Granted granted) {
        System.out.println("granted");
        granted.criteriaMet().forEach(c -> System.out.println("  because " + c));
        granted.targets().forEach(t -> System.out.println("  to " + t.role() + " (" + t.party().name() + ")"));
      } else if (decision instanceof EscalationDecision.Refused refused) {
        System.out.println("refused");
        System.out.println("  " + refused.reason());
      }
    }
  }
}
