package org.supportmodel.core.selection;

import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;

/** Sample organization profiles, one per situation the guidance describes. */
final class Profiles {
  private Profiles() {}

  /** A small project: four processes, one of high criticality, no internal support team. */
  static OrganizationProfile smallProjectWithoutInternalTeam() {
    OrganizationProfile.Builder builder = OrganizationProfile.builder();
    builder
        .addProcess(BusinessProcess.of("order-to-cash", "Order to cash", Criticality.HIGH))
        .addProcess(BusinessProcess.of("procure-to-pay", "Procure to pay", Criticality.MEDIUM))
        .addProcess(BusinessProcess.of("record-to-report", "Record to report", Criticality.MEDIUM))
        .addProcess(BusinessProcess.of("expenses", "Expense management", Criticality.LOW))
        .customization(CustomizationDegree.LOW)
        .customCodeAuthor(CodeAuthor.PARTNER)
        .internalSupportStaff(1)
        .partnerAvailability(PartnerAvailability.FULL)
        .isvCount(0)
        .integrationCount(1)
        .multiCompany(false)
        .centerOfExcellence(false);
    return builder.coverAllSkillAreas(Coverage.NONE).singleRegion().build();
  }

  /** A large organization whose internal team covers every skill area. */
  static OrganizationProfile largeInternalTeamCoveringEverySkill() {
    OrganizationProfile.Builder builder = OrganizationProfile.builder();
    for (int i = 1; i <= 20; i++) {
      Criticality criticality =
          i <= 3 ? Criticality.CRITICAL : i <= 7 ? Criticality.HIGH : Criticality.MEDIUM;
      builder.addProcess(BusinessProcess.of("process-" + i, "Process " + i, criticality));
    }
    builder
        .customization(CustomizationDegree.MODERATE)
        .customCodeAuthor(CodeAuthor.INTERNAL_TEAM)
        .internalSupportStaff(25)
        .partnerAvailability(PartnerAvailability.FULL)
        .isvCount(1)
        .integrationCount(3)
        .multiCompany(true)
        .centerOfExcellence(true);
    return builder.coverAllSkillAreas(Coverage.FULL).singleRegion().build();
  }

  /** The usual blend: a mid-sized scope, a small internal team with gaps, a partner. */
  static OrganizationProfile usualBlend() {
    OrganizationProfile.Builder builder = OrganizationProfile.builder();
    for (int i = 1; i <= 12; i++) {
      Criticality criticality =
          i <= 2 ? Criticality.CRITICAL : i <= 5 ? Criticality.HIGH : Criticality.MEDIUM;
      builder.addProcess(BusinessProcess.of("process-" + i, "Process " + i, criticality));
    }
    builder
        .customization(CustomizationDegree.MODERATE)
        .customCodeAuthor(CodeAuthor.PARTNER)
        .internalSupportStaff(6)
        .putSkillCoverage(SkillArea.BUSINESS_WORKSTREAMS, Coverage.FULL)
        .putSkillCoverage(SkillArea.TECHNICAL_AREAS, Coverage.PARTIAL)
        .putSkillCoverage(SkillArea.SERVICING, Coverage.PARTIAL)
        .putSkillCoverage(SkillArea.SPECIALIST_SKILLS, Coverage.NONE)
        .partnerAvailability(PartnerAvailability.FULL)
        .isvCount(2)
        .integrationCount(4)
        .countryCount(2)
        .timeZoneCount(2)
        .languageCount(2)
        .multiCompany(false)
        .centerOfExcellence(false);
    return builder.build();
  }
}
