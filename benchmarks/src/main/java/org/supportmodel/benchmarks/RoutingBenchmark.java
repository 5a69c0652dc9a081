package org.supportmodel.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.routing.AccessApproval;
import org.supportmodel.routing.Circumstances;
import org.supportmodel.routing.Complexity;
import org.supportmodel.routing.Diagnosis;
import org.supportmodel.routing.Dynamics365App;
import org.supportmodel.routing.HandOffPolicy;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.IntegrationOwner;
import org.supportmodel.routing.OwnRule;
import org.supportmodel.routing.Routing;
import org.supportmodel.routing.RoutingOutcome;
import org.supportmodel.routing.ScopedPartner;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;

/** One routing decision with its full trace: rule, reason, alternatives, terms and bounce check. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoutingBenchmark {
  private SupportSetup setup;
  private SupportRequest complexCodeAtTeam;
  private SupportRequest standardAtPartner;
  private SupportSetup realOrganization;
  private SupportRequest complexCeCodeAtTeam;
  private Circumstances now;

  /** Builds a mixed setup and two requests with a four-hop path. */
  @Setup
  public void setUp() {
    ResolvingAuthority partner = ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-fabrikam", "Fabrikam");
    SupportSetup.Builder builder = SupportSetup.builder();
    builder
        .model(SupportModel.MIXED)
        .centerOfExcellence(true)
        .integrationOwner(IntegrationOwner.INTERNAL_IT)
        .partner(partner)
        .addIsv(ResolvingAuthority.of(AuthorityKind.ISV, "isv-contoso", "Contoso Tax"))
        .partnerHandlesIsvs(false)
        .twentyFourSevenCommitment(true)
        .handOffPolicy(HandOffPolicy.standard())
        .maxReassignments(4);
    setup = builder.build();
    complexCodeAtTeam = request(Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX),
        ResolvingAuthority.of(AuthorityKind.INTERNAL_D365_TEAM), SupportLevel.LEVEL_3);
    standardAtPartner = request(Diagnosis.of(ProblemLayer.STANDARD_D365, Complexity.COMPLEX), partner, SupportLevel.LEVEL_4);
    ResolvingAuthority northwind = ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-northwind", "Northwind CE");
    realOrganization = setup
        .withScopedPartners(
            ScopedPartner.of(northwind, org.supportmodel.routing.Scope.ofApps(Dynamics365App.CUSTOMER_ENGAGEMENT)),
            ScopedPartner.of(ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-tailspin", "Tailspin Payroll"),
                org.supportmodel.routing.Scope.everything().withProcesses(List.of(ProcessId.of("payroll")))
                    .withApps(List.of(Dynamics365App.FINANCE_AND_SUPPLY_CHAIN))),
            ScopedPartner.of(ResolvingAuthority.of(AuthorityKind.PARTNER, "perf-lab", "Perf Lab"),
                org.supportmodel.routing.Scope.ofTopics("performance")))
        .withOwnRules(
            OwnRule.of("payroll-p1", r -> r.priority() == Priority.P1 && r.process().equals(Optional.of(ProcessId.of("payroll"))),
                Hop.of(partner, SupportLevel.LEVEL_4), "payroll P1s go to the partner"),
            OwnRule.of("warehouse", r -> r.area().equals(Optional.of("warehouse")),
                Hop.of(ResolvingAuthority.of(AuthorityKind.INTERNAL_IT), SupportLevel.LEVEL_3), "warehouse scanners are IT's"))
        .withAccessApprovals(new AccessApproval(northwind.id(), "DPA-2026-014", Instant.parse("2026-12-31T23:00:00Z")));
    complexCeCodeAtTeam = request(Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX),
        ResolvingAuthority.of(AuthorityKind.INTERNAL_D365_TEAM), SupportLevel.LEVEL_3)
        .withApplication(Dynamics365App.CUSTOMER_ENGAGEMENT)
        .withArea("sales");
    now = Circumstances.at(Instant.parse("2026-12-02T10:00:00Z"));
  }

  private static SupportRequest request(Diagnosis diagnosis, ResolvingAuthority holder, SupportLevel level) {
    SupportRequest.Builder builder = SupportRequest.builder();
    builder
        .trail(ReferenceTrail.of(RequestId.of("INC-1001")))
        .priority(Priority.P1)
        .application(Dynamics365App.FINANCE_AND_SUPPLY_CHAIN)
        .processCriticality(Criticality.CRITICAL)
        .diagnosis(diagnosis)
        .addPath(Hop.of(ResolvingAuthority.of(AuthorityKind.SUPER_USER), SupportLevel.LEVEL_1))
        .addPath(Hop.of(ResolvingAuthority.of(AuthorityKind.INTERNAL_HELPDESK), SupportLevel.LEVEL_2))
        .addPath(Hop.of(ResolvingAuthority.of(AuthorityKind.INTERNAL_D365_TEAM), SupportLevel.LEVEL_3))
        .addPath(Hop.of(holder, level));
    return builder.build();
  }

  /**
   * A complex custom-code issue at the internal team, routed to the partner.
   *
   * @return the outcome
   */
  @Benchmark
  public RoutingOutcome routeComplexCodeToPartner() {
    return Routing.route(complexCodeAtTeam, setup);
  }

  /**
   * A real organization's decision: two own rules checked (neither matches), four partners (the
   * main one and three scoped) weighed by scope, the data access approval checked at the instant,
   * and the fix's deployment path built.
   *
   * @return the outcome
   */
  @Benchmark
  public RoutingOutcome routeWithTwoOwnRulesAndFourPartners() {
    return Routing.route(complexCeCodeAtTeam, realOrganization, now);
  }

  /**
   * A standard Dynamics 365 issue at the partner, routed to Microsoft with a Sev A case.
   *
   * @return the outcome
   */
  @Benchmark
  public RoutingOutcome routeStandardIssueToMicrosoft() {
    return Routing.route(standardAtPartner, setup);
  }

}
