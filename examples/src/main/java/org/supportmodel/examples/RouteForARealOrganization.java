package org.supportmodel.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.routing.AccessApproval;
import org.supportmodel.routing.Circumstances;
import org.supportmodel.routing.Complexity;
import org.supportmodel.routing.Diagnosis;
import org.supportmodel.routing.Dynamics365App;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.Integration;
import org.supportmodel.routing.IsvContract;
import org.supportmodel.routing.OwnRule;
import org.supportmodel.routing.Routed;
import org.supportmodel.routing.Routing;
import org.supportmodel.routing.RoutingOutcome;
import org.supportmodel.routing.Scope;
import org.supportmodel.routing.ScopedPartner;
import org.supportmodel.routing.SuperUserGroup;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.sla.AgreementKind;
import org.supportmodel.sla.BusinessDuration;
import org.supportmodel.sla.PartyAgreement;
import org.supportmodel.sla.PartyMetric;
import org.supportmodel.sla.PartyTarget;

/**
 * Routing for an organization that does not fit one partner and one setup-wide flag: a second
 * partner for customer engagement and a performance specialist team, super users by functional
 * area, a contract per ISV, integrations with their own owners, a data access approval that ends,
 * an out-of-hours desk, and one rule of the organization's own. Each decision prints with its
 * rule, the alternatives, the fix's way to production and any warning.
 */
public final class RouteForARealOrganization {
  static final ResolvingAuthority NORTHWIND = ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-northwind", "Northwind CE");
  static final ResolvingAuthority PERF_LAB = ResolvingAuthority.of(AuthorityKind.PARTNER, "perf-lab", "Perf Lab");
  static final ResolvingAuthority LITWARE = ResolvingAuthority.of(AuthorityKind.ISV, "isv-litware", "Litware Payroll");
  static final ResolvingAuthority NIGHT_DESK = ResolvingAuthority.of(AuthorityKind.INTERNAL_HELPDESK, "night-desk", "Night desk");
  static final ResolvingAuthority HR_SYSTEMS = ResolvingAuthority.of(AuthorityKind.INTERNAL_IT, "hr-systems", "HR systems team");

  private RouteForARealOrganization() {}

  /**
   * The example's setup: {@link RouteARequest#mixedSetup()} with everything a real organization
   * adds.
   *
   * @return the setup
   */
  public static SupportSetup setup() {
    SupportSetup mixed = RouteARequest.mixedSetup();
    ResolvingAuthority contoso = mixed.isvs().get(0);
    return mixed
        .withIsvs(contoso, LITWARE)
        .withScopedPartners(
            ScopedPartner.of(NORTHWIND, Scope.ofApps(Dynamics365App.CUSTOMER_ENGAGEMENT)),
            ScopedPartner.of(PERF_LAB, Scope.ofTopics("performance")))
        .withSuperUserGroups(
            SuperUserGroup.of(ResolvingAuthority.of(AuthorityKind.SUPER_USER, "su-finance", "Finance super users"), "finance"),
            SuperUserGroup.of(ResolvingAuthority.of(AuthorityKind.SUPER_USER, "su-ops", "Operations super users"),
                "operations", "warehouse"))
        .withIsvContracts(
            new IsvContract(contoso.id(), true, Optional.of("contoso-hours"), Optional.of(Duration.ofHours(4))),
            new IsvContract(LITWARE.id(), false, Optional.empty(), Optional.of(Duration.ofHours(8))))
        .withIntegrations(Integration.of("payroll-export", LITWARE), Integration.of("hr-sync", HR_SYSTEMS))
        .withAccessApprovals(new AccessApproval(NORTHWIND.id(), "DPA-2026-014", Instant.parse("2026-06-30T22:00:00Z")))
        .withOnCall(NIGHT_DESK)
        .withOwnRules(OwnRule.of("payroll-p1-to-partner",
            r -> r.priority() == Priority.P1 && r.process().equals(Optional.of(ProcessId.of("payroll"))),
            Hop.of(mixed.partner().orElseThrow(), SupportLevel.LEVEL_4), "payroll P1s go to Fabrikam, who built payroll"));
  }

  static SupportRequest request(String id, Diagnosis diagnosis, Hop... path) {
    SupportRequest.Builder builder = SupportRequest.builder();
    builder
        .trail(ReferenceTrail.of(RequestId.of(id)))
        .priority(Priority.P2)
        .application(Dynamics365App.FINANCE_AND_SUPPLY_CHAIN)
        .processCriticality(Criticality.HIGH)
        .diagnosis(diagnosis)
        .addPath(path);
    return builder.build();
  }

  private static void show(String title, RoutingOutcome outcome) {
    System.out.println("== " + title + " ==");
    System.out.println(outcome instanceof Routed routed ? routed.describe().stripTrailing() : "Not routed: " + outcome.reason());
    System.out.println();
  }

  /**
   * Prints seven decisions.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    SupportSetup setup = setup();
    Hop superUser = Hop.of(ResolvingAuthority.of(AuthorityKind.SUPER_USER), SupportLevel.LEVEL_1);
    Hop helpdesk = Hop.of(ResolvingAuthority.of(AuthorityKind.INTERNAL_HELPDESK), SupportLevel.LEVEL_2);
    Hop team = Hop.of(ResolvingAuthority.of(AuthorityKind.INTERNAL_D365_TEAM), SupportLevel.LEVEL_3);
    Circumstances july = Circumstances.at(Instant.parse("2026-07-01T08:00:00Z"));

    show("A complex customer-engagement fix goes to the CE partner, whose data access has lapsed",
        Routing.route(request("INC-2001", Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX), superUser, helpdesk, team)
            .withApplication(Dynamics365App.CUSTOMER_ENGAGEMENT), setup, july));
    show("A slow batch job goes to the performance specialists",
        Routing.route(request("INC-2002", Diagnosis.unknown().withProcessOrTrainingRuledOut(true).withTopics("performance"),
            superUser, helpdesk, team), setup, july));
    show("A warehouse training question goes to the area's super users",
        Routing.route(request("INC-2003", Diagnosis.of(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING, Complexity.SIMPLE), superUser, helpdesk)
            .withArea("warehouse"), setup, july));
    show("The payroll export fails: its owner is the payroll ISV, under its own contract",
        Routing.route(request("INC-2004", Diagnosis.integration("payroll-export", Complexity.MODERATE), superUser, helpdesk, team),
            setup, july));
    show("A payroll P1 goes to Fabrikam by the organization's own rule",
        Routing.route(request("INC-2005", Diagnosis.unknown(), superUser).withPriority(Priority.P1)
            .withProcess(ProcessId.of("payroll")), setup, july));
    show("At night the helpdesk is away: the night desk covers",
        Routing.route(request("INC-2006", Diagnosis.of(ProblemLayer.DATA, Complexity.SIMPLE), superUser), setup,
            Circumstances.at(Instant.parse("2026-07-01T23:30:00Z")).withUnavailable(helpdesk.authority().id())));
    show("A simple custom-code fix: the CoE fixes it and deploys it itself",
        Routing.route(request("INC-2007", Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.SIMPLE), superUser, helpdesk, team),
            setup, july));
    System.out.println("Contract terms for the SLA module's per-party agreements: "
        + setup.isvContracts().stream().map(c -> c.isv() + " " + c.describe()).toList());
    for (IsvContract contract : setup.isvContracts()) {
      agreement(contract).ifPresent(a -> System.out.println("  " + a.name() + ": " + a.party() + " must respond to a P1 within "
          + a.targets().get(0).amount() + " on calendar " + a.targets().get(0).calendar()));
    }
  }

  /**
   * The per-party agreement that measures an ISV contract's response target in {@code sla}: the
   * ISV's id is the party, the contract's support hours the calendar ({@code "24x7"} without
   * them). Routing and {@code sla} do not know each other; an integrator joins them like this.
   *
   * @param contract the contract
   * @return the agreement, or empty if the contract sets no response target
   */
  static Optional<PartyAgreement> agreement(IsvContract contract) {
    if (contract.responseTarget().isEmpty()) {
      return Optional.empty();
    }
    String calendar = contract.supportHours().orElse("24x7");
    List<PartyTarget> targets = new ArrayList<>();
    for (Priority priority : Priority.values()) {
      targets.add(new PartyTarget(PartyMetric.RESPONSE, priority, BusinessDuration.of(contract.responseTarget().get()), calendar));
    }
    return Optional.of(PartyAgreement.of(contract.isv().value() + "-contract", contract.isv().value(),
        AgreementKind.UNDERPINNING_CONTRACT, targets));
  }
}
