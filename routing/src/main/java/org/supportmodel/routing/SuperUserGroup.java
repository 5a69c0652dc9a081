package org.supportmodel.routing;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.internal.Checks;

/**
 * The super users of some functional areas or business units: "For larger business units, super
 * users may be further divided by functional area, such as Finance or Operations." Level 1 routes
 * a request to the group that covers its {@link SupportRequest#area()}.
 *
 * <p>Immutable and thread-safe; areas compare without regard to case.
 *
 * @param group the super users, of kind {@link AuthorityKind#SUPER_USER}
 * @param areas the functional areas or business units they cover, lower case, at least one
 */
public record SuperUserGroup(ResolvingAuthority group, SortedSet<String> areas) {
  /**
   * Checks the group and copies the areas.
   *
   * @throws IllegalArgumentException if the authority is not a super user or no area is given
   */
  public SuperUserGroup {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(areas, "areas");
    String field = "superUserGroups[" + group.id() + "]";
    Checks.check(group.kind() == AuthorityKind.SUPER_USER, field + ".kind", group.kind(), "must be SUPER_USER");
    areas = Names.lowerCased(areas, field + ".areas");
    Checks.check(!areas.isEmpty(), field + ".areas", areas, "must name at least one area");
  }

  /**
   * A group.
   *
   * @param group the super users
   * @param areas the areas they cover
   * @return the group, never null
   */
  public static SuperUserGroup of(ResolvingAuthority group, String... areas) {
    Objects.requireNonNull(areas, "areas");
    return of(group, List.of(areas));
  }

  /**
   * A group.
   *
   * @param group the super users
   * @param areas the areas they cover
   * @return the group, never null
   */
  public static SuperUserGroup of(ResolvingAuthority group, Collection<String> areas) {
    Objects.requireNonNull(areas, "areas");
    return new SuperUserGroup(group, new java.util.TreeSet<>(areas));
  }

  /**
   * Whether the group covers an area.
   *
   * @param area the area, in any case
   * @return true if it is one of the group's areas
   */
  public boolean covers(String area) {
    Objects.requireNonNull(area, "area");
    return areas.contains(area.toLowerCase(java.util.Locale.ROOT));
  }
}
