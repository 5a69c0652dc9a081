package org.supportmodel.routing;

/**
 * The rules routing applies, each from the guidance. A {@link Routed} outcome names the rule that
 * matched; an {@link Unrouted} one names the case the rules do not cover.
 */
public enum RoutingRule {
  /** Level 1: a business process or training issue is resolved by the super user. */
  SUPER_USER_RESOLVES_PROCESS_OR_TRAINING(
      "a business process or training issue is resolved by the super users"),
  /** Level 1: until process or training is ruled out, the super user triages. */
  SUPER_USER_TRIAGES("the super user triages until a process or training cause is ruled out"),
  /** Level 1 to 2: anything else is registered with the internal helpdesk. */
  SUPER_USER_TO_HELPDESK("the super user has ruled out process and training: the internal helpdesk registers it"),
  /** A process or training issue found later goes back to the super users. */
  BACK_TO_SUPER_USERS("a business process or training issue goes back to the super users"),
  /** Outsourced, level 2: the helpdesk assigns straight to the partner. */
  HELPDESK_ASSIGNS_PARTNER("in the fully outsourced model the helpdesk assigns straight to the partner"),
  /** Outsourced, level 2: network and internal infrastructure go straight to internal IT. */
  HELPDESK_ASSIGNS_INTERNAL_IT("the helpdesk assigns network and internal infrastructure issues to internal IT"),
  /** Internal and mixed, level 2: the helpdesk routes to the internal Dynamics 365 team. */
  HELPDESK_TO_INTERNAL_TEAM(
      "in the internal and mixed models the helpdesk routes to the internal Dynamics 365 team, which triages"),
  /** The holder triages further: the problem layer is not yet known. */
  DIAGNOSE_FURTHER("the problem layer is not known yet: the current holder diagnoses further"),
  /** The internal team resolves a simple issue itself. */
  INTERNAL_TEAM_RESOLVES("the internal Dynamics 365 team resolves what it can"),
  /** The CoE's experts (or, without a CoE, the internal team) resolve. */
  INTERNAL_EXPERTS_RESOLVE("the CoE's functional and technical experts resolve it, custom code included"),
  /** The core team or CoE fixes the simpler code issues: the fix is level 4 work. */
  INTERNAL_TEAM_FIXES("the internal Dynamics 365 CoE or core team typically fixes the simpler issues: level 3 triages, the fix is level 4"),
  /** Mixed: complex issues and those needing deep Dynamics 365 knowledge go to the partner. */
  PARTNER_FOR_COMPLEX_ISSUES(
      "in the mixed model complex issues and those needing deeper Dynamics 365 knowledge go to the partner"),
  /** The partner triages and resolves. */
  PARTNER_RESOLVES("the partner triages and resolves"),
  /** The partner fixes code; the fix follows the deployment standard. */
  PARTNER_FIXES("the partner fixes it and drives the fix to pre-production; the internal team deploys it"),
  /** Network and internal infrastructure go to internal IT. */
  TO_INTERNAL_IT("network and internally managed infrastructure belong to internal IT"),
  /** Integrations go to whoever owns them. */
  TO_INTEGRATION_OWNER("integrations go to their owner through a defined hand-off"),
  /** Internal IT resolves a problem in its own layers. */
  INTERNAL_IT_RESOLVES("internal IT resolves problems in its own layers"),
  /** Standard Dynamics 365 or the platform goes to Microsoft. */
  TO_MICROSOFT("the most likely cause is standard Dynamics 365 or the platform: raise it with Microsoft"),
  /** ISV code goes to the ISV. */
  TO_ISV("the cause is ISV code: the ISV resolves it under its support contract"),
  /** Microsoft or the ISV works on its own product. */
  VENDOR_RESOLVES("the vendor works on the fault in its own product"),
  /** A specialist team takes a request with a topic its scope names. */
  TO_SPECIALIST("planning for access to external teams that can use specialist tools: the specialist team takes it"),
  /** Super users are divided by area, and none covers the request's: the helpdesk takes it. */
  HELPDESK_WITHOUT_AREA_SUPER_USERS(
      "super users are divided by functional area and none covers the request's: the helpdesk handles it"),
  /** At levels 1 and 2 a party that cannot take the request now is skipped for the on-call party. */
  ON_CALL_COVERS("the party chosen at level 1 or 2 cannot take the request now: the on-call party covers"),
  /** One of the organization's own rules decided; the outcome names it. */
  OWN_RULE("the organization's own rule decided"),
  /** A party that finds the cause outside its scope hands the request back to the driver. */
  BACK_TO_DRIVER("the cause is outside this party's scope: back to the party that drives the request");

  private final String description;

  RoutingRule(String description) {
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
