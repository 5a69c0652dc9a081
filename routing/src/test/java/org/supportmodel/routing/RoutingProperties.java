package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;

/** Laws of routing over generated setups and requests, valid positions or not. */
class RoutingProperties {
  private static final ResolvingAuthority STRANGER_PARTNER =
      ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-northwind", "Northwind");

  /** A setup and a request, generated together. */
  record Case(SupportSetup setup, SupportRequest request) {}

  static Gen<SupportSetup> setups() {
    Gen<SupportModel> model = Generate.enumValues(SupportModel.class);
    Gen<Boolean> flag = booleans().all();
    Gen<DataAccess> access = Generate.enumValues(DataAccess.class);
    Gen<Environment> environment = Generate.enumValues(Environment.class);
    Gen<Integer> isvCount = integers().between(0, 3);
    Gen<Integer> reassignments = integers().between(1, 6);
    return in -> {
      SupportModel m = model.generate(in);
      boolean partnerModel = m != SupportModel.FULLY_INTERNAL;
      HandOffPolicy policy = HandOffPolicy.standard();
      for (AuthorityKind kind : AuthorityKind.values()) {
        policy = policy.withDataAccess(kind, access.generate(in));
        if (kind.isInternal()) {
          policy = policy.withDeploymentUpTo(kind, Optional.of(environment.generate(in)));
          policy = policy.withProductionAdmin(kind, flag.generate(in));
        } else if (flag.generate(in)) {
          Environment e = environment.generate(in);
          policy = policy.withDeploymentUpTo(kind, e == Environment.PRODUCTION ? Optional.empty() : Optional.of(e));
        }
      }
      List<ResolvingAuthority> isvs = new ArrayList<>();
      int n = isvCount.generate(in);
      for (int i = 0; i < n; i++) {
        isvs.add(ResolvingAuthority.of(AuthorityKind.ISV, "isv-" + i, "ISV " + i));
      }
      IntegrationOwner owner = IntegrationOwner.values()[integers().between(0, 2).generate(in)];
      if ((!partnerModel && owner == IntegrationOwner.PARTNER)
          || (m == SupportModel.FULLY_OUTSOURCED && owner == IntegrationOwner.INTERNAL_D365_TEAM)) {
        owner = IntegrationOwner.INTERNAL_IT;
      }
      SupportSetup.Builder builder = SupportSetup.builder();
      builder
          .model(m)
          .centerOfExcellence(flag.generate(in))
          .integrationOwner(owner)
          .partner(partnerModel ? Optional.of(Fixtures.FABRIKAM) : Optional.empty())
          .addAllIsvs(isvs)
          .partnerHandlesIsvs(partnerModel && !isvs.isEmpty() && flag.generate(in))
          .twentyFourSevenCommitment(flag.generate(in))
          .handOffPolicy(policy)
          .maxReassignments(reassignments.generate(in));
      return builder.build();
    };
  }

  static Gen<Case> cases() {
    Gen<SupportSetup> setups = setups();
    Gen<AuthorityKind> kind = Generate.enumValues(AuthorityKind.class);
    Gen<SupportLevel> level = Generate.enumValues(SupportLevel.class);
    Gen<ProblemLayer> layer = Generate.enumValues(ProblemLayer.class);
    Gen<Complexity> complexity = Generate.enumValues(Complexity.class);
    Gen<Priority> priority = Generate.enumValues(Priority.class);
    Gen<Criticality> criticality = Generate.enumValues(Criticality.class);
    Gen<Dynamics365App> app = Generate.enumValues(Dynamics365App.class);
    Gen<Boolean> flag = booleans().all();
    Gen<Integer> hops = integers().between(1, 6);
    Gen<Integer> isvPick = integers().between(0, 4);
    return in -> {
      SupportSetup setup = setups.generate(in);
      List<Hop> path = new ArrayList<>();
      int n = hops.generate(in);
      for (int i = 0; i < n; i++) {
        AuthorityKind k = kind.generate(in);
        ResolvingAuthority authority =
            switch (k) {
              case PARTNER -> flag.generate(in) ? Fixtures.FABRIKAM : STRANGER_PARTNER;
              case ISV -> ResolvingAuthority.of(AuthorityKind.ISV, "isv-" + isvPick.generate(in), "ISV");
              default -> ResolvingAuthority.of(k);
            };
        path.add(Hop.of(authority, level.generate(in)));
      }
      Optional<ProblemLayer> l = flag.generate(in) ? Optional.of(layer.generate(in)) : Optional.empty();
      Optional<AuthorityId> isv =
          l.equals(Optional.of(ProblemLayer.ISV_CODE)) && flag.generate(in)
              ? Optional.of(AuthorityId.of("isv-" + isvPick.generate(in)))
              : Optional.empty();
      boolean ruledOut =
          !l.equals(Optional.of(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING)) && flag.generate(in);
      SupportRequest.Builder builder = SupportRequest.builder();
      builder
          .trail(ReferenceTrail.of(RequestId.of("INC-" + n)))
          .priority(priority.generate(in))
          .application(app.generate(in))
          .processCriticality(criticality.generate(in))
          .diagnosis(new Diagnosis(l, ruledOut, complexity.generate(in), flag.generate(in), isv))
          .addAllPath(path);
      return new Case(setup, builder.build());
    };
  }

  @Test
  void everyRequestGetsExactlyOneOutcome() {
    qt().withExamples(2000)
        .forAll(cases())
        .checkAssert(
            c -> {
              RoutingOutcome outcome = Routing.route(c.request(), c.setup());
              assertNotEquals(outcome instanceof Routed, outcome instanceof Unrouted);
              assertEquals(c.request().id(), outcome.requestId());
              assertFalse(outcome.reason().isBlank());
              if (outcome instanceof Routed routed) {
                assertEquals(routed.next(), routed.path().get(routed.path().size() - 1));
                assertEquals(routed.handOff(), !routed.next().authority().id().equals(c.request().current().authority().id()));
              }
            });
  }

  @Test
  void aPartnerNeverGetsProductionAdminNorMoreDataThanThePolicyAllows() {
    qt().withExamples(2000)
        .forAll(cases())
        .checkAssert(
            c -> {
              if (Routing.route(c.request(), c.setup()) instanceof Routed routed) {
                HandOffTerms terms = routed.terms();
                AuthorityKind receiver = routed.next().authority().kind();
                if (receiver.isExternal()) {
                  assertFalse(terms.productionAdmin(), routed.describe());
                  assertNotEquals(Optional.of(Environment.PRODUCTION), terms.deploymentUpTo(), routed.describe());
                }
                DataAccess allowed = c.setup().handOffPolicy().dataAccess(receiver);
                assertTrue(allowed.allows(terms.dataAccess()), routed.describe());
                if (receiver == AuthorityKind.PARTNER && allowed != DataAccess.PRODUCTION_DATA) {
                  assertNotEquals(DataAccess.PRODUCTION_DATA, terms.dataAccess(), routed.describe());
                }
                routed.via().ifPresent(
                    via -> assertTrue(c.setup().handOffPolicy().dataAccess(via.kind()).allows(terms.dataAccess())));
              }
            });
  }

  @Test
  void routingIsDeterministic() {
    qt().withExamples(1000)
        .forAll(cases())
        .checkAssert(c -> assertEquals(Routing.route(c.request(), c.setup()), Routing.route(c.request(), c.setup())));
  }

  @Test
  void aRoutedRequestLandsOnAPositionThatRoutesAgain() {
    qt().withExamples(1000)
        .forAll(cases())
        .checkAssert(
            c -> {
              if (Routing.route(c.request(), c.setup()) instanceof Routed routed) {
                SupportRequest moved = c.request().withPath(routed.path());
                RoutingOutcome again = Routing.route(moved, c.setup());
                assertTrue(
                    again instanceof Routed
                        || ((Unrouted) again).uncovered() == Unrouted.Uncovered.ISV_NOT_IDENTIFIED,
                    () -> "routing led to a position it cannot route from: " + again + "\nafter " + routed.describe());
              }
            });
  }
}
