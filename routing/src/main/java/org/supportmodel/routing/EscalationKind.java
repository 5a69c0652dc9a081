package org.supportmodel.routing;

/** The two kinds of escalation of a formal escalation procedure. */
public enum EscalationKind {
  /** To the next support level: more expertise on the problem. */
  FUNCTIONAL,
  /** To management: more attention, priority or resources. */
  HIERARCHICAL
}
