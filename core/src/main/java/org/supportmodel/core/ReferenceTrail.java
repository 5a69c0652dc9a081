package org.supportmodel.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * The references of one support request across helpdesks. The internal helpdesk's {@link
 * RequestId} stays the reference from start to finish; each hand-off to another party adds that
 * party's reference, in hand-off order.
 *
 * <p>Immutable and thread-safe; {@link #plus(ExternalReference)} returns a new trail.
 *
 * @param requestId the internal helpdesk's reference
 * @param externalReferences the other helpdesks' references, oldest first
 */
public record ReferenceTrail(RequestId requestId, List<ExternalReference> externalReferences) {
  /**
   * Checks the trail.
   *
   * @throws IllegalArgumentException if the same reference of the same authority is listed twice
   */
  public ReferenceTrail {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(externalReferences, "externalReferences");
    externalReferences = List.copyOf(externalReferences);
    Checks.unique(externalReferences, r -> r, "externalReferences");
  }

  /**
   * A trail with only the internal reference.
   *
   * @param requestId the internal helpdesk's reference
   * @return the trail, never null
   */
  public static ReferenceTrail of(RequestId requestId) {
    Objects.requireNonNull(requestId, "requestId");
    return new ReferenceTrail(requestId, List.of());
  }

  /**
   * This trail with one more external reference at its end.
   *
   * @param reference the receiving party's reference
   * @return a new trail, never null
   * @throws IllegalArgumentException if the trail already holds that reference
   */
  public ReferenceTrail plus(ExternalReference reference) {
    Objects.requireNonNull(reference, "reference");
    List<ExternalReference> longer = new ArrayList<>(externalReferences);
    longer.add(reference);
    return new ReferenceTrail(requestId, longer);
  }

  /**
   * The latest reference the given authority issued for this request.
   *
   * @param authority the authority's id
   * @return the reference, or empty if the request never reached that authority
   */
  public Optional<ExternalReference> latestReferenceOf(AuthorityId authority) {
    Objects.requireNonNull(authority, "authority");
    for (int i = externalReferences.size() - 1; i >= 0; i--) {
      if (externalReferences.get(i).authority().id().equals(authority)) {
        return Optional.of(externalReferences.get(i));
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(requestId.value());
    externalReferences.forEach(r -> text.append(" → ").append(r));
    return text.toString();
  }
}
