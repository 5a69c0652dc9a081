package org.supportmodel.hypercare;

/** What the project team or partner hands over to the support team during hypercare. */
public enum HandoverKind {
  /** Documentation: solution design, runbooks, known errors. */
  DOCUMENTATION,
  /** Top-up training of the support team. */
  TRAINING
}
