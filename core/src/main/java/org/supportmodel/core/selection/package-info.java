/**
 * Explainable support-model selection.
 *
 * <p>Describe the organization in an {@link org.supportmodel.core.selection.OrganizationProfile}
 * and call {@link org.supportmodel.core.selection.SupportModelSelection#recommend}. The {@link
 * org.supportmodel.core.selection.ModelRecommendation} says which model fits, the score of each
 * model, each {@link org.supportmodel.core.selection.FactorContribution} in words, the hard rule
 * that decided if any ({@link org.supportmodel.core.selection.EnterpriseConstraint}, no internal
 * staff, no partner), the risks of the chosen model, the {@link
 * org.supportmodel.core.selection.RunnerUp} and what would make it win, and the {@link
 * org.supportmodel.core.selection.ResponsibilityMatrix} of who does what at levels 1 to 5.
 *
 * <pre>{@code
 * OrganizationProfile profile = OrganizationProfile.builder()
 *     .addProcess(BusinessProcess.of("order-to-cash", "Order to cash", Criticality.CRITICAL))
 *     .customization(CustomizationDegree.LOW)
 *     .customCodeAuthor(CodeAuthor.PARTNER)
 *     .internalSupportStaff(1)
 *     .coverAllSkillAreas(Coverage.NONE)
 *     .partnerAvailability(PartnerAvailability.FULL)
 *     .isvCount(0)
 *     .integrationCount(1)
 *     .singleRegion()
 *     .multiCompany(false)
 *     .centerOfExcellence(false)
 *     .build();
 * ModelRecommendation recommendation = SupportModelSelection.recommend(profile);
 * String explanation = recommendation.explanation();   // the whole reasoning, in words
 * }</pre>
 */
@NullMarked
package org.supportmodel.core.selection;

import org.jspecify.annotations.NullMarked;
