package org.supportmodel.hypercare;

/** What the project team or partner hands over to the support team, before go-live and during hypercare. */
public enum HandoverKind {
  /** Documentation: solution design, runbooks, known errors. */
  DOCUMENTATION,
  /** Top-up training of the support team. */
  TRAINING,
  /** Shadowing: the support team works beside the project team before it takes over. */
  SHADOWING
}
