package org.supportmodel.routing;

import java.time.Instant;
import java.util.Objects;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.internal.Checks;

/**
 * The approval under which an external party may see the organization's data: its reference
 * (the change or data-protection approval) and when it ends. A hand-off after the end says the
 * access has lapsed and carries no customer data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param party the party the approval is for
 * @param reference the approval's reference, such as {@code "DPA-2026-014"}
 * @param endsAt when the access ends (exclusive): from this instant on it has lapsed
 */
public record AccessApproval(AuthorityId party, String reference, Instant endsAt) {
  /**
   * Checks the approval.
   *
   * @throws IllegalArgumentException if the reference is not an identifier
   */
  public AccessApproval {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(endsAt, "endsAt");
    Checks.identifier(reference, "accessApprovals[" + party + "].reference");
  }

  /**
   * Whether the access has lapsed at an instant.
   *
   * @param at the instant
   * @return true if {@code at} is at or after the end
   */
  public boolean lapsedAt(Instant at) {
    Objects.requireNonNull(at, "at");
    return !at.isBefore(endsAt);
  }
}
