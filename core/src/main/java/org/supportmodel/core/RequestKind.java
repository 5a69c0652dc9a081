package org.supportmodel.core;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/** What a support request asks for; SLA policies and routing may differ by it. */
public enum RequestKind {
  /** Something that worked no longer does, or works wrongly. */
  INCIDENT,
  /** A standard request: access, data, a report, a configuration change within the design. */
  SERVICE_REQUEST,
  /** A change of the solution: a new requirement for the backlog, not support work. */
  NEW_REQUIREMENT;

  /**
   * Parses a constant name, ignoring case; spaces and hyphens read as underscores.
   *
   * @param text the text
   * @return the kind, never null
   * @throws IllegalArgumentException naming the text if it is not a kind
   */
  public static RequestKind parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(RequestKind.class, text, "requestKind");
  }
}
