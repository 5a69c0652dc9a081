package org.supportmodel.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;

class SupportModelSelectionTest {

  @Test
  void smallProjectWithFewCriticalProcessesAndNoInternalTeamIsFullyOutsourced() {
    ModelRecommendation recommendation =
        SupportModelSelection.recommend(Profiles.smallProjectWithoutInternalTeam());

    assertEquals(SupportModel.FULLY_OUTSOURCED, recommendation.recommended());
    assertTrue(recommendation.decidingConstraint().isEmpty(), "the scores decide, no hard rule");
    assertTrue(
        recommendation.scores().fullyOutsourced() > recommendation.scores().mixed(),
        recommendation.explanation());
    assertEquals(SupportModel.FULLY_OUTSOURCED.risks(), recommendation.risks());
    assertEquals(
        AuthorityKind.PARTNER,
        recommendation.responsibilities().at(SupportLevel.LEVEL_3).driver(),
        "the partner drives requests in the outsourced model");
  }

  @Test
  void noInternalStaffAtAllRulesOutInternalAndMixedModels() {
    ModelRecommendation recommendation =
        SupportModelSelection.recommend(
            Profiles.smallProjectWithoutInternalTeam().withInternalSupportStaff(0));

    assertEquals(SupportModel.FULLY_OUTSOURCED, recommendation.recommended());
    assertTrue(
        recommendation.exclusions().stream().anyMatch(e -> e.model() == SupportModel.MIXED));
    assertTrue(
        recommendation.exclusions().stream()
            .anyMatch(e -> e.model() == SupportModel.FULLY_INTERNAL && !e.enterpriseConstraint()));
  }

  @Test
  void largeInternalTeamCoveringEverySkillIsFullyInternal() {
    ModelRecommendation recommendation =
        SupportModelSelection.recommend(Profiles.largeInternalTeamCoveringEverySkill());

    assertEquals(SupportModel.FULLY_INTERNAL, recommendation.recommended(), recommendation.explanation());
    assertEquals(SupportModel.MIXED, recommendation.runnerUp().model());
    assertTrue(recommendation.runnerUp().scoreGap() > 0);
    assertEquals(
        List.of(AuthorityKind.CENTER_OF_EXCELLENCE, AuthorityKind.INTERNAL_IT),
        recommendation.responsibilities().at(SupportLevel.LEVEL_4).parties());
  }

  @Test
  void largeTeamWithAGapInSkillsIsNotFullyInternal() {
    ModelRecommendation recommendation =
        SupportModelSelection.recommend(
            Profiles.largeInternalTeamCoveringEverySkill()
                .withSkillCoverage(
                    java.util.Map.of(
                        SkillArea.BUSINESS_WORKSTREAMS, Coverage.FULL,
                        SkillArea.TECHNICAL_AREAS, Coverage.FULL,
                        SkillArea.SERVICING, Coverage.FULL,
                        SkillArea.SPECIALIST_SKILLS, Coverage.NONE)));

    assertEquals(SupportModel.MIXED, recommendation.recommended(), recommendation.explanation());
  }

  @Test
  void usualBlendIsMixed() {
    ModelRecommendation recommendation =
        SupportModelSelection.recommend(Profiles.usualBlend());

    assertEquals(SupportModel.MIXED, recommendation.recommended(), recommendation.explanation());
    assertEquals(
        AuthorityKind.INTERNAL_D365_TEAM,
        recommendation.responsibilities().at(SupportLevel.LEVEL_2).driver(),
        "the internal Dynamics 365 team drives requests in the mixed model");
    assertEquals(SupportModel.MIXED.risks(), recommendation.risks());
  }

  @Test
  void highCustomizationPushesAwayFromOutsourcing() {
    OrganizationProfile light =
        Profiles.smallProjectWithoutInternalTeam().withInternalSupportStaff(3);
    OrganizationProfile heavy =
        Profiles.smallProjectWithoutInternalTeam().withInternalSupportStaff(3).withCustomization(CustomizationDegree.HIGH);

    ModelRecommendation lightRecommendation = SupportModelSelection.recommend(light);
    ModelRecommendation heavyRecommendation = SupportModelSelection.recommend(heavy);

    assertEquals(SupportModel.FULLY_OUTSOURCED, lightRecommendation.recommended(), lightRecommendation.explanation());
    assertEquals(SupportModel.MIXED, heavyRecommendation.recommended(), heavyRecommendation.explanation());
    assertTrue(
        heavyRecommendation.contribution(SelectionFactor.CUSTOMIZATION).points().fullyOutsourced()
            < lightRecommendation.contribution(SelectionFactor.CUSTOMIZATION).points().fullyOutsourced());
    assertTrue(
        heavyRecommendation.contribution(SelectionFactor.CUSTOMIZATION).reasoning().contains("highly customized"));
  }

  @Test
  void mandatoryOutsourcingPolicyOverridesTheScores() {
    OrganizationProfile profile =
        Profiles.usualBlend()
            .withConstraints(
                EnterpriseConstraint.of(EnterpriseConstraint.Kind.OUTSOURCING_MANDATED, "Group IT sourcing policy 2026"));

    ModelRecommendation recommendation = SupportModelSelection.recommend(profile);

    assertEquals(SupportModel.FULLY_OUTSOURCED, recommendation.recommended());
    assertTrue(recommendation.scores().mixed() > recommendation.scores().fullyOutsourced(), "scores favour mixed");
    String decidedBy = recommendation.decidingConstraint().orElseThrow();
    assertTrue(decidedBy.contains("Group IT sourcing policy 2026"), decidedBy);
    assertTrue(decidedBy.contains("on scores alone mixed would have been chosen"), decidedBy);
    assertEquals(SupportModel.MIXED, recommendation.runnerUp().model());
    assertTrue(recommendation.runnerUp().scoreGap() < 0, "the runner-up scored more");
    assertEquals(
        List.of("the enterprise constraint OUTSOURCING_MANDATED (Group IT sourcing policy 2026) is lifted"),
        recommendation.runnerUp().changesThatWouldMakeItWin());
  }

  @Test
  void mandatoryInternalSupportPolicyOverridesTheScores() {
    OrganizationProfile profile =
        Profiles.smallProjectWithoutInternalTeam()
            .withConstraints(
                EnterpriseConstraint.of(EnterpriseConstraint.Kind.INTERNAL_SUPPORT_MANDATED, "Data residency policy"));

    ModelRecommendation recommendation = SupportModelSelection.recommend(profile);

    assertEquals(SupportModel.FULLY_INTERNAL, recommendation.recommended());
    assertTrue(recommendation.decidingConstraint().orElseThrow().contains("Data residency policy"));
  }

  @Test
  void partnerAgreementInForceRulesOutFullyInternal() {
    OrganizationProfile profile =
        Profiles.largeInternalTeamCoveringEverySkill()
            .withConstraints(
                EnterpriseConstraint.of(EnterpriseConstraint.Kind.PARTNER_AGREEMENT_IN_FORCE, "Fabrikam AMS contract"));

    ModelRecommendation recommendation = SupportModelSelection.recommend(profile);

    assertEquals(SupportModel.MIXED, recommendation.recommended());
    String decidedBy = recommendation.decidingConstraint().orElseThrow();
    assertTrue(decidedBy.startsWith("fully internal scores higher but"), decidedBy);
    assertEquals(SupportModel.FULLY_INTERNAL, recommendation.runnerUp().model());
    assertEquals(1, recommendation.runnerUp().exclusions().size());
  }

  @Test
  void runnerUpNamesSingleChangesThatWouldMakeItWin() {
    ModelRecommendation recommendation =
        SupportModelSelection.recommend(Profiles.largeInternalTeamCoveringEverySkill());

    RunnerUp runnerUp = recommendation.runnerUp();
    assertEquals(SupportModel.MIXED, runnerUp.model());
    assertTrue(
        runnerUp.changesThatWouldMakeItWin().contains("specialist skills coverage NONE instead of FULL"),
        recommendation.explanation());
    for (String change : runnerUp.changesThatWouldMakeItWin()) {
      assertTrue(change.contains(" instead of ") || change.contains("Center of Excellence"), change);
    }
    assertFalse(runnerUp.factorsAgainstIt().isEmpty());
    assertTrue(runnerUp.factorsAgainstIt().get(0).startsWith("skills coverage"), runnerUp.factorsAgainstIt().get(0));
  }

  @Test
  void distantRunnerUpHasNoSingleWinningChangeButNamesTheFactorsAgainstIt() {
    ModelRecommendation recommendation = SupportModelSelection.recommend(Profiles.usualBlend());

    RunnerUp runnerUp = recommendation.runnerUp();
    assertTrue(runnerUp.scoreGap() > 10, recommendation.explanation());
    assertEquals(List.of(), runnerUp.changesThatWouldMakeItWin());
    assertEquals(3, runnerUp.factorsAgainstIt().size());
    assertTrue(recommendation.explanation().contains("No single change to the profile would make it win."));
  }

  @Test
  void everyFactorExplainsItselfInWords() {
    ModelRecommendation recommendation =
        SupportModelSelection.recommend(Profiles.usualBlend());

    assertEquals(SelectionFactor.values().length, recommendation.contributions().size());
    ModelPoints total = ModelPoints.ZERO;
    for (FactorContribution contribution : recommendation.contributions()) {
      total = total.plus(contribution.points());
    }
    assertEquals(total, recommendation.scores(), "the scores are the sum of the contributions");
    assertEquals(
        "3 internal support staff",
        SupportModelSelection.recommend(Profiles.usualBlend().withInternalSupportStaff(3))
            .contribution(SelectionFactor.INTERNAL_CAPACITY)
            .finding());
    String explanation = recommendation.explanation();
    for (SelectionFactor factor : SelectionFactor.values()) {
      assertTrue(explanation.contains(factor.label() + ": "), factor.label());
    }
    assertTrue(explanation.contains("Risks of the mixed model"));
    assertTrue(explanation.contains("Level 5 (Microsoft or the ISV)"));
  }

  @Test
  void withoutCenterOfExcellenceTheInternalTeamTakesItsPart() {
    ResponsibilityMatrix matrix = ResponsibilityMatrix.of(SupportModel.FULLY_INTERNAL, false);

    assertEquals(AuthorityKind.INTERNAL_D365_TEAM, matrix.at(SupportLevel.LEVEL_3).parties().get(0));
    assertTrue(matrix.levels().stream().noneMatch(l -> l.parties().contains(AuthorityKind.CENTER_OF_EXCELLENCE)));
    assertTrue(matrix.levels().stream().noneMatch(l -> l.parties().contains(AuthorityKind.PARTNER)));
  }
}
