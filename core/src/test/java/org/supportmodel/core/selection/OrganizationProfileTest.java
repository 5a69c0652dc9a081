package org.supportmodel.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;

class OrganizationProfileTest {

  private static void assertRejected(Executable make, String... fragments) {
    String message = String.valueOf(assertThrows(IllegalArgumentException.class, make).getMessage());
    for (String fragment : fragments) {
      assertTrue(message.contains(fragment), () -> "'" + fragment + "' missing in: " + message);
    }
  }

  /** A builder with every fact but the processes and the skill coverage. */
  private static OrganizationProfile.Builder withoutProcessesAndSkills() {
    OrganizationProfile.Builder builder = OrganizationProfile.builder();
    builder
        .customization(CustomizationDegree.NONE)
        .internalSupportStaff(3)
        .partnerAvailability(PartnerAvailability.FULL)
        .isvCount(0)
        .integrationCount(0)
        .multiCompany(false)
        .centerOfExcellence(false);
    return builder.singleRegion();
  }

  @Test
  void negativeHeadcountIsRejectedNamingFieldAndValue() {
    assertRejected(
        () -> Profiles.usualBlend().withInternalSupportStaff(-2),
        "internalSupportStaff: '-2' must not be negative");
  }

  @Test
  void negativeCountsAreRejected() {
    assertRejected(() -> Profiles.usualBlend().withIsvCount(-1), "isvCount: '-1'");
    assertRejected(() -> Profiles.usualBlend().withIntegrationCount(-5), "integrationCount: '-5'");
  }

  @Test
  void zeroTimeZonesIsRejected() {
    assertRejected(() -> Profiles.usualBlend().withTimeZoneCount(0), "timeZoneCount: '0' must be at least 1");
  }

  @Test
  void emptyProcessListIsRejected() {
    OrganizationProfile.Builder builder = withoutProcessesAndSkills().coverAllSkillAreas(Coverage.PARTIAL);
    assertRejected(builder::build, "processes: '[]' must list at least one business process");
  }

  @Test
  void duplicateProcessIdIsRejected() {
    assertRejected(
        () ->
            Profiles.usualBlend()
                .withProcesses(
                    BusinessProcess.of("process-3", "Invoicing", Criticality.HIGH),
                    BusinessProcess.of("process-3", "Again", Criticality.LOW)),
        "processes.id: 'process-3' is listed more than once");
  }

  @Test
  void missingFactIsRejectedNotDefaulted() {
    OrganizationProfile.Builder builder = OrganizationProfile.builder();
    builder.addProcess(BusinessProcess.of("o2c", "Order to cash", Criticality.HIGH));
    assertRejected(builder::build, "internalSupportStaff", "partnerAvailability", "multiCompany");
  }

  @Test
  void missingSkillAreaIsRejected() {
    OrganizationProfile.Builder builder = withoutProcessesAndSkills();
    builder
        .addProcess(BusinessProcess.of("o2c", "Order to cash", Criticality.HIGH))
        .putSkillCoverage(SkillArea.SERVICING, Coverage.PARTIAL);
    assertRejected(builder::build, "skillCoverage", "must give a coverage for [BUSINESS_WORKSTREAMS, TECHNICAL_AREAS, SPECIALIST_SKILLS]");
  }

  @Test
  void settingAFactTwiceIsRejected() {
    OrganizationProfile.Builder builder = OrganizationProfile.builder();
    builder.internalSupportStaff(3);
    assertThrows(IllegalStateException.class, () -> builder.internalSupportStaff(4));
  }

  @Test
  void customCodeWithoutAuthorIsContradictory() {
    assertRejected(
        () -> Profiles.smallProjectWithoutInternalTeam().withCustomCodeAuthor(java.util.Optional.empty()),
        "customCodeAuthor: 'none' must be given when customization is LOW");
  }

  @Test
  void authorWithoutCustomizationIsContradictory() {
    assertRejected(
        () -> Profiles.smallProjectWithoutInternalTeam().withCustomization(CustomizationDegree.NONE),
        "customCodeAuthor: 'PARTNER' contradicts customization NONE");
  }

  @Test
  void coverageWithoutStaffIsContradictory() {
    OrganizationProfile noStaff = Profiles.smallProjectWithoutInternalTeam().withInternalSupportStaff(0);
    assertRejected(
        () -> noStaff.withSkillCoverage(java.util.Map.of(
            SkillArea.BUSINESS_WORKSTREAMS, Coverage.NONE,
            SkillArea.TECHNICAL_AREAS, Coverage.NONE,
            SkillArea.SERVICING, Coverage.PARTIAL,
            SkillArea.SPECIALIST_SKILLS, Coverage.NONE)),
        "skillCoverage.SERVICING: 'PARTIAL' contradicts internalSupportStaff 0");
  }

  @Test
  void centerOfExcellenceWithoutStaffIsContradictory() {
    OrganizationProfile noStaff = Profiles.smallProjectWithoutInternalTeam().withInternalSupportStaff(0);
    assertRejected(
        () -> noStaff.withCenterOfExcellence(true),
        "centerOfExcellence: 'true' contradicts internalSupportStaff 0");
  }

  @Test
  void noStaffAndNoPartnerLeavesNoModel() {
    OrganizationProfile noStaff = Profiles.smallProjectWithoutInternalTeam().withInternalSupportStaff(0);
    assertRejected(
        () -> noStaff.withPartnerAvailability(PartnerAvailability.NONE),
        "leave no support model possible",
        "no partner can be engaged");
  }

  @Test
  void contradictoryMandatesAreRejected() {
    assertRejected(
        () ->
            Profiles.usualBlend()
                .withConstraints(
                    Set.of(
                        EnterpriseConstraint.of(EnterpriseConstraint.Kind.OUTSOURCING_MANDATED, "Policy A"),
                        EnterpriseConstraint.of(EnterpriseConstraint.Kind.INTERNAL_SUPPORT_MANDATED, "Policy B"))),
        "Policy A",
        "Policy B",
        "leave no support model possible");
  }

  @Test
  void mandatoryOutsourcingWithoutPartnerIsRejected() {
    OrganizationProfile mandated =
        Profiles.usualBlend()
            .withConstraints(
                EnterpriseConstraint.of(EnterpriseConstraint.Kind.OUTSOURCING_MANDATED, "Policy A"));
    assertRejected(
        () -> mandated.withPartnerAvailability(PartnerAvailability.NONE), "leave no support model possible");
  }

  @Test
  void unknownEnumTextIsRejectedNamingFieldValueAndChoices() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> PartnerAvailability.parse("sometimes"));
    assertEquals("partnerAvailability: 'sometimes' is not one of [NONE, LIMITED, FULL]", error.getMessage());
    assertEquals(CodeAuthor.INTERNAL_TEAM_AND_PARTNER, CodeAuthor.parse("internal team and partner"));
    assertEquals(SkillArea.TECHNICAL_AREAS, SkillArea.parse("technical-areas"));
    assertEquals(Coverage.FULL, Coverage.parse(" full "));
    assertEquals(CustomizationDegree.HIGH, CustomizationDegree.parse("High"));
    assertEquals(
        EnterpriseConstraint.Kind.OUTSOURCING_MANDATED, EnterpriseConstraint.Kind.parse("outsourcing mandated"));
    assertRejected(() -> CustomizationDegree.parse("extreme"), "customization: 'extreme' is not one of");
  }

  @Test
  void profilesWithTheSameFactsAreEqual() {
    assertEquals(Profiles.usualBlend(), Profiles.usualBlend());
    assertEquals(Profiles.usualBlend().hashCode(), Profiles.usualBlend().hashCode());
  }

  @Test
  void derivedProfileChangesOnlyOneFact() {
    OrganizationProfile more = Profiles.usualBlend().withInternalSupportStaff(12);
    assertEquals(12, more.internalSupportStaff());
    assertEquals(Profiles.usualBlend().processes(), more.processes());
    assertEquals(6, Profiles.usualBlend().internalSupportStaff());
  }

  @Test
  void countsProcessesByCriticality() {
    OrganizationProfile profile = Profiles.usualBlend();
    assertEquals(2, profile.processCount(Criticality.CRITICAL));
    assertEquals(5, profile.processCount(Criticality.HIGH));
    assertEquals(12, profile.processCount(Criticality.LOW));
  }
}
