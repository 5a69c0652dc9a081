package org.supportmodel.core;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * Where the cause of a problem can live. The many layers are what make the resolving authority
 * hard to find.
 */
public enum ProblemLayer {
  /** How the business process is run, or how the user was trained. */
  BUSINESS_PROCESS_OR_TRAINING("business process or training"),
  /** The organization's own network. */
  INTERNAL_NETWORK("internal network"),
  /** Infrastructure software managed internally. */
  INTERNAL_INFRASTRUCTURE("infrastructure managed internally"),
  /** The platform and service managed by Microsoft. */
  MICROSOFT_PLATFORM("platform managed by Microsoft"),
  /** Standard Dynamics 365 functionality. */
  STANDARD_D365("standard Dynamics 365"),
  /** The solution's configuration. */
  CONFIGURATION("configuration"),
  /** Master or transactional data. */
  DATA("data"),
  /** Custom code written for the organization. */
  CUSTOM_CODE("custom code"),
  /** An ISV's solution. */
  ISV_CODE("ISV code"),
  /** Integration software at either end of an interface. */
  INTEGRATION("integration software");

  private final String label;

  ProblemLayer(String label) {
    this.label = label;
  }

  /**
   * The layer in words.
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
   * @return the layer, never null
   * @throws IllegalArgumentException naming the text if it is not a layer
   */
  public static ProblemLayer parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(ProblemLayer.class, text, "problemLayer");
  }
}
