package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;

/**
 * One example per routing rule, each named by the guidance sentence it follows (or, for the
 * organization's own additions, what it does); the table must cover every rule.
 */
class EveryRuleTableTest {
  private static final Set<RoutingRule> SEEN = EnumSet.noneOf(RoutingRule.class);
  private static final Hop SU = Hop.of(Fixtures.SUPER_USER, SupportLevel.LEVEL_1);
  private static final Hop HD = Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2);
  private static final Hop TEAM = Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3);
  private static final Hop COE = Hop.of(Fixtures.COE, SupportLevel.LEVEL_3);
  private static final Hop FAB3 = Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_3);
  private static final Hop IT = Hop.of(Fixtures.INTERNAL_IT, SupportLevel.LEVEL_3);
  private static final Hop MS = Hop.of(Fixtures.MICROSOFT, SupportLevel.LEVEL_5);
  private static final ResolvingAuthority NIGHT = ResolvingAuthority.of(AuthorityKind.INTERNAL_HELPDESK, "night-desk", "Night desk");
  private static final ResolvingAuthority PERF = ResolvingAuthority.of(AuthorityKind.PARTNER, "perf-lab", "Perf Lab");
  private static final ResolvingAuthority FINANCE_SU = ResolvingAuthority.of(AuthorityKind.SUPER_USER, "su-finance", "Finance SU");

  private static Diagnosis of(ProblemLayer layer, Complexity complexity) {
    return Diagnosis.of(layer, complexity);
  }

  private static Arguments row(String sentence, RoutingRule rule, Supplier<RoutingOutcome> outcome) {
    return Arguments.of(sentence, rule, outcome);
  }

  private static RoutingOutcome route(SupportModel model, Diagnosis diagnosis, Hop... path) {
    return Routing.route(Fixtures.at("INC-1", diagnosis, path), Fixtures.setup(model));
  }

  static Stream<Arguments> rows() {
    SupportSetup mixed = Fixtures.setup(SupportModel.MIXED);
    return Stream.of(
        row("\"Super users ... resolve business process and training issues\"", RoutingRule.SUPER_USER_RESOLVES_PROCESS_OR_TRAINING,
            () -> route(SupportModel.MIXED, of(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING, Complexity.SIMPLE), SU)),
        row("\"the super user triages\" until process and training are ruled out", RoutingRule.SUPER_USER_TRIAGES,
            () -> route(SupportModel.MIXED, Diagnosis.unknown(), SU)),
        row("\"the internal helpdesk registers\" what the super user could not resolve", RoutingRule.SUPER_USER_TO_HELPDESK,
            () -> route(SupportModel.MIXED, of(ProblemLayer.DATA, Complexity.SIMPLE), SU)),
        row("a business process or training cause found later goes back to the super users", RoutingRule.BACK_TO_SUPER_USERS,
            () -> route(SupportModel.MIXED, of(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING, Complexity.SIMPLE), SU, HD)),
        row("\"in the fully outsourced model the helpdesk assigns straight to the partner\"", RoutingRule.HELPDESK_ASSIGNS_PARTNER,
            () -> route(SupportModel.FULLY_OUTSOURCED, of(ProblemLayer.DATA, Complexity.SIMPLE), SU, HD)),
        row("\"Almost all customers have some internal helpdesk function for IT systems\"", RoutingRule.HELPDESK_ASSIGNS_INTERNAL_IT,
            () -> route(SupportModel.MIXED, of(ProblemLayer.INTERNAL_NETWORK, Complexity.SIMPLE), SU, HD)),
        row("\"the internal Dynamics 365 team ... triages\" in the internal and mixed models", RoutingRule.HELPDESK_TO_INTERNAL_TEAM,
            () -> route(SupportModel.MIXED, of(ProblemLayer.DATA, Complexity.SIMPLE), SU, HD)),
        row("the holder diagnoses further while the layer is unknown", RoutingRule.DIAGNOSE_FURTHER,
            () -> route(SupportModel.MIXED, Diagnosis.unknown().withProcessOrTrainingRuledOut(true), SU, HD, TEAM)),
        row("\"the internal team ... resolves what it can\"", RoutingRule.INTERNAL_TEAM_RESOLVES,
            () -> route(SupportModel.MIXED, of(ProblemLayer.CONFIGURATION, Complexity.SIMPLE), SU, HD, TEAM)),
        row("\"the CoE's functional and technical experts\" resolve harder issues", RoutingRule.INTERNAL_EXPERTS_RESOLVE,
            () -> route(SupportModel.FULLY_INTERNAL, of(ProblemLayer.CONFIGURATION, Complexity.MODERATE), SU, HD, TEAM)),
        row("\"the internal Dynamics 365 CoE or core team typically fixes the simpler issues\"", RoutingRule.INTERNAL_TEAM_FIXES,
            () -> route(SupportModel.MIXED, of(ProblemLayer.CUSTOM_CODE, Complexity.SIMPLE), SU, HD, TEAM)),
        row("\"involve a partner for issues that require deeper Dynamics 365 knowledge or for complex issues\"",
            RoutingRule.PARTNER_FOR_COMPLEX_ISSUES,
            () -> route(SupportModel.MIXED, of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX), SU, HD, TEAM)),
        row("\"the partner triages and resolves\"", RoutingRule.PARTNER_RESOLVES,
            () -> route(SupportModel.FULLY_OUTSOURCED, of(ProblemLayer.DATA, Complexity.SIMPLE), SU, HD, FAB3)),
        row("\"the partner drives this to a pre-production environment and the internal team deploys to production\"",
            RoutingRule.PARTNER_FIXES,
            () -> route(SupportModel.FULLY_OUTSOURCED, of(ProblemLayer.CUSTOM_CODE, Complexity.MODERATE), SU, HD, FAB3)),
        row("network and internally managed infrastructure belong to internal IT", RoutingRule.TO_INTERNAL_IT,
            () -> route(SupportModel.MIXED, of(ProblemLayer.INTERNAL_INFRASTRUCTURE, Complexity.SIMPLE), SU, HD, TEAM)),
        row("\"integration software at either end\" goes to its owner", RoutingRule.TO_INTEGRATION_OWNER,
            () -> route(SupportModel.MIXED, of(ProblemLayer.INTEGRATION, Complexity.MODERATE), SU, HD, TEAM)),
        row("internal IT resolves problems in its own layers", RoutingRule.INTERNAL_IT_RESOLVES,
            () -> route(SupportModel.MIXED, of(ProblemLayer.INTERNAL_NETWORK, Complexity.SIMPLE), SU, HD, IT)),
        row("\"the most likely cause is standard Dynamics 365 or the platform\": raise it with Microsoft", RoutingRule.TO_MICROSOFT,
            () -> route(SupportModel.MIXED, of(ProblemLayer.STANDARD_D365, Complexity.MODERATE), SU, HD, TEAM)),
        row("\"the ISV resolves it under its support contract\"", RoutingRule.TO_ISV,
            () -> route(SupportModel.MIXED, Diagnosis.isvCode(Fixtures.CONTOSO_TAX.id()), SU, HD, TEAM)),
        row("the vendor works on the fault in its own product", RoutingRule.VENDOR_RESOLVES,
            () -> route(SupportModel.MIXED, of(ProblemLayer.STANDARD_D365, Complexity.MODERATE), SU, HD, TEAM, MS)),
        row("\"planning for access to external teams that can use specialist performance tools\"", RoutingRule.TO_SPECIALIST,
            () -> Routing.route(Fixtures.at("INC-1", Diagnosis.unknown().withProcessOrTrainingRuledOut(true).withTopics("performance"),
                SU, HD, TEAM), mixed.withScopedPartners(ScopedPartner.of(PERF, Scope.ofTopics("performance"))))),
        row("\"super users may be further divided by functional area\": with none for the area, the helpdesk",
            RoutingRule.HELPDESK_WITHOUT_AREA_SUPER_USERS,
            () -> Routing.route(Fixtures.at("INC-1", of(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING, Complexity.SIMPLE), SU, HD)
                .withArea("hr"), mixed.withSuperUserGroups(SuperUserGroup.of(FINANCE_SU, "finance")))),
        row("coverage: an unavailable party at level 1 or 2 is skipped for the on-call party", RoutingRule.ON_CALL_COVERS,
            () -> Routing.route(Fixtures.at("INC-1", of(ProblemLayer.DATA, Complexity.SIMPLE), SU), mixed.withOnCall(NIGHT),
                Circumstances.none().withUnavailable(Fixtures.HELPDESK.id()))),
        row("the organization's own rule goes before the guidance's", RoutingRule.OWN_RULE,
            () -> Routing.route(Fixtures.at("INC-1", Diagnosis.unknown(), SU).withPriority(Priority.P1), mixed.withOwnRules(
                OwnRule.of("p1-to-it", r -> r.priority() == Priority.P1, IT, "P1s start with internal IT")))),
        row("a party that finds the cause outside its scope hands it back to the party that drives it", RoutingRule.BACK_TO_DRIVER,
            () -> route(SupportModel.MIXED, of(ProblemLayer.CUSTOM_CODE, Complexity.MODERATE), SU, HD, TEAM, MS)),
        row("the CoE's experts fix custom code at level 4", RoutingRule.INTERNAL_EXPERTS_RESOLVE,
            () -> route(SupportModel.MIXED, of(ProblemLayer.CUSTOM_CODE, Complexity.MODERATE), SU, HD, TEAM, COE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachRuleHasAnExampleFromTheGuidance(String sentence, RoutingRule rule, Supplier<RoutingOutcome> outcome) {
    RoutingOutcome routed = outcome.get();
    assertTrue(routed instanceof Routed, () -> sentence + ": " + routed);
    assertEquals(rule, ((Routed) routed).rule(), ((Routed) routed).describe());
    assertTrue(routed.reason().startsWith(rule.description()), routed.reason());
    SEEN.add(rule);
  }

  @AfterAll
  static void everyRuleHasARow() {
    assertEquals(EnumSet.allOf(RoutingRule.class), SEEN, "a rule without an example in the table");
  }
}
