package org.supportmodel.routing;

/** Whether a hand-off's data access rests on an approval that is still valid. */
public enum AccessStatus {
  /** The setup records no approval for the receiver: the policy's access applies as it is. */
  NO_APPROVAL_RECORDED,
  /** The approval is valid at the routing instant. */
  VALID,
  /** The approval ended before the routing instant: no customer data goes with the hand-off. */
  LAPSED,
  /** The approval has an end, but routing was given no instant to check it against. */
  NOT_CHECKED
}
