package org.supportmodel.routing;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.supportmodel.core.internal.Checks;

/** Normalized names used in scopes and coverage: topics, areas and languages. */
final class Names {
  private Names() {}

  /**
   * A checked, sorted, read-only copy of a set of names, each lower-cased.
   *
   * @param names the names
   * @param field the field, for the message
   * @return the copy, never null
   */
  static SortedSet<String> lowerCased(Collection<String> names, String field) {
    Objects.requireNonNull(names, field);
    SortedSet<String> copy = new TreeSet<>();
    for (String name : names) {
      copy.add(lowerCased(name, field));
    }
    return Collections.unmodifiableSortedSet(copy);
  }

  /**
   * A checked name, lower-cased.
   *
   * @param name the name
   * @param field the field, for the message
   * @return the name in lower case, never null
   */
  static String lowerCased(String name, String field) {
    Objects.requireNonNull(name, field);
    Checks.identifier(name, field);
    return name.toLowerCase(Locale.ROOT);
  }
}
