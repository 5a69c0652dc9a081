package org.supportmodel.routing;

import java.util.List;
import java.util.Optional;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;

/** Shared setups and requests for the routing tests. */
final class Fixtures {
  static final ResolvingAuthority FABRIKAM = ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-fabrikam", "Fabrikam");
  static final ResolvingAuthority CONTOSO_TAX = ResolvingAuthority.of(AuthorityKind.ISV, "isv-contoso-tax", "Contoso Tax");
  static final ResolvingAuthority LITWARE_WMS = ResolvingAuthority.of(AuthorityKind.ISV, "isv-litware-wms", "Litware WMS");
  static final ResolvingAuthority SUPER_USER = ResolvingAuthority.of(AuthorityKind.SUPER_USER);
  static final ResolvingAuthority HELPDESK = ResolvingAuthority.of(AuthorityKind.INTERNAL_HELPDESK);
  static final ResolvingAuthority TEAM = ResolvingAuthority.of(AuthorityKind.INTERNAL_D365_TEAM);
  static final ResolvingAuthority COE = ResolvingAuthority.of(AuthorityKind.CENTER_OF_EXCELLENCE);
  static final ResolvingAuthority INTERNAL_IT = ResolvingAuthority.of(AuthorityKind.INTERNAL_IT);
  static final ResolvingAuthority MICROSOFT = ResolvingAuthority.of(AuthorityKind.MICROSOFT);

  private Fixtures() {}

  /** The usual setup for a model: a CoE in the internal and mixed models, one ISV, internal IT owns integrations. */
  static SupportSetup setup(SupportModel model) {
    SupportSetup.Builder builder = SupportSetup.builder();
    builder
        .model(model)
        .centerOfExcellence(model != SupportModel.FULLY_OUTSOURCED)
        .integrationOwner(IntegrationOwner.INTERNAL_IT)
        .partner(model == SupportModel.FULLY_INTERNAL ? Optional.empty() : Optional.of(FABRIKAM))
        .addIsv(CONTOSO_TAX)
        .partnerHandlesIsvs(model == SupportModel.FULLY_OUTSOURCED)
        .twentyFourSevenCommitment(false)
        .handOffPolicy(HandOffPolicy.standard())
        .maxReassignments(5);
    return builder.build();
  }

  /** A request at a super user with the given diagnosis. */
  static SupportRequest newRequest(String id, Diagnosis diagnosis) {
    return at(id, diagnosis, Hop.of(SUPER_USER, SupportLevel.LEVEL_1));
  }

  static SupportRequest at(String id, Diagnosis diagnosis, Hop... path) {
    SupportRequest.Builder builder = SupportRequest.builder();
    builder
        .trail(ReferenceTrail.of(RequestId.of(id)))
        .priority(Priority.P2)
        .application(Dynamics365App.FINANCE_AND_SUPPLY_CHAIN)
        .processCriticality(Criticality.HIGH)
        .diagnosis(diagnosis)
        .addAllPath(List.of(path));
    return builder.build();
  }

  /** Routes until the request stays where it is; fails after ten steps. */
  static List<Routed> walk(SupportRequest start, SupportSetup setup) {
    List<Routed> steps = new java.util.ArrayList<>();
    SupportRequest request = start;
    for (int i = 0; i < 10; i++) {
      RoutingOutcome outcome = Routing.route(request, setup);
      if (!(outcome instanceof Routed routed)) {
        throw new AssertionError("unrouted: " + outcome);
      }
      steps.add(routed);
      if (routed.next().equals(request.current())) {
        return steps;
      }
      request =
          routed.next().authority().kind().isExternal()
                  && request.trail().latestReferenceOf(routed.next().authority().id()).isEmpty()
              ? request.handedOff(routed, "EXT-" + i)
              : request.handedOff(routed);
    }
    throw new AssertionError("no resting place after 10 steps: " + steps);
  }

  static String pathOf(List<Routed> steps) {
    StringBuilder text = new StringBuilder();
    for (Hop hop : steps.get(steps.size() - 1).path()) {
      text.append(text.length() == 0 ? "" : " > ").append(hop);
    }
    return text.toString();
  }
}
