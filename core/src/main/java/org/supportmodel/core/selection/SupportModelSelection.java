package org.supportmodel.core.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.SupportModel;

/**
 * Recommends a support model for an organization and explains why.
 *
 * <p>Each {@link SelectionFactor} reads one part of the {@link OrganizationProfile} and gives
 * points to each model, following the guidance: outsourcing fits smaller projects with few
 * critical processes and little customization; a fully internal model needs a large team that
 * covers every skill; the mixed model, the most common, fits the usual blend. The model with the
 * most points wins, unless a hard rule rules it out: an enterprise constraint (a mandatory
 * outsourcing or internal-support policy, a partner agreement in force), no internal staff, or no
 * partner. Ties go to mixed, then fully outsourced, then fully internal.
 *
 * <p>The scoring is built so that more internal capacity (staff, skills coverage, a Center of
 * Excellence) never moves the recommendation towards outsourcing, and the order in which
 * processes are listed never matters.
 *
 * <p>A pure function: the same profile always gives an equal recommendation.
 */
public final class SupportModelSelection {
  private static final List<SupportModel> TIE_BREAK =
      List.of(SupportModel.MIXED, SupportModel.FULLY_OUTSOURCED, SupportModel.FULLY_INTERNAL);
  private static final int[] STAFF_STEPS = {0, 1, 3, 10, 20};

  private SupportModelSelection() {}

  /**
   * Recommends a support model.
   *
   * @param profile the organization's facts, already validated by its builder
   * @return the recommendation with its explanation, never null
   */
  public static ModelRecommendation recommend(OrganizationProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Decision decision = decide(profile);
    SupportModel runnerUpModel =
        decision.ranking.stream().filter(m -> m != decision.recommended).findFirst().orElseThrow();
    RunnerUp runnerUp =
        new RunnerUp(
            runnerUpModel,
            decision.scores.of(decision.recommended) - decision.scores.of(runnerUpModel),
            decision.exclusions.stream().filter(e -> e.model() == runnerUpModel).collect(Collectors.toList()),
            changesThatMakeWin(profile, runnerUpModel),
            factorsAgainst(decision, runnerUpModel));
    return new ModelRecommendation(
        decision.recommended,
        decision.scores,
        decision.contributions,
        decision.exclusions,
        decidingConstraint(profile, decision),
        decision.recommended.risks(),
        runnerUp,
        ResponsibilityMatrix.of(decision.recommended, profile.centerOfExcellence()));
  }

  /**
   * The contribution of every factor to the scores, without the hard rules.
   *
   * @param profile the organization's facts
   * @return one contribution per factor, in {@link SelectionFactor} order
   */
  public static List<FactorContribution> contributions(OrganizationProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return List.of(
        scopeSize(profile),
        processCriticality(profile),
        customization(profile),
        customCodeAuthor(profile),
        internalCapacity(profile),
        skillsCoverage(profile),
        partnerAvailability(profile),
        isvs(profile),
        integrations(profile),
        geography(profile),
        organizationStructure(profile));
  }

  private static final class Decision {
    final List<FactorContribution> contributions;
    final ModelPoints scores;
    final List<Exclusion> exclusions;
    final List<SupportModel> ranking;
    final SupportModel recommended;

    Decision(OrganizationProfile profile) {
      contributions = contributions(profile);
      ModelPoints total = ModelPoints.ZERO;
      for (FactorContribution c : contributions) {
        total = total.plus(c.points());
      }
      scores = total;
      exclusions = Feasibility.exclusions(profile);
      ranking = new ArrayList<>(TIE_BREAK);
      ranking.sort(Comparator.comparingInt((SupportModel m) -> -scores.of(m)).thenComparingInt(TIE_BREAK::indexOf));
      recommended =
          ranking.stream()
              .filter(m -> exclusions.stream().noneMatch(e -> e.model() == m))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("profile validation admits no model"));
    }
  }

  private static Decision decide(OrganizationProfile profile) {
    return new Decision(profile);
  }

  private static Optional<String> decidingConstraint(OrganizationProfile profile, Decision decision) {
    Optional<EnterpriseConstraint> mandate =
        profile.constraints().stream()
            .filter(c -> c.forcedModel().isPresent())
            .min(Comparator.comparing(EnterpriseConstraint::source));
    SupportModel scoreWinner = decision.ranking.get(0);
    if (mandate.isPresent()) {
      return Optional.of(
          "the enterprise constraint "
              + mandate.get()
              + " requires the "
              + decision.recommended.label()
              + " model"
              + (scoreWinner == decision.recommended
                  ? "; the scores agree"
                  : "; on scores alone " + scoreWinner.label() + " would have been chosen"));
    }
    if (scoreWinner != decision.recommended) {
      List<String> reasons = new ArrayList<>();
      for (SupportModel model : decision.ranking) {
        if (model == decision.recommended) {
          break;
        }
        decision.exclusions.stream()
            .filter(e -> e.model() == model)
            .forEach(e -> reasons.add(model.label() + " scores higher but " + e.reason()));
      }
      return Optional.of(String.join("; ", reasons));
    }
    return Optional.empty();
  }

  private static List<String> factorsAgainst(Decision decision, SupportModel runnerUp) {
    return decision.contributions.stream()
        .filter(c -> gap(c, decision.recommended, runnerUp) > 0)
        .sorted(Comparator.comparingInt((FactorContribution c) -> -gap(c, decision.recommended, runnerUp)))
        .limit(3)
        .map(c -> c.factor().label() + " (" + c.finding() + "): " + points(gap(c, decision.recommended, runnerUp))
            + " for " + decision.recommended.label())
        .collect(Collectors.toList());
  }

  private static String points(int n) {
    return n + (n == 1 ? " point" : " points");
  }

  private static int gap(FactorContribution c, SupportModel winner, SupportModel runnerUp) {
    return c.points().of(winner) - c.points().of(runnerUp);
  }

  // ---- what would make the runner-up win -------------------------------------------------

  private static List<String> changesThatMakeWin(OrganizationProfile profile, SupportModel target) {
    Set<String> changes = new LinkedHashSet<>();
    // The abstract type has a package-private constructor: every profile is the generated one.
    ImmutableOrganizationProfile base = (ImmutableOrganizationProfile) ImmutableOrganizationProfile.copyOf(profile);
    profile.constraints().stream()
        .sorted(Comparator.comparing(EnterpriseConstraint::source))
        .forEach(
            c -> {
              Set<EnterpriseConstraint> rest = new LinkedHashSet<>(profile.constraints());
              rest.remove(c);
              tryChange(changes, target, "the enterprise constraint " + c + " is lifted", () -> base.withConstraints(rest));
            });
    int staff = profile.internalSupportStaff();
    Arrays.stream(STAFF_STEPS)
        .filter(s -> s > staff)
        .filter(s -> wins(target, () -> base.withInternalSupportStaff(s)))
        .findFirst()
        .ifPresent(s -> changes.add("internal support staff of " + s + " instead of " + staff));
    Arrays.stream(STAFF_STEPS)
        .filter(s -> s < staff)
        .map(s -> -s)
        .sorted()
        .map(s -> -s)
        .filter(s -> wins(target, () -> base.withInternalSupportStaff(s)))
        .findFirst()
        .ifPresent(s -> changes.add("internal support staff of " + s + " instead of " + staff));
    for (SkillArea area : SkillArea.values()) {
      for (Coverage coverage : Coverage.values()) {
        if (coverage != profile.coverage(area)) {
          tryChange(
              changes,
              target,
              area.label() + " coverage " + coverage + " instead of " + profile.coverage(area),
              () -> base.withSkillCoverage(with(profile, area, coverage)));
        }
      }
    }
    tryChange(
        changes,
        target,
        profile.centerOfExcellence() ? "no Center of Excellence" : "a Center of Excellence",
        () -> base.withCenterOfExcellence(!profile.centerOfExcellence()));
    for (PartnerAvailability availability : PartnerAvailability.values()) {
      if (availability != profile.partnerAvailability()) {
        tryChange(
            changes,
            target,
            "partner availability " + availability + " instead of " + profile.partnerAvailability(),
            () -> base.withPartnerAvailability(availability));
      }
    }
    if (profile.customization() != CustomizationDegree.NONE) {
      for (CustomizationDegree degree : CustomizationDegree.values()) {
        if (degree == CustomizationDegree.NONE) {
          tryChange(
              changes,
              target,
              "customization NONE instead of " + profile.customization(),
              () -> uncustomized(profile));
        } else if (degree != profile.customization()) {
          tryChange(
              changes,
              target,
              "customization " + degree + " instead of " + profile.customization(),
              () -> base.withCustomization(degree));
        }
      }
      for (CodeAuthor author : CodeAuthor.values()) {
        if (Optional.of(author).equals(profile.customCodeAuthor())) {
          continue;
        }
        tryChange(
            changes,
            target,
            "custom code written by " + author + " instead of " + profile.customCodeAuthor().orElseThrow(),
            () -> base.withCustomCodeAuthor(author));
      }
    }
    return List.copyOf(changes);
  }

  private static OrganizationProfile uncustomized(OrganizationProfile profile) {
    return OrganizationProfile.builder()
        .addAllProcesses(profile.processes())
        .customization(CustomizationDegree.NONE)
        .internalSupportStaff(profile.internalSupportStaff())
        .putAllSkillCoverage(profile.skillCoverage())
        .partnerAvailability(profile.partnerAvailability())
        .isvCount(profile.isvCount())
        .integrationCount(profile.integrationCount())
        .countryCount(profile.countryCount())
        .timeZoneCount(profile.timeZoneCount())
        .languageCount(profile.languageCount())
        .multiCompany(profile.multiCompany())
        .centerOfExcellence(profile.centerOfExcellence())
        .addAllConstraints(profile.constraints())
        .build();
  }

  private static Map<SkillArea, Coverage> with(
      OrganizationProfile profile, SkillArea area, Coverage coverage) {
    Map<SkillArea, Coverage> changed = new EnumMap<>(profile.skillCoverage());
    changed.put(area, coverage);
    return changed;
  }

  private static void tryChange(
      Set<String> changes, SupportModel target, String description, Supplier<OrganizationProfile> change) {
    if (wins(target, change)) {
      changes.add(description);
    }
  }

  private static boolean wins(SupportModel target, Supplier<OrganizationProfile> change) {
    OrganizationProfile changed;
    try {
      changed = change.get();
    } catch (IllegalArgumentException contradictory) {
      return false; // the change would make the profile contradictory: not a possible change
    }
    return decide(changed).recommended == target;
  }

  // ---- the factors -------------------------------------------------------------------------

  private static FactorContribution scopeSize(OrganizationProfile p) {
    int n = p.processes().size();
    String finding = n + (n == 1 ? " business process" : " business processes") + " in scope";
    if (n <= 5) {
      return contribution(SelectionFactor.SCOPE_SIZE, finding, -1, 0, 2,
          "a small project: the guidance sees full outsourcing most in smaller projects");
    }
    if (n <= 15) {
      return contribution(SelectionFactor.SCOPE_SIZE, finding, 0, 1, 0,
          "a mid-sized scope: most organizations of this size blend internal and partner support");
    }
    return contribution(SelectionFactor.SCOPE_SIZE, finding, 1, 2, -1,
        "a large scope needs internal people who know the business and the application");
  }

  private static FactorContribution processCriticality(OrganizationProfile p) {
    int critical = p.processCount(Criticality.CRITICAL);
    int high = p.processCount(Criticality.HIGH) - critical;
    int load = 2 * critical + high;
    String finding = critical + " critical and " + high + " high-criticality processes";
    if (load == 0) {
      return contribution(SelectionFactor.PROCESS_CRITICALITY, finding, -1, 0, 3,
          "no critical business processes in scope: the guidance's typical case for full outsourcing");
    }
    if (load <= 2) {
      return contribution(SelectionFactor.PROCESS_CRITICALITY, finding, 0, 1, 2,
          "few critical business processes: outsourcing remains viable");
    }
    if (load <= 6) {
      return contribution(SelectionFactor.PROCESS_CRITICALITY, finding, 1, 2, 0,
          "several critical processes need people who know the business and its priorities");
    }
    return contribution(SelectionFactor.PROCESS_CRITICALITY, finding, 2, 3, -2,
        "many critical processes: support must keep a deep understanding of the business in house");
  }

  private static FactorContribution customization(OrganizationProfile p) {
    String finding = p.customization().name();
    return switch (p.customization()) {
      case NONE -> contribution(SelectionFactor.CUSTOMIZATION, finding, 0, 0, 2,
          "a standard solution is the easiest to outsource");
      case LOW -> contribution(SelectionFactor.CUSTOMIZATION, finding, 0, 1, 1,
          "light customization is still easy to hand to a partner");
      case MODERATE -> contribution(SelectionFactor.CUSTOMIZATION, finding, 1, 2, -1,
          "customized processes need support that knows the custom code");
      case HIGH -> contribution(SelectionFactor.CUSTOMIZATION, finding, 2, 2, -4,
          "the guidance: full outsourcing is tougher to deliver for highly customized systems");
    };
  }

  private static FactorContribution customCodeAuthor(OrganizationProfile p) {
    Optional<CodeAuthor> author = p.customCodeAuthor();
    if (author.isEmpty()) {
      return contribution(SelectionFactor.CUSTOM_CODE_AUTHOR, "no custom code", 0, 0, 0,
          "without custom code it does not matter who wrote it");
    }
    String finding = "written by " + author.get();
    return switch (author.get()) {
      case INTERNAL_TEAM -> contribution(SelectionFactor.CUSTOM_CODE_AUTHOR, finding, 2, 1, -2,
          "the knowledge of the custom code is in house");
      case PARTNER -> contribution(SelectionFactor.CUSTOM_CODE_AUTHOR, finding, -2, 2, 1,
          "the partner that wrote the code can support it; partners support custom code in the mixed model");
      case INTERNAL_TEAM_AND_PARTNER -> contribution(SelectionFactor.CUSTOM_CODE_AUTHOR, finding, -1, 2, -1,
          "knowledge of the code is split between the internal team and the partner");
    };
  }

  private static FactorContribution internalCapacity(OrganizationProfile p) {
    int staff = p.internalSupportStaff();
    String finding = staff + " internal support staff";
    if (staff == 0) {
      return contribution(SelectionFactor.INTERNAL_CAPACITY, finding, -8, -2, 4,
          "no internal support people at all: someone outside must support the solution");
    }
    if (staff <= 2) {
      return contribution(SelectionFactor.INTERNAL_CAPACITY, finding, -4, 1, 3,
          "too few internal people for the critical mass of a dedicated support team");
    }
    if (staff <= 9) {
      return contribution(SelectionFactor.INTERNAL_CAPACITY, finding, -1, 3, 1,
          "enough for a small internal Dynamics 365 team that triages and drives issues, not for peaks");
    }
    if (staff <= 19) {
      return contribution(SelectionFactor.INTERNAL_CAPACITY, finding, 2, 3, 0,
          "a sizeable internal team that keeps application and business knowledge");
    }
    return contribution(SelectionFactor.INTERNAL_CAPACITY, finding, 5, 3, -1,
        "a large internal team that can absorb peaks and troughs of demand");
  }

  private static FactorContribution skillsCoverage(OrganizationProfile p) {
    int internal = 0;
    int mixed = 0;
    int outsourced = 0;
    List<String> parts = new ArrayList<>();
    boolean anyNone = false;
    boolean allFull = true;
    for (SkillArea area : SkillArea.values()) {
      Coverage coverage = p.coverage(area);
      parts.add(area.label() + " " + coverage);
      switch (coverage) {
        case NONE -> {
          internal -= 1;
          outsourced += 1;
          anyNone = true;
        }
        case PARTIAL -> mixed += 1;
        case FULL -> {
          internal += 1;
          outsourced -= 1;
        }
      }
      allFull &= coverage == Coverage.FULL;
    }
    String reasoning;
    if (allFull) {
      internal += 3;
      reasoning = "every workstream, technical area, servicing and specialist skill is covered in house,"
          + " which a fully internal model requires";
    } else if (anyNone) {
      internal -= 3;
      reasoning = "a skill area with no internal coverage must come from a partner;"
          + " a fully internal model needs every skill";
    } else {
      reasoning = "partly covered skills suit internal people backed by a partner's specialists";
    }
    return contribution(SelectionFactor.SKILLS_COVERAGE, String.join(", ", parts), internal, mixed, outsourced, reasoning);
  }

  private static FactorContribution partnerAvailability(OrganizationProfile p) {
    String finding = p.partnerAvailability().name();
    return switch (p.partnerAvailability()) {
      case NONE -> contribution(SelectionFactor.PARTNER_AVAILABILITY, finding, 0, 0, 0,
          "no partner can be engaged: a hard rule, not a score");
      case LIMITED -> contribution(SelectionFactor.PARTNER_AVAILABILITY, finding, 1, 0, -2,
          "a partner with limited capacity cannot carry all of support");
      case FULL -> contribution(SelectionFactor.PARTNER_AVAILABILITY, finding, 0, 1, 1,
          "a partner can add strategic advice, custom-code support, peak capacity and specialists");
    };
  }

  private static FactorContribution isvs(OrganizationProfile p) {
    int n = p.isvCount();
    String finding = n + (n == 1 ? " ISV solution" : " ISV solutions");
    if (n == 0) {
      return contribution(SelectionFactor.ISVS, finding, 0, 0, 0, "no ISV to coordinate");
    }
    if (n <= 2) {
      return contribution(SelectionFactor.ISVS, finding, -1, 1, 0,
          "ISV issues need someone who works with the ISV under its contract, often the partner");
    }
    return contribution(SelectionFactor.ISVS, finding, -2, 1, 1,
        "many ISVs: the partner is often contractually responsible for working with them");
  }

  private static FactorContribution integrations(OrganizationProfile p) {
    int n = p.integrationCount();
    String finding = n + (n == 1 ? " integration" : " integrations");
    if (n == 0) {
      return contribution(SelectionFactor.INTEGRATIONS, finding, 0, 0, 0, "no integration to hand off");
    }
    if (n <= 5) {
      return contribution(SelectionFactor.INTEGRATIONS, finding, 0, 1, 0,
          "integrations owned by internal IT need a defined hand-off with whoever supports the application");
    }
    return contribution(SelectionFactor.INTEGRATIONS, finding, 1, 2, -2,
        "many integrations, usually owned by internal IT: an outsourced partner depends on many hand-offs");
  }

  private static FactorContribution geography(OrganizationProfile p) {
    int spread = Math.max(p.timeZoneCount(), p.languageCount());
    String finding = count(p.countryCount(), "country", "countries") + ", " + count(p.timeZoneCount(), "time zone", "time zones")
        + ", " + count(p.languageCount(), "language", "languages");
    if (spread <= 1) {
      return contribution(SelectionFactor.GEOGRAPHY, finding, 0, 0, 0,
          "one time zone and one language: any model can serve it");
    }
    if (spread == 2) {
      return contribution(SelectionFactor.GEOGRAPHY, finding, -1, 1, 0,
          "two time zones or languages stretch a purely internal team");
    }
    return contribution(SelectionFactor.GEOGRAPHY, finding, -2, 2, 1,
        "follow-the-sun hours and several languages are hard for one internal team alone");
  }

  private static FactorContribution organizationStructure(OrganizationProfile p) {
    String finding = (p.multiCompany() ? "multi-company" : "single company")
        + (p.centerOfExcellence() ? " with a Center of Excellence" : " without a Center of Excellence");
    if (p.centerOfExcellence()) {
      return contribution(SelectionFactor.ORGANIZATION_STRUCTURE, finding, 2, 2, -2,
          "a CoE sets common standards and holds functional and technical experts who resolve issues");
    }
    if (p.multiCompany()) {
      return contribution(SelectionFactor.ORGANIZATION_STRUCTURE, finding, 0, 1, -1,
          "multi-company organizations tend to build a CoE; shared standards need internal ownership");
    }
    return contribution(SelectionFactor.ORGANIZATION_STRUCTURE, finding, 0, 0, 0,
        "a single company without a CoE favours no model");
  }

  private static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  private static FactorContribution contribution(
      SelectionFactor factor, String finding, int internal, int mixed, int outsourced, String reasoning) {
    return new FactorContribution(factor, finding, ModelPoints.of(internal, mixed, outsourced), reasoning);
  }
}
