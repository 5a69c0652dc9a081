package org.supportmodel.core.selection;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/** The skill areas an internal support team must cover to sustain a fully internal model. */
public enum SkillArea {
  /** Functional knowledge of each business workstream (finance, supply chain, sales, ...). */
  BUSINESS_WORKSTREAMS("business workstreams"),
  /** Technical areas: development, integration, data, reporting, security. */
  TECHNICAL_AREAS("technical areas"),
  /** Servicing: environments, updates, deployments, monitoring. */
  SERVICING("servicing"),
  /** Specialist skills needed now and then: performance, tax localization, data migration. */
  SPECIALIST_SKILLS("specialist skills");

  private final String label;

  SkillArea(String label) {
    this.label = label;
  }

  /**
   * The area in words.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Parses a constant name, ignoring case; spaces and hyphens read as underscores.
   *
   * @param text the text
   * @return the area, never null
   * @throws IllegalArgumentException naming the text if it is not an area
   */
  public static SkillArea parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(SkillArea.class, text, "skillArea");
  }
}
