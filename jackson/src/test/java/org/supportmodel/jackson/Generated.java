package org.supportmodel.jackson;

import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.ExternalReference;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SlaOutcome;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.Urgency;
import org.supportmodel.core.selection.CodeAuthor;
import org.supportmodel.core.selection.Coverage;
import org.supportmodel.core.selection.CustomizationDegree;
import org.supportmodel.core.selection.EnterpriseConstraint;
import org.supportmodel.core.selection.OrganizationProfile;
import org.supportmodel.core.selection.PartnerAvailability;
import org.supportmodel.core.selection.SkillArea;
import org.supportmodel.hypercare.ActionItem;
import org.supportmodel.hypercare.Commitment;
import org.supportmodel.hypercare.ExitCriteria;
import org.supportmodel.hypercare.ExitCriterion;
import org.supportmodel.hypercare.HandoverItem;
import org.supportmodel.hypercare.HandoverKind;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.HypercareUse;
import org.supportmodel.hypercare.PeriodClose;
import org.supportmodel.hypercare.ProcessTarget;
import org.supportmodel.hypercare.RequestKind;
import org.supportmodel.hypercare.RequestRecord;
import org.supportmodel.hypercare.SlaCounting;
import org.supportmodel.hypercare.Threshold;
import org.supportmodel.routing.Complexity;
import org.supportmodel.routing.DataAccess;
import org.supportmodel.routing.AccessApproval;
import org.supportmodel.routing.Diagnosis;
import org.supportmodel.routing.Dynamics365App;
import org.supportmodel.routing.Environment;
import org.supportmodel.routing.HandOffPolicy;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.IntegrationOwner;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.Integration;
import org.supportmodel.routing.IsvContract;
import org.supportmodel.routing.Scope;
import org.supportmodel.routing.ScopedPartner;
import org.supportmodel.routing.SuperUserGroup;
import org.supportmodel.routing.SupportSetup;

/**
 * Generated inputs for the round-trip laws: each is valid by construction (or drawn again until
 * the library accepts it) and varies every field the JSON form carries, optional ones included.
 */
final class Generated {
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("UTC"));
  private static final Instant BASE = Instant.parse("2026-05-04T06:00:00Z");

  private Generated() {}

  private static <T> Gen<T> seeded(Function<Random, T> make) {
    return longs().all().map(seed -> make.apply(new Random(seed)));
  }

  static <E> E one(Random random, E[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <E> Optional<E> maybe(Random random, E value) {
    return random.nextBoolean() ? Optional.of(value) : Optional.empty();
  }

  private static ResolvingAuthority authority(Random random, AuthorityKind kind) {
    if (random.nextBoolean()) {
      return ResolvingAuthority.of(kind);
    }
    return ResolvingAuthority.of(kind, kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + random.nextInt(100),
        "Name \"" + random.nextInt(1000) + "\" – ü");
  }

  static Gen<OrganizationProfile> profiles() {
    return seeded(random -> {
      while (true) {
        try {
          return profile(random);
        } catch (IllegalArgumentException contradictory) {
          // draw again: the library refuses contradictory facts, which the law does not cover
        }
      }
    });
  }

  private static OrganizationProfile profile(Random random) {
    OrganizationProfile.Builder builder = OrganizationProfile.builder();
    int processes = 1 + random.nextInt(4);
    for (int i = 0; i < processes; i++) {
      builder.addProcess(BusinessProcess.of("P" + i, "Process " + i, one(random, Criticality.values())));
    }
    CustomizationDegree customization = one(random, CustomizationDegree.values());
    builder.customization(customization);
    if (customization != CustomizationDegree.NONE) {
      builder.customCodeAuthor(one(random, CodeAuthor.values()));
    }
    int staff = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(30);
    builder.internalSupportStaff(staff);
    for (SkillArea area : SkillArea.values()) {
      builder.putSkillCoverage(area, staff == 0 ? Coverage.NONE : one(random, Coverage.values()));
    }
    builder.partnerAvailability(one(random, PartnerAvailability.values()))
        .isvCount(random.nextInt(5)).integrationCount(random.nextInt(20))
        .countryCount(1 + random.nextInt(9)).timeZoneCount(1 + random.nextInt(4)).languageCount(1 + random.nextInt(5))
        .multiCompany(random.nextBoolean()).centerOfExcellence(staff > 0 && random.nextBoolean());
    if (random.nextInt(3) == 0) {
      builder.addConstraint(EnterpriseConstraint.of(one(random, EnterpriseConstraint.Kind.values()), "Board decision " + random.nextInt(9)));
    }
    return builder.build();
  }

  static Gen<SupportSetup> setups() {
    return seeded(random -> {
      SupportModel model = one(random, SupportModel.values());
      boolean partnerModel = model != SupportModel.FULLY_INTERNAL;
      SupportSetup.Builder builder = SupportSetup.builder().model(model).centerOfExcellence(random.nextBoolean());
      List<IntegrationOwner> owners = new ArrayList<>(List.of(IntegrationOwner.values()));
      if (!partnerModel) {
        owners.remove(IntegrationOwner.PARTNER);
      }
      if (model == SupportModel.FULLY_OUTSOURCED) {
        owners.remove(IntegrationOwner.INTERNAL_D365_TEAM);
      }
      builder.integrationOwner(owners.get(random.nextInt(owners.size())));
      if (partnerModel) {
        builder.partner(ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-" + random.nextInt(9), "Partner"));
      }
      int isvs = random.nextInt(3);
      for (int i = 0; i < isvs; i++) {
        builder.addIsv(ResolvingAuthority.of(AuthorityKind.ISV, "isv-" + i, "ISV " + i));
      }
      builder.partnerHandlesIsvs(partnerModel && isvs > 0 && random.nextBoolean())
          .twentyFourSevenCommitment(random.nextBoolean()).maxReassignments(1 + random.nextInt(5));
      HandOffPolicy policy = HandOffPolicy.standard();
      if (random.nextBoolean()) {
        policy = policy.withDataAccess(one(random, AuthorityKind.values()), one(random, DataAccess.values()));
      }
      if (random.nextBoolean()) {
        policy = policy.withDeploymentUpTo(AuthorityKind.PARTNER, maybe(random, Environment.TEST));
      }
      if (random.nextBoolean()) {
        policy = policy.withDeploymentUpTo(AuthorityKind.SUPER_USER, Optional.of(Environment.DEVELOPMENT));
      }
      if (random.nextBoolean()) {
        policy = policy.withProductionAdmin(AuthorityKind.INTERNAL_IT, false);
      }
      if (partnerModel && random.nextBoolean()) {
        policy = policy.withPartnerProductionAccess("CAB-" + random.nextInt(99));
      }
      boolean northwind = partnerModel && random.nextBoolean();
      if (northwind) {
        builder.addScopedPartner(ScopedPartner.of(ResolvingAuthority.of(AuthorityKind.PARTNER, "northwind", "Northwind"),
            Scope.ofApps(Dynamics365App.CUSTOMER_ENGAGEMENT).withProcesses(List.of(ProcessId.of("O2C")))));
      }
      if (random.nextBoolean()) {
        builder.addScopedPartner(ScopedPartner.of(ResolvingAuthority.of(AuthorityKind.PARTNER, "perf-lab", "Perf Lab"),
            Scope.ofTopics("performance").withLayers(List.of(ProblemLayer.CUSTOM_CODE, ProblemLayer.DATA))));
      }
      if (random.nextBoolean()) {
        builder.addSuperUserGroup(SuperUserGroup.of(ResolvingAuthority.of(AuthorityKind.SUPER_USER, "su-finance", "Finance SU"),
            "finance", "treasury"));
      }
      if (isvs > 0 && random.nextBoolean()) {
        builder.addIsvContract(new IsvContract(AuthorityId.of("isv-0"), partnerModel && random.nextBoolean(),
            maybe(random, "isv-hours"), maybe(random, Duration.ofMinutes(30 + random.nextInt(600)))));
      }
      if (random.nextBoolean()) {
        builder.addIntegration(Integration.of("payroll-export", ResolvingAuthority.of(AuthorityKind.INTERNAL_IT, "hr-it", "HR IT")));
      }
      if (northwind && random.nextBoolean()) {
        builder.addAccessApproval(new AccessApproval(AuthorityId.of("northwind"), "DPA-1", Instant.ofEpochSecond(1_780_000_000L
            + random.nextInt(1_000_000))));
      }
      if (random.nextBoolean()) {
        builder.onCall(ResolvingAuthority.of(AuthorityKind.INTERNAL_HELPDESK, "night-desk", "Night desk"));
      }
      return builder.handOffPolicy(policy).build();
    });
  }

  static Gen<SupportRequest> requests() {
    return seeded(random -> {
      RequestId id = RequestId.of("INC-" + random.nextInt(100_000));
      ReferenceTrail trail = ReferenceTrail.of(id);
      for (int i = 0; i < random.nextInt(3); i++) {
        trail = trail.plus(ExternalReference.of(authority(random, i == 0 ? AuthorityKind.PARTNER : AuthorityKind.MICROSOFT), "REF-" + i));
      }
      Optional<ProblemLayer> layer = maybe(random, one(random, ProblemLayer.values()));
      boolean ruledOut = layer.map(l -> l != ProblemLayer.BUSINESS_PROCESS_OR_TRAINING && random.nextBoolean())
          .orElse(random.nextBoolean());
      Optional<AuthorityId> isv = layer.equals(Optional.of(ProblemLayer.ISV_CODE)) ? maybe(random, AuthorityId.of("isv-0")) : Optional.empty();
      Optional<String> integration = layer.equals(Optional.of(ProblemLayer.INTEGRATION)) ? maybe(random, "payroll-export")
          : Optional.empty();
      java.util.TreeSet<String> topics = new java.util.TreeSet<>();
      maybe(random, "performance").ifPresent(topics::add);
      Diagnosis diagnosis = new Diagnosis(layer, ruledOut, one(random, Complexity.values()), random.nextBoolean(), isv,
          integration, topics);
      SupportRequest.Builder builder = SupportRequest.builder().trail(trail).priority(one(random, Priority.values()))
          .application(one(random, Dynamics365App.values())).processCriticality(one(random, Criticality.values()))
          .diagnosis(diagnosis);
      maybe(random, ProcessId.of("O2C")).ifPresent(builder::process);
      maybe(random, one(random, Urgency.values())).ifPresent(builder::urgency);
      maybe(random, "finance").ifPresent(builder::area);
      maybe(random, "de").ifPresent(builder::language);
      int hops = 1 + random.nextInt(4);
      for (int i = 0; i < hops; i++) {
        builder.addPath(Hop.of(authority(random, one(random, AuthorityKind.values())), SupportLevel.of(1 + random.nextInt(5))));
      }
      return builder.build();
    });
  }

  static Gen<HypercarePlan> plans() {
    return seeded(random -> {
      LocalDate goLive = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(300));
      HypercarePlan.Builder builder = HypercarePlan.builder().name("Plan " + random.nextInt(99)).zone(one(random, ZONES.toArray(ZoneId[]::new)))
          .goLive(goLive).plannedEnd(goLive.plusWeeks(1 + random.nextInt(12)));
      if (random.nextBoolean()) {
        PeriodClose close = PeriodClose.open(goLive.plusDays(random.nextInt(40)));
        builder.firstPeriodClose(random.nextBoolean() ? close : close.closedOn(close.periodEnd().plusDays(random.nextInt(9))));
      }
      for (int i = 0; i < random.nextInt(3); i++) {
        builder.addKeyProcess(new ProcessTarget(BusinessProcess.of("K" + i, "Key " + i, one(random, Criticality.values())),
            random.nextInt(101) / 100.0));
      }
      List<ExitCriterion> pool = new ArrayList<>(List.of(
          new ExitCriteria.P1ActionPlans(), new ExitCriteria.KeyProcessesAtTarget(), new ExitCriteria.FirstPeriodClosed(),
          new ExitCriteria.HandoverSignedOff(), new ExitCriteria.BacklogTrend(1 + random.nextInt(4)),
          new ExitCriteria.ResolvedWithoutHypercare(threshold(random), Duration.ofDays(1 + random.nextInt(28))),
          new ExitCriteria.SlaAttainment(priorities(random), threshold(random),
              random.nextBoolean() ? Duration.ofDays(1 + random.nextInt(28)) : Duration.ofHours(1 + random.nextInt(100)),
              one(random, SlaCounting.values()))));
      java.util.Collections.shuffle(pool, random);
      List<ExitCriterion> criteria = pool.subList(0, 1 + random.nextInt(pool.size()));
      builder.addAllCriteria(criteria);
      for (int i = 0; i < random.nextInt(3); i++) {
        builder.addActionItem(new ActionItem("A" + i, "Action " + i, "Owner", goLive.plusDays(i), maybe(random, RequestId.of("INC-" + i)),
            maybe(random, criteria.get(0).id()), maybe(random, goLive), random.nextBoolean() ? Optional.of(goLive.plusDays(3)) : Optional.empty()));
      }
      for (int i = 0; i < random.nextInt(3); i++) {
        builder.addCommitment(new Commitment("Party " + i, "Commitment " + i, goLive, goLive.plusDays(random.nextInt(60))));
      }
      for (int i = 0; i < random.nextInt(3); i++) {
        builder.addHandoverItem(new HandoverItem("H" + i, one(random, HandoverKind.values()), "Item " + i, "Partner",
            goLive.plusDays(10), maybe(random, goLive.plusDays(random.nextInt(20)))));
      }
      return builder.build();
    });
  }

  private static Threshold threshold(Random random) {
    return new Threshold(random.nextInt(1001) / 1000.0, random.nextBoolean());
  }

  private static Set<Priority> priorities(Random random) {
    Set<Priority> priorities = EnumSet.of(one(random, Priority.values()));
    if (random.nextBoolean()) {
      priorities.add(one(random, Priority.values()));
    }
    return priorities;
  }

  static Gen<RequestRecord> records() {
    return seeded(random -> {
      Instant opened = BASE.plusSeconds(random.nextInt(10_000_000)).plusNanos(random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0);
      ZoneId zone = one(random, ZONES.toArray(ZoneId[]::new));
      Priority priority = one(random, Priority.values());
      RequestRecord record = RequestRecord.opened("INC-" + random.nextInt(99_999), priority, opened)
          .withKind(one(random, RequestKind.values())).withHypercareResources(one(random, HypercareUse.values()));
      if (random.nextBoolean()) {
        record = record.withProcess(ProcessId.of("O2C"));
      }
      Instant at = opened;
      for (int i = 0; i < random.nextInt(4); i++) {
        at = at.plusSeconds(random.nextInt(500_000));
        record = i % 2 == 0
            ? (random.nextBoolean() ? record.resolvedAt(at, one(random, AuthorityKind.values())) : record.resolvedAt(at))
            : record.reopenedAt(at);
      }
      Instant due = opened.plusSeconds(3600L * (1 + random.nextInt(100)));
      List<SlaOutcome> outcomes = new ArrayList<>();
      outcomes.add(SlaOutcome.breached("RESOLUTION", priority, due, zone));
      if (random.nextBoolean()) {
        outcomes.add(SlaOutcome.met("FIRST_RESPONSE", priority, due, opened.plusSeconds(60), zone));
      }
      return record.withSla(outcomes.toArray(new SlaOutcome[0]));
    });
  }
}
