package org.supportmodel.operations;

/** The five questions the support scope answers for every area ("Define the support scope"). */
public enum ScopeQuestion {
  /** What the support covers. */
  WHAT("what"),
  /** What it covers in detail. */
  WHAT_IN_DETAIL("what in detail"),
  /** Who does it: a resolving authority, or a role in one. */
  WHO("who"),
  /** When: on a calendar or on an event. */
  WHEN("when"),
  /** How: a procedure with reliably repeatable steps. */
  HOW("how");

  private final String label;

  ScopeQuestion(String label) {
    this.label = label;
  }

  /**
   * The question in text.
   *
   * @return the label, such as "what in detail"
   */
  public String label() {
    return label;
  }
}
