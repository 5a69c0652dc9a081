package org.supportmodel.hypercare;

import java.util.Objects;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.internal.Checks;

/**
 * A request raised in a support rehearsal during user acceptance testing, run as if live: its
 * record, the resolving authority the support model plans for it, whether the project team
 * resolved it instead, and how many times it was reassigned.
 *
 * @param record the request, with its resolutions, resolver and SLA outcomes
 * @param planned the resolving authority the support model plans for it
 * @param resolvedByProjectTeam whether the project team resolved it, whoever the record names
 * @param reassignments how many times it changed hands
 */
public record RehearsalRequest(RequestRecord record, AuthorityKind planned, boolean resolvedByProjectTeam, int reassignments) {
  /** Checks the fields. */
  public RehearsalRequest {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(planned, "planned");
    Checks.nonNegative(reassignments, "reassignments");
  }
}
