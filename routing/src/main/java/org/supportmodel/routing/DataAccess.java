package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * What business data may travel with a hand-off. Ordered from the most to the least permissive;
 * {@link #mostRestrictive} picks the tighter of two.
 */
public enum DataAccess {
  /** Production data as it is. */
  PRODUCTION_DATA,
  /** Only an anonymized copy of production data. */
  ANONYMIZED_COPY,
  /** No customer data at all: a description and a reproduction on demo data. */
  NO_CUSTOMER_DATA;

  /**
   * Whether this access allows at least as much as the other.
   *
   * @param other the other access
   * @return true if this one is the same or more permissive
   */
  public boolean allows(DataAccess other) {
    Objects.requireNonNull(other, "other");
    return ordinal() <= other.ordinal();
  }

  /**
   * The tighter of two accesses.
   *
   * @param a one access
   * @param b another access
   * @return the more restrictive, never null
   */
  public static DataAccess mostRestrictive(DataAccess a, DataAccess b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /**
   * Parses a constant name, ignoring case; spaces and hyphens read as underscores.
   *
   * @param text the text
   * @return the access, never null
   * @throws IllegalArgumentException naming the text if it is not an access
   */
  public static DataAccess parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(DataAccess.class, text, "dataAccess");
  }
}
