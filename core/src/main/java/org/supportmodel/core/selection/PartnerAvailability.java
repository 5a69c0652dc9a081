package org.supportmodel.core.selection;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/** Whether a Dynamics 365 partner can be engaged for support. */
public enum PartnerAvailability {
  /** No partner can be engaged: a partner-based model is not possible. */
  NONE,
  /** A partner can be engaged, with limited capacity, hours or scope. */
  LIMITED,
  /** A partner with the needed capacity and skills can be engaged. */
  FULL;

  /**
   * Parses a constant name, ignoring case.
   *
   * @param text the text
   * @return the availability, never null
   * @throws IllegalArgumentException naming the text if it is not an availability
   */
  public static PartnerAvailability parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(PartnerAvailability.class, text, "partnerAvailability");
  }
}
