package org.supportmodel.core;

import java.util.List;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * The operating model of the support organization.
 *
 * <p>The constants are ordered from the most internal to the most outsourced; {@link
 * #outsourcingRank()} exposes that order.
 */
public enum SupportModel {
  /**
   * No partner: a large internal team covers every workstream, technical area, servicing and
   * specialist skill. Rare.
   */
  FULLY_INTERNAL(
      "fully internal",
      List.of(
          "Hard to sustain without a large internal team that absorbs peaks and troughs of demand.",
          "Needs every business workstream, technical area, servicing and specialist skill in house.",
          "If internal resources are constrained the business stops driving improvement and the"
              + " solution stagnates: assumed stability at the expense of the application's value.")),
  /**
   * Internal people keep application and business knowledge; a partner adds strategic advice,
   * custom-code support, peak capacity and specialists. The most common model.
   */
  MIXED(
      "mixed",
      List.of(
          "Responsibilities between the internal Dynamics 365 team, the CoE and the partner must"
              + " be explicit, or issues fall between them.",
          "Whether the partner or the CoE works with each ISV must be settled in the contracts.",
          "The internal team must keep enough skill to triage and drive every issue to resolution"
              + " whoever works on it.")),
  /**
   * The partner triages and resolves; the internal helpdesk registers and assigns. Seen in
   * smaller projects with few critical processes.
   */
  FULLY_OUTSOURCED(
      "fully outsourced",
      List.of(
          "Harder to deliver for highly customized solutions.",
          "Issues tend to bounce between parties; who drives each one to resolution must be"
              + " defined.",
          "The business and the partner need a common language for business needs and technical"
              + " processes.",
          "The partner's access to users, business data and production, and what it may pass on,"
              + " must be defined."));

  private final String label;
  @SuppressWarnings("ImmutableEnumChecker") // List.copyOf in the constructor: unmodifiable
  private final List<String> risks;

  SupportModel(String label, List<String> risks) {
    this.label = label;
    this.risks = List.copyOf(risks);
  }

  /**
   * The model's name in words, such as {@code "fully outsourced"}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * The risks the guidance names for this model.
   *
   * @return an unmodifiable list, never null or empty
   */
  public List<String> risks() {
    return risks;
  }

  /**
   * The place on the axis from internal (0) to outsourced (2).
   *
   * @return 0 for fully internal, 1 for mixed, 2 for fully outsourced
   */
  public int outsourcingRank() {
    return ordinal();
  }

  /**
   * Parses a constant name, ignoring case; spaces and hyphens read as underscores.
   *
   * @param text the text
   * @return the model, never null
   * @throws IllegalArgumentException naming the text if it is not a model
   */
  public static SupportModel parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(SupportModel.class, text, "supportModel");
  }
}
