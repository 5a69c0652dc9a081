package org.supportmodel.routing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.internal.Checks;

/**
 * What goes with one hand-off: the data the receiving authority may see, how far it may deploy a
 * fix, and whether it has admin access to production. Derived from the {@link HandOffPolicy}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param receiver the receiving authority
 * @param dataAccess what business data may travel to it
 * @param deploymentUpTo the last environment it may deploy a fix to; empty if none
 * @param productionAdmin whether it has admin access to production
 * @param approval the approval the receiver's data access rests on, if the setup records one
 * @param accessStatus whether that approval holds at the routing instant; when it has {@link
 *     AccessStatus#LAPSED lapsed}, {@code dataAccess} is {@link DataAccess#NO_CUSTOMER_DATA}
 */
public record HandOffTerms(
    ResolvingAuthority receiver,
    DataAccess dataAccess,
    Optional<Environment> deploymentUpTo,
    boolean productionAdmin,
    Optional<AccessApproval> approval,
    AccessStatus accessStatus) {
  /**
   * Checks the terms.
   *
   * @throws IllegalArgumentException if the status contradicts the approval, or a lapsed access
   *     still lets customer data travel
   */
  public HandOffTerms {
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(dataAccess, "dataAccess");
    Objects.requireNonNull(deploymentUpTo, "deploymentUpTo");
    Objects.requireNonNull(approval, "approval");
    Objects.requireNonNull(accessStatus, "accessStatus");
    Checks.check(approval.isEmpty() == (accessStatus == AccessStatus.NO_APPROVAL_RECORDED), "accessStatus", accessStatus,
        approval.isEmpty() ? "needs an approval" : "contradicts the recorded approval");
    Checks.check(accessStatus != AccessStatus.LAPSED || dataAccess == DataAccess.NO_CUSTOMER_DATA, "dataAccess",
        dataAccess, "must be NO_CUSTOMER_DATA once the approval has lapsed");
  }

  /**
   * Terms with no approval recorded.
   *
   * @param receiver the receiving authority
   * @param dataAccess what business data may travel to it
   * @param deploymentUpTo the last environment it may deploy a fix to
   * @param productionAdmin whether it has admin access to production
   */
  public HandOffTerms(
      ResolvingAuthority receiver, DataAccess dataAccess, Optional<Environment> deploymentUpTo, boolean productionAdmin) {
    this(receiver, dataAccess, deploymentUpTo, productionAdmin, Optional.empty(), AccessStatus.NO_APPROVAL_RECORDED);
  }

  /**
   * These terms under an approval, checked at an instant if one is given: a lapsed approval lets
   * no customer data travel.
   *
   * @param recorded the approval
   * @param at the routing instant, if known
   * @return the new terms, never null
   */
  public HandOffTerms under(AccessApproval recorded, Optional<Instant> at) {
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(at, "at");
    if (at.isEmpty()) {
      return new HandOffTerms(receiver, dataAccess, deploymentUpTo, productionAdmin, Optional.of(recorded),
          AccessStatus.NOT_CHECKED);
    }
    boolean lapsed = recorded.lapsedAt(at.get());
    return new HandOffTerms(receiver, lapsed ? DataAccess.NO_CUSTOMER_DATA : dataAccess, deploymentUpTo,
        productionAdmin, Optional.of(recorded), lapsed ? AccessStatus.LAPSED : AccessStatus.VALID);
  }


  /**
   * The terms in words, for people.
   *
   * @return the description, never null
   */
  public String describe() {
    String data =
        switch (dataAccess) {
          case PRODUCTION_DATA -> "may work on production data";
          case ANONYMIZED_COPY -> "may see an anonymized copy of production data only";
          case NO_CUSTOMER_DATA -> "gets no customer data";
        };
    String deploy =
        deploymentUpTo
            .map(e -> "may deploy a fix up to " + e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
            .orElse("deploys no fix");
    String under =
        switch (accessStatus) {
          case NO_APPROVAL_RECORDED -> "";
          case VALID -> " under approval " + approval.orElseThrow().reference() + " until " + approval.orElseThrow().endsAt();
          case LAPSED -> " (approval " + approval.orElseThrow().reference() + " lapsed at " + approval.orElseThrow().endsAt() + ")";
          case NOT_CHECKED -> " under approval " + approval.orElseThrow().reference() + " until "
              + approval.orElseThrow().endsAt() + " (not checked: no routing instant)";
        };
    return receiver.name() + " " + data + under + "; " + deploy + "; "
        + (productionAdmin ? "has" : "has no") + " admin access to production";
  }
}
