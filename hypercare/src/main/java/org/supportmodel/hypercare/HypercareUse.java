package org.supportmodel.hypercare;

/**
 * Whether resources reserved for hypercare were used to resolve a request. Unknown is its own
 * answer: a criterion that needs the fact reports no data for it, never a pass.
 */
public enum HypercareUse {
  /** Resources reserved for hypercare were used. */
  USED,
  /** Only the regular support organization was used. */
  NOT_USED,
  /** Not recorded. */
  UNKNOWN
}
