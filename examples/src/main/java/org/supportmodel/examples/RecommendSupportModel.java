package org.supportmodel.examples;

import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.selection.CodeAuthor;
import org.supportmodel.core.selection.Coverage;
import org.supportmodel.core.selection.CustomizationDegree;
import org.supportmodel.core.selection.EnterpriseConstraint;
import org.supportmodel.core.selection.ModelRecommendation;
import org.supportmodel.core.selection.OrganizationProfile;
import org.supportmodel.core.selection.PartnerAvailability;
import org.supportmodel.core.selection.SkillArea;
import org.supportmodel.core.selection.SupportModelSelection;

/**
 * Recommends a support model for Alpine Outdoor Gear, a fictional retailer going live on
 * Dynamics 365 Finance and Supply Chain, and prints the whole explanation. Then shows how one
 * enterprise constraint overrides the scores.
 */
public final class RecommendSupportModel {
  private RecommendSupportModel() {}

  /**
   * The organization's facts.
   *
   * @return the profile of the sample organization
   */
  public static OrganizationProfile alpineOutdoorGear() {
    OrganizationProfile.Builder builder = OrganizationProfile.builder();
    builder
        .addProcess(BusinessProcess.of("order-to-cash", "Order to cash", Criticality.CRITICAL))
        .addProcess(BusinessProcess.of("procure-to-pay", "Procure to pay", Criticality.HIGH))
        .addProcess(BusinessProcess.of("warehouse", "Warehouse management", Criticality.CRITICAL))
        .addProcess(BusinessProcess.of("record-to-report", "Record to report", Criticality.HIGH))
        .addProcess(BusinessProcess.of("plan-to-produce", "Plan to produce", Criticality.MEDIUM))
        .addProcess(BusinessProcess.of("retail-pos", "Retail point of sale", Criticality.HIGH))
        .addProcess(BusinessProcess.of("hire-to-retire", "Hire to retire", Criticality.MEDIUM))
        .addProcess(BusinessProcess.of("expenses", "Expense management", Criticality.LOW))
        .customization(CustomizationDegree.MODERATE)
        .customCodeAuthor(CodeAuthor.PARTNER)
        .internalSupportStaff(5)
        .putSkillCoverage(SkillArea.BUSINESS_WORKSTREAMS, Coverage.FULL)
        .putSkillCoverage(SkillArea.TECHNICAL_AREAS, Coverage.PARTIAL)
        .putSkillCoverage(SkillArea.SERVICING, Coverage.PARTIAL)
        .putSkillCoverage(SkillArea.SPECIALIST_SKILLS, Coverage.NONE)
        .partnerAvailability(PartnerAvailability.FULL)
        .isvCount(2)
        .integrationCount(6)
        .countryCount(2)
        .timeZoneCount(2)
        .languageCount(2)
        .multiCompany(true)
        .centerOfExcellence(false);
    return builder.build();
  }

  /**
   * Prints the recommendation for the sample organization, then the same with a group-wide
   * outsourcing policy.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    OrganizationProfile profile = alpineOutdoorGear();
    ModelRecommendation recommendation = SupportModelSelection.recommend(profile);
    System.out.println("== Alpine Outdoor Gear: which support model? ==");
    System.out.println();
    System.out.println(recommendation.explanation());

    OrganizationProfile withPolicy =
        profile.withConstraints(
            EnterpriseConstraint.of(
                EnterpriseConstraint.Kind.OUTSOURCING_MANDATED, "Group sourcing policy GSP-7"));
    ModelRecommendation forced = SupportModelSelection.recommend(withPolicy);
    System.out.println("== The same organization under a group-wide outsourcing policy ==");
    System.out.println();
    System.out.println("Recommended support model: " + forced.recommended().label());
    System.out.println("Decided by: " + forced.decidingConstraint().orElse("the scores"));
    System.out.println("Runner-up " + forced.runnerUp().model().label() + " would win if:");
    forced.runnerUp().changesThatWouldMakeItWin().forEach(c -> System.out.println("  - " + c));
  }
}
