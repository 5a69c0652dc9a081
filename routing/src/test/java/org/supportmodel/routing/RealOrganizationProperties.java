package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
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
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;

/**
 * The laws of routing over generated setups of real organizations: scoped partners and specialist
 * teams, super users by area, ISV contracts, integrations with owners, data access approvals, an
 * on-call party, own rules, the partner's production grant, and generated circumstances.
 */
class RealOrganizationProperties {
  private static final ResolvingAuthority NORTHWIND = ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-northwind", "Northwind");
  private static final ResolvingAuthority TAILSPIN = ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-tailspin", "Tailspin");
  private static final ResolvingAuthority PERF = ResolvingAuthority.of(AuthorityKind.PARTNER, "perf-lab", "Perf Lab");
  private static final ResolvingAuthority SECURITY = ResolvingAuthority.of(AuthorityKind.PARTNER, "sec-lab", "Security Lab");
  private static final ResolvingAuthority FINANCE_SU = ResolvingAuthority.of(AuthorityKind.SUPER_USER, "su-finance", "Finance SU");
  private static final ResolvingAuthority OPS_SU = ResolvingAuthority.of(AuthorityKind.SUPER_USER, "su-ops", "Ops SU");
  private static final ResolvingAuthority NIGHT_DESK = ResolvingAuthority.of(AuthorityKind.INTERNAL_HELPDESK, "night-desk", "Night desk");
  private static final ResolvingAuthority HR_TEAM = ResolvingAuthority.of(AuthorityKind.INTERNAL_IT, "hr-systems", "HR systems");
  private static final Instant END = Instant.parse("2026-06-30T22:00:00Z");
  private static final List<String> AREAS = List.of("finance", "operations", "hr");
  private static final List<String> TOPICS = List.of("performance", "security", "printing");
  private static final List<String> INTEGRATIONS = List.of("payroll-export", "hr-sync", "fax-gateway");

  /** A setup, a request and the circumstances, generated together. */
  record Case(SupportSetup setup, SupportRequest request, Circumstances circumstances) {}

  private static <T> T pick(List<T> from, int index) {
    return from.get(Math.floorMod(index, from.size()));
  }

  static Gen<SupportSetup> setups() {
    Gen<SupportSetup> plain = RoutingProperties.setups();
    Gen<Boolean> flag = booleans().all();
    Gen<Integer> any = integers().between(0, 1000);
    return in -> {
      SupportSetup base = plain.generate(in);
      boolean partnerModel = base.partner().isPresent();
      HandOffPolicy policy = base.handOffPolicy();
      if (partnerModel && flag.generate(in)) {
        policy = policy.withPartnerProductionAccess("CAB-" + any.generate(in));
      }
      List<ScopedPartner> scoped = new ArrayList<>();
      if (partnerModel && flag.generate(in)) {
        scoped.add(ScopedPartner.of(NORTHWIND, Scope.ofApps(Dynamics365App.CUSTOMER_ENGAGEMENT)));
      }
      if (partnerModel && flag.generate(in)) {
        scoped.add(ScopedPartner.of(TAILSPIN, Scope.ofApps(Dynamics365App.FINANCE_AND_SUPPLY_CHAIN)
            .withLayers(List.of(ProblemLayer.DATA, ProblemLayer.CUSTOM_CODE))));
      }
      if (flag.generate(in)) {
        scoped.add(ScopedPartner.of(PERF, Scope.ofTopics("performance")));
      }
      if (flag.generate(in)) {
        scoped.add(ScopedPartner.of(SECURITY, Scope.ofTopics("security").withLayers(List.of(ProblemLayer.CONFIGURATION))));
      }
      List<SuperUserGroup> groups = new ArrayList<>();
      if (flag.generate(in)) {
        groups.add(SuperUserGroup.of(FINANCE_SU, "finance"));
        if (flag.generate(in)) {
          groups.add(SuperUserGroup.of(OPS_SU, "operations", "warehouse"));
        }
      }
      List<IsvContract> contracts = new ArrayList<>();
      for (ResolvingAuthority isv : base.isvs()) {
        if (flag.generate(in)) {
          contracts.add(new IsvContract(isv.id(), partnerModel && flag.generate(in),
              flag.generate(in) ? Optional.of("isv-hours") : Optional.empty(),
              flag.generate(in) ? Optional.of(Duration.ofHours(1 + any.generate(in) % 24)) : Optional.empty()));
        }
      }
      List<ResolvingAuthority> owners = new ArrayList<>(List.of(HR_TEAM, Fixtures.INTERNAL_IT));
      base.partner().ifPresent(owners::add);
      owners.addAll(base.isvs());
      if (base.model() != SupportModel.FULLY_OUTSOURCED) {
        owners.add(Fixtures.TEAM);
      }
      List<Integration> integrations = new ArrayList<>();
      integrations.add(Integration.of("payroll-export", pick(owners, any.generate(in))));
      if (flag.generate(in)) {
        integrations.add(Integration.of("hr-sync", pick(owners, any.generate(in))));
      }
      List<AccessApproval> approvals = new ArrayList<>();
      if (partnerModel && flag.generate(in)) {
        approvals.add(new AccessApproval(Fixtures.FABRIKAM.id(), "DPA-1", END));
      }
      if (!base.isvs().isEmpty() && flag.generate(in)) {
        approvals.add(new AccessApproval(base.isvs().get(0).id(), "DPA-2", END.plusSeconds(86_400)));
      }
      List<ResolvingAuthority> targets = new ArrayList<>(List.of(Fixtures.INTERNAL_IT, Fixtures.HELPDESK, Fixtures.MICROSOFT));
      base.partner().ifPresent(targets::add);
      List<OwnRule> rules = new ArrayList<>();
      int ruleCount = any.generate(in) % 3;
      for (int i = 0; i < ruleCount; i++) {
        ResolvingAuthority target = pick(targets, any.generate(in));
        SupportLevel level = pick(List.copyOf(Routing.levelsOf(target.kind())), any.generate(in));
        Priority priority = pick(List.of(Priority.values()), any.generate(in));
        String area = pick(AREAS, any.generate(in));
        rules.add(flag.generate(in)
            ? OwnRule.of("by-priority-" + i, r -> r.priority() == priority, Hop.of(target, level), "own rule by priority")
            : OwnRule.of("by-area-" + i, r -> r.area().equals(Optional.of(area)), Hop.of(target, level), "own rule by area"));
      }
      return base.withHandOffPolicy(policy)
          .withScopedPartners(scoped)
          .withSuperUserGroups(groups)
          .withIsvContracts(contracts)
          .withIntegrations(integrations)
          .withAccessApprovals(approvals)
          .withOnCall(flag.generate(in) ? Optional.of(NIGHT_DESK) : Optional.empty())
          .withOwnRules(rules);
    };
  }

  static Gen<Case> cases() {
    Gen<SupportSetup> setups = setups();
    Gen<Boolean> flag = booleans().all();
    Gen<Integer> any = integers().between(0, 1000);
    Gen<ProblemLayer> layer = Generate.enumValues(ProblemLayer.class);
    Gen<Complexity> complexity = Generate.enumValues(Complexity.class);
    return in -> {
      SupportSetup setup = setups.generate(in);
      List<ResolvingAuthority> holders = new ArrayList<>(List.of(Fixtures.SUPER_USER, Fixtures.HELPDESK, Fixtures.INTERNAL_IT,
          HR_TEAM, Fixtures.MICROSOFT, NIGHT_DESK));
      setup.partner().ifPresent(holders::add);
      setup.scopedPartners().forEach(s -> holders.add(s.partner()));
      setup.superUserGroups().forEach(g -> holders.add(g.group()));
      holders.addAll(setup.isvs());
      if (setup.model() != SupportModel.FULLY_OUTSOURCED) {
        holders.add(Fixtures.TEAM);
      }
      if (setup.centerOfExcellence()) {
        holders.add(Fixtures.COE);
      }
      List<Hop> path = new ArrayList<>();
      int hops = 1 + any.generate(in) % 5;
      for (int i = 0; i < hops; i++) {
        ResolvingAuthority holder = pick(holders, any.generate(in));
        path.add(Hop.of(holder, pick(List.copyOf(Routing.levelsOf(holder.kind())), any.generate(in))));
      }
      Optional<ProblemLayer> l = flag.generate(in) ? Optional.of(layer.generate(in)) : Optional.empty();
      Optional<AuthorityId> isv = l.equals(Optional.of(ProblemLayer.ISV_CODE)) && !setup.isvs().isEmpty() && flag.generate(in)
          ? Optional.of(pick(setup.isvs(), any.generate(in)).id()) : Optional.empty();
      Optional<String> integration = l.equals(Optional.of(ProblemLayer.INTEGRATION)) && flag.generate(in)
          ? Optional.of(pick(INTEGRATIONS, any.generate(in))) : Optional.empty();
      java.util.TreeSet<String> topics = new java.util.TreeSet<>();
      if (flag.generate(in)) {
        topics.add(pick(TOPICS, any.generate(in)));
      }
      boolean ruledOut = !l.equals(Optional.of(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING)) && flag.generate(in);
      SupportRequest.Builder builder = SupportRequest.builder();
      builder
          .trail(ReferenceTrail.of(RequestId.of("INC-" + hops)))
          .priority(pick(List.of(Priority.values()), any.generate(in)))
          .application(pick(List.of(Dynamics365App.values()), any.generate(in)))
          .processCriticality(pick(List.of(Criticality.values()), any.generate(in)))
          .diagnosis(new Diagnosis(l, ruledOut, complexity.generate(in), flag.generate(in), isv, integration, topics))
          .addAllPath(path);
      if (flag.generate(in)) {
        builder.area(pick(AREAS, any.generate(in)));
      }
      if (flag.generate(in)) {
        builder.language(pick(List.of("en", "de"), any.generate(in)));
      }
      if (flag.generate(in)) {
        builder.process(ProcessId.of("payroll"));
      }
      Circumstances circumstances = switch (any.generate(in) % 3) {
        case 0 -> Circumstances.none();
        case 1 -> Circumstances.at(END.minusSeconds(1));
        default -> Circumstances.at(END);
      };
      for (ResolvingAuthority party : List.of(Fixtures.SUPER_USER, Fixtures.HELPDESK, NIGHT_DESK, FINANCE_SU)) {
        int roll = any.generate(in) % 4;
        if (roll == 0) {
          circumstances = circumstances.withUnavailable(party.id());
        } else if (roll == 1) {
          circumstances = circumstances.withLanguages(party.id(), "en");
        }
      }
      return new Case(setup, builder.build(), circumstances);
    };
  }

  @Test
  void everyRequestGetsExactlyOneOutcomeOnALevelItsAuthorityWorksAt() {
    qt().withExamples(3000)
        .forAll(cases())
        .checkAssert(c -> {
          RoutingOutcome outcome = Routing.route(c.request(), c.setup(), c.circumstances());
          assertNotEquals(outcome instanceof Routed, outcome instanceof Unrouted);
          assertEquals(c.request().id(), outcome.requestId());
          if (outcome instanceof Routed routed) {
            assertTrue(Routing.levelsOf(routed.next().authority().kind()).contains(routed.next().level()), routed.describe());
            assertEquals(routed.next(), routed.path().get(routed.path().size() - 1));
            assertTrue(c.setup().absence(routed.next().authority()).isEmpty(), routed.describe());
          } else {
            Unrouted unrouted = (Unrouted) outcome;
            assertTrue(unrouted.uncovered() == Unrouted.Uncovered.ISV_NOT_IDENTIFIED
                || unrouted.uncovered() == Unrouted.Uncovered.INTEGRATION_NOT_IDENTIFIED, unrouted.toString());
          }
        });
  }

  @Test
  void noPartnerDeploysToProductionUnlessGrantedAndThenWithAWarning() {
    qt().withExamples(3000)
        .forAll(cases())
        .checkAssert(c -> {
          if (Routing.route(c.request(), c.setup(), c.circumstances()) instanceof Routed routed) {
            boolean granted = c.setup().handOffPolicy().partnerProductionAccess().isPresent();
            boolean warned = routed.warnings().stream().anyMatch(w -> w.kind() == RoutingWarning.Kind.PARTNER_PRODUCTION_ACCESS);
            boolean partnerDeploys = routed.deployment()
                .map(d -> d.productionDeployer().kind() == AuthorityKind.PARTNER).orElse(false);
            boolean externalAdmin = routed.next().authority().kind().isExternal() && routed.terms().productionAdmin();
            if (partnerDeploys || externalAdmin) {
              assertTrue(granted && warned, routed.describe());
              assertTrue(routed.next().authority().kind() == AuthorityKind.PARTNER
                  || routed.via().map(v -> v.kind() == AuthorityKind.PARTNER).orElse(false), routed.describe());
            }
            if (!granted) {
              assertFalse(warned, routed.describe());
            }
            routed.deployment().ifPresent(d -> {
              assertEquals(Environment.PRODUCTION, d.steps().get(d.steps().size() - 1).environment());
              for (DeploymentStep step : d.steps()) {
                assertTrue(step.by().kind() != AuthorityKind.MICROSOFT && step.by().kind() != AuthorityKind.ISV, routed.describe());
              }
            });
          }
        });
  }

  @Test
  void ownRulesDecideFirstAndTheOutcomeSaysWhichDidNotMatch() {
    qt().withExamples(3000)
        .forAll(cases())
        .checkAssert(c -> {
          if (Routing.route(c.request(), c.setup(), c.circumstances()) instanceof Routed routed) {
            for (String name : routed.ownRulesNotMatched()) {
              OwnRule rule = c.setup().ownRules().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
              assertFalse(rule.when().test(c.request()), name);
            }
            if (routed.ownRule().isPresent()) {
              OwnRule rule = c.setup().ownRules().stream().filter(r -> r.name().equals(routed.ownRule().get())).findFirst()
                  .orElseThrow();
              assertTrue(rule.when().test(c.request()));
              assertEquals(rule.target(), routed.next());
              List<String> before = c.setup().ownRules().stream().takeWhile(r -> !r.name().equals(rule.name())).map(OwnRule::name)
                  .filter(n -> !routed.ownRulesNotMatched().contains(n)).toList();
              for (String n : before) {
                OwnRule skipped = c.setup().ownRules().stream().filter(r -> r.name().equals(n)).findFirst().orElseThrow();
                assertEquals(c.request().current(), skipped.target(), "a matching rule before the decider only skips at its target");
              }
            } else if (routed.rule() != RoutingRule.ON_CALL_COVERS) {
              for (OwnRule rule : c.setup().ownRules()) {
                assertTrue(!rule.when().test(c.request()) || rule.target().equals(c.request().current()), rule.name());
              }
            }
          }
        });
  }

  @Test
  void accessAndCoverageAreNeverSilent() {
    qt().withExamples(3000)
        .forAll(cases())
        .checkAssert(c -> {
          if (Routing.route(c.request(), c.setup(), c.circumstances()) instanceof Routed routed) {
            HandOffTerms terms = routed.terms();
            if (terms.accessStatus() == AccessStatus.LAPSED) {
              assertEquals(DataAccess.NO_CUSTOMER_DATA, terms.dataAccess());
              assertTrue(routed.warnings().stream().anyMatch(w -> w.kind() == RoutingWarning.Kind.DATA_ACCESS_LAPSED));
            }
            assertEquals(c.setup().accessApproval(routed.next().authority().id()).isPresent(),
                terms.accessStatus() != AccessStatus.NO_APPROVAL_RECORDED);
            Optional<String> gap = c.circumstances().gap(routed.next().authority(), c.request().language());
            if (routed.next().level().compareTo(SupportLevel.LEVEL_2) <= 0 && gap.isPresent()) {
              assertTrue(routed.warnings().stream().anyMatch(w -> w.kind() == RoutingWarning.Kind.NO_COVERAGE), routed.describe());
            }
            if (routed.rule() == RoutingRule.ON_CALL_COVERS) {
              assertEquals(c.setup().onCall(), Optional.of(routed.next().authority()));
            }
          }
        });
  }

  @Test
  void routingIsDeterministicAndALandingRoutesAgain() {
    qt().withExamples(1500)
        .forAll(cases())
        .checkAssert(c -> {
          RoutingOutcome outcome = Routing.route(c.request(), c.setup(), c.circumstances());
          assertEquals(outcome, Routing.route(c.request(), c.setup(), c.circumstances()));
          if (outcome instanceof Routed routed) {
            RoutingOutcome again = Routing.route(c.request().withPath(routed.path()), c.setup(), c.circumstances());
            assertTrue(again instanceof Routed || (((Unrouted) again).uncovered() != Unrouted.Uncovered.AUTHORITY_NOT_IN_SETUP
                    && ((Unrouted) again).uncovered() != Unrouted.Uncovered.INCONSISTENT_POSITION),
                () -> "routing led to a position it cannot route from: " + again + "\nafter " + routed.describe());
          }
        });
  }
}
