package org.supportmodel.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.supportmodel.core.BusinessProcess;

/** Laws of support-model selection. */
class SupportModelSelectionProperties {

  @Test
  void recommendationIsDeterministic() {
    qt().withExamples(300)
        .forAll(ProfileGenerators.profiles())
        .checkAssert(
            profile -> {
              OrganizationProfile copy = OrganizationProfile.builder()
                  .addAllProcesses(profile.processes())
                  .customization(profile.customization())
                  .customCodeAuthor(profile.customCodeAuthor())
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
                  .build();
              assertEquals(SupportModelSelection.recommend(profile), SupportModelSelection.recommend(copy));
            });
  }

  @Test
  void recommendationDoesNotDependOnTheOrderOfProcesses() {
    qt().withExamples(300)
        .forAll(ProfileGenerators.profiles(), longs().all())
        .checkAssert(
            (profile, seed) -> {
              List<BusinessProcess> shuffled = new ArrayList<>(profile.processes());
              Collections.shuffle(shuffled, new Random(seed));
              OrganizationProfile reordered = profile.withProcesses(shuffled);
              assertEquals(SupportModelSelection.recommend(profile), SupportModelSelection.recommend(reordered));
            });
  }

  @Test
  void moreInternalStaffNeverMovesTowardsOutsourcing() {
    qt().withExamples(500)
        .forAll(ProfileGenerators.profiles(), integers().between(1, 30))
        .checkAssert(
            (profile, extra) ->
                assertNotMoreOutsourced(
                    profile, profile.withInternalSupportStaff(profile.internalSupportStaff() + extra)));
  }

  @Test
  void betterSkillsCoverageNeverMovesTowardsOutsourcing() {
    qt().withExamples(500)
        .forAll(ProfileGenerators.profiles(), Generate.enumValues(SkillArea.class))
        .checkAssert(
            (generated, area) -> {
              OrganizationProfile profile = withStaff(generated);
              Map<SkillArea, Coverage> lower = new EnumMap<>(profile.skillCoverage());
              Map<SkillArea, Coverage> higher = new EnumMap<>(profile.skillCoverage());
              Coverage coverage = profile.coverage(area);
              if (coverage == Coverage.FULL) {
                lower.put(area, Coverage.PARTIAL);
              } else {
                higher.put(area, Coverage.values()[coverage.ordinal() + 1]);
              }
              assertNotMoreOutsourced(profile.withSkillCoverage(lower), profile.withSkillCoverage(higher));
            });
  }

  @Test
  void aCenterOfExcellenceNeverMovesTowardsOutsourcing() {
    qt().withExamples(500)
        .forAll(ProfileGenerators.profiles())
        .checkAssert(
            generated -> {
              OrganizationProfile profile = withStaff(generated);
              assertNotMoreOutsourced(
                  profile.withCenterOfExcellence(false), profile.withCenterOfExcellence(true));
            });
  }

  /** The profile with at least one internal support person, so coverage and a CoE are possible. */
  private static OrganizationProfile withStaff(OrganizationProfile profile) {
    return profile.internalSupportStaff() > 0 ? profile : profile.withInternalSupportStaff(1);
  }

  @Test
  void theRecommendedModelIsNeverRuledOutAndIsTheBestAllowedScore() {
    qt().withExamples(300)
        .forAll(ProfileGenerators.profiles())
        .checkAssert(
            profile -> {
              ModelRecommendation r = SupportModelSelection.recommend(profile);
              assertTrue(r.exclusions().stream().noneMatch(e -> e.model() == r.recommended()));
              for (org.supportmodel.core.SupportModel other : org.supportmodel.core.SupportModel.values()) {
                boolean allowed = r.exclusions().stream().noneMatch(e -> e.model() == other);
                if (allowed) {
                  assertTrue(r.scores().of(r.recommended()) >= r.scores().of(other), r.explanation());
                }
              }
              assertTrue(r.runnerUp().model() != r.recommended());
            });
  }

  private static void assertNotMoreOutsourced(OrganizationProfile before, OrganizationProfile after) {
    ModelRecommendation was = SupportModelSelection.recommend(before);
    ModelRecommendation now = SupportModelSelection.recommend(after);
    assertTrue(
        now.recommended().outsourcingRank() <= was.recommended().outsourcingRank(),
        () -> "more internal capacity moved " + was.recommended() + " to " + now.recommended()
            + "\nbefore:\n" + was.explanation() + "\nafter:\n" + now.explanation());
  }
}
