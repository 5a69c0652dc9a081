package org.supportmodel.sla;

/** What kind of agreement binds a party's targets, as the ITIL vocabulary names them. */
public enum AgreementKind {
  /** An operational-level agreement between teams of the organization, such as its Dynamics 365 team. */
  OPERATIONAL_LEVEL,
  /** An underpinning contract with an outside supplier: the partner, an ISV. */
  UNDERPINNING_CONTRACT,
  /** A vendor's support terms, such as Microsoft's response time for a case severity. */
  VENDOR_SUPPORT
}
