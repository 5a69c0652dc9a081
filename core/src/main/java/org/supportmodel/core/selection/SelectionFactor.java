package org.supportmodel.core.selection;

/** The factors the support-model selection weighs, each from the guidance. */
public enum SelectionFactor {
  /** How many business processes are in scope: smaller projects suit outsourcing. */
  SCOPE_SIZE("scope size"),
  /** How many critical processes are in scope: few suit outsourcing, many need internal people. */
  PROCESS_CRITICALITY("process criticality"),
  /** How customized the solution is: high customization is hard to outsource. */
  CUSTOMIZATION("customization"),
  /** Who wrote the custom code, and so who knows it. */
  CUSTOM_CODE_AUTHOR("custom code author"),
  /** The internal support headcount: a critical mass for a dedicated team, or a large team. */
  INTERNAL_CAPACITY("internal capacity"),
  /** Coverage of workstreams, technical areas, servicing and specialist skills. */
  SKILLS_COVERAGE("skills coverage"),
  /** Whether a partner can be engaged. */
  PARTNER_AVAILABILITY("partner availability"),
  /** The ISV solutions to coordinate. */
  ISVS("ISVs"),
  /** The integrations, often owned by internal IT. */
  INTEGRATIONS("integrations"),
  /** Countries, time zones and languages to serve. */
  GEOGRAPHY("geography"),
  /** Multi-company structure and a Center of Excellence. */
  ORGANIZATION_STRUCTURE("organization structure");

  private final String label;

  SelectionFactor(String label) {
    this.label = label;
  }

  /**
   * The factor in words.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}
