package org.supportmodel.hypercare;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/** What a request asks for. New requirements are kept apart from support: they are change, not defects. */
public enum RequestKind {
  /** Something does not work as it should. */
  INCIDENT,
  /** A question or a standard service, such as access or a configuration change. */
  SERVICE_REQUEST,
  /** A new requirement: counted and reported, but not in the support criteria. */
  NEW_REQUIREMENT;

  /**
   * Whether the support criteria (backlog, resolution without hypercare resources, SLA
   * attainment) and the weekly support figures count it.
   *
   * @return false for new requirements
   */
  public boolean isSupport() {
    return this != NEW_REQUIREMENT;
  }

  /**
   * Parses a constant name, ignoring case; spaces and hyphens read as underscores.
   *
   * @param text the text
   * @return the kind, never null
   * @throws IllegalArgumentException naming the text if it is not a kind
   */
  public static RequestKind parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(RequestKind.class, text, "kind");
  }
}
