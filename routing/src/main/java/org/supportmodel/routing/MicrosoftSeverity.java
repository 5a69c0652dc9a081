package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.Priority;

/** Microsoft support's severities for a case. */
public enum MicrosoftSeverity {
  /** Critical: 24x7, first response within an hour; the customer must commit to 24x7 work. */
  SEV_A,
  /** High: first response within 2 to 4 hours depending on the plan, business hours. */
  SEV_B,
  /** Moderate: business hours. */
  SEV_C;

  /**
   * The severity for a request's priority. {@code P1} is Sev A only when the organization commits
   * to working the case 24x7, otherwise Sev B; {@code P2} is Sev B; {@code P3} and {@code P4}
   * are Sev C.
   *
   * @param priority the request's priority
   * @param twentyFourSevenCommitment whether the organization commits to 24x7 engagement
   * @return the severity, never null
   */
  public static MicrosoftSeverity forPriority(Priority priority, boolean twentyFourSevenCommitment) {
    Objects.requireNonNull(priority, "priority");
    return switch (priority) {
      case P1 -> twentyFourSevenCommitment ? SEV_A : SEV_B;
      case P2 -> SEV_B;
      case P3, P4 -> SEV_C;
    };
  }
}
