package org.supportmodel.routing;

/**
 * Why a party does a step of a fix's way to production, each from the guidance: "the method to get
 * the fix back into production also requires a clear definition of the expected standards, testing
 * regimen, and deployment process. Even in a mostly outsourced model, the partner drives this to a
 * pre-production environment and the internal team deploys to production."
 */
public enum DeploymentRule {
  /** The party that fixed it tests the fix. */
  FIXER_TESTS("the fixer tests the fix against the agreed standards and testing regimen"),
  /** An ISV delivers a fixed version; the party that works with the ISV tests it. */
  ISV_CONTACT_TESTS("the ISV delivers a fixed version; who works with the ISV tests it against the agreed standards and testing regimen"),
  /** The party that tests the fix drives it to pre-production. */
  TESTER_DRIVES_TO_PRE_PRODUCTION("the party that tests the fix drives it to a pre-production environment"),
  /** The party that tests the fix may not deploy to pre-production; the production owner does. */
  OWNER_DEPLOYS_TO_PRE_PRODUCTION(
      "the party that tests the fix may not deploy to pre-production: the party that owns production does"),
  /** The party that owns production approves the release. */
  OWNER_APPROVES("the party that owns production approves the release"),
  /** The party that owns production deploys it there: partners have no production access. */
  OWNER_DEPLOYS_TO_PRODUCTION(
      "the party that owns production deploys it: most customers don't give partners admin access to production"),
  /** An internal party that tested the fix deploys it to production itself. */
  INTERNAL_TESTER_DEPLOYS_TO_PRODUCTION(
      "the party that tests the fix is internal and may deploy it to production itself"),
  /** The partner deploys to production under the policy's explicit grant. */
  PARTNER_DEPLOYS_UNDER_GRANT("the partner deploys to production under the hand-off policy's explicit grant");

  private final String description;

  DeploymentRule(String description) {
    this.description = description;
  }

  /**
   * The rule in words.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }
}
