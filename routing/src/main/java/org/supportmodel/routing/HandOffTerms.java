package org.supportmodel.routing;

import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.ResolvingAuthority;

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
 */
public record HandOffTerms(
    ResolvingAuthority receiver,
    DataAccess dataAccess,
    Optional<Environment> deploymentUpTo,
    boolean productionAdmin) {
  /** Checks that no component is null. */
  public HandOffTerms {
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(dataAccess, "dataAccess");
    Objects.requireNonNull(deploymentUpTo, "deploymentUpTo");
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
    return receiver.name() + " " + data + "; " + deploy + "; "
        + (productionAdmin ? "has" : "has no") + " admin access to production";
  }
}
