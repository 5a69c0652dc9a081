package org.supportmodel.hypercare;

/** What a request asks for. New requirements are kept apart from support: they are change, not defects. */
public enum RequestKind {
  /** Something does not work as it should. */
  INCIDENT,
  /** A question or a standard service, such as access or a configuration change. */
  SERVICE_REQUEST,
  /** A new requirement: counted and reported, but not in the support criteria. */
  NEW_REQUIREMENT;

  /**
   * Whether the support criteria (backlog, resolution without hypercare resources) count it.
   *
   * @return false for new requirements
   */
  public boolean isSupport() {
    return this != NEW_REQUIREMENT;
  }
}
