package org.supportmodel.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.internal.Checks;

/**
 * A helpdesk's assignment groups, by whatever names it uses ({@code "Service Desk EMEA"}, {@code
 * "Group 70"}), mapped to the library's resolving authorities and support levels, so that routing,
 * reassignment counts and bounce detection work on real group names.
 *
 * <p>Names match ignoring case and surrounding white space. A group the directory does not know
 * is reported as unmapped, never guessed.
 *
 * <p>Immutable and thread-safe.
 */
public final class AuthorityDirectory {
  private final Map<String, Hop> byKey;
  private final Map<String, Hop> byName;

  private AuthorityDirectory(Map<String, Hop> byName) {
    this.byName = Map.copyOf(byName);
    Map<String, Hop> keys = new HashMap<>();
    byName.forEach((name, hop) -> keys.put(key(name), hop));
    this.byKey = Map.copyOf(keys);
  }

  /**
   * A directory from group names to hops.
   *
   * @param groups each group's authority and level, by the group's name
   * @return the directory, never null
   * @throws IllegalArgumentException if a name is blank or two names differ only in case or
   *     surrounding white space
   */
  public static AuthorityDirectory of(Map<String, Hop> groups) {
    Objects.requireNonNull(groups, "groups");
    Builder builder = builder();
    groups.forEach((name, hop) -> builder.add(name, hop.authority(), hop.level()));
    return builder.build();
  }

  /**
   * An empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The group names, as given.
   *
   * @return the names, never null
   */
  public Set<String> groups() {
    return byName.keySet();
  }

  /**
   * The hop a group stands for.
   *
   * @param group the group name
   * @return its authority and level, or empty if the directory does not know it
   */
  public Optional<Hop> find(String group) {
    Objects.requireNonNull(group, "group");
    return Optional.ofNullable(byKey.get(key(group)));
  }

  /**
   * The path of a request through a sequence of assignment groups.
   *
   * @param groups the groups the request was assigned to, oldest first
   * @return the hops if every group is known, else the unknown groups
   */
  public DirectoryPath path(List<String> groups) {
    Objects.requireNonNull(groups, "groups");
    List<Hop> hops = new ArrayList<>(groups.size());
    Set<String> unmapped = new LinkedHashSet<>(0);
    for (String group : groups) {
      Objects.requireNonNull(group, "group");
      Hop hop = byKey.get(key(group));
      if (hop == null) {
        unmapped.add(group);
      } else {
        hops.add(hop);
      }
    }
    return unmapped.isEmpty() ? new DirectoryPath(hops, List.of()) : new DirectoryPath(List.of(), List.copyOf(unmapped));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AuthorityDirectory that && byName.equals(that.byName);
  }

  @Override
  public int hashCode() {
    return byName.hashCode();
  }

  @Override
  public String toString() {
    return "AuthorityDirectory" + byName;
  }

  /**
   * A path through assignment groups: the hops when every group is known, or the groups that are
   * not, so nothing is guessed.
   *
   * @param hops the hops, oldest first; empty when a group is unmapped
   * @param unmapped the groups the directory does not know, distinct, in order of first use
   */
  public record DirectoryPath(List<Hop> hops, List<String> unmapped) {
    /** Copies the lists. */
    public DirectoryPath {
      Objects.requireNonNull(hops, "hops");
      Objects.requireNonNull(unmapped, "unmapped");
      hops = List.copyOf(hops);
      unmapped = List.copyOf(unmapped);
      Checks.check(hops.isEmpty() || unmapped.isEmpty(), "hops", hops.size(), "must be empty when groups are unmapped");
    }

    /**
     * Whether every group was known.
     *
     * @return true if nothing is unmapped
     */
    public boolean complete() {
      return unmapped.isEmpty();
    }

    /**
     * The reassignment count and bounces along the path.
     *
     * @return the analysis, or empty when a group is unmapped
     */
    public Optional<Reassignments> reassignments() {
      return complete() ? Optional.of(Bounces.analyse(hops)) : Optional.empty();
    }
  }

  /** Builds a directory; not thread-safe, discard after {@link #build()}. */
  public static final class Builder {
    private final Map<String, Hop> groups = new LinkedHashMap<>();
    private final Map<String, String> keys = new HashMap<>();

    private Builder() {}

    /**
     * Maps a group.
     *
     * @param group the group's name, as the helpdesk writes it
     * @param authority who the group is
     * @param level at which support level it works
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or already mapped (ignoring case and
     *     surrounding white space)
     */
    public Builder add(String group, ResolvingAuthority authority, SupportLevel level) {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(authority, "authority");
      Objects.requireNonNull(level, "level");
      Checks.text(group, "group");
      String previous = keys.putIfAbsent(key(group), group);
      Checks.check(previous == null, "group", group, "is already mapped (as '" + previous + "'); names match ignoring case");
      groups.put(group, Hop.of(authority, level));
      return this;
    }

    /**
     * The directory.
     *
     * @return the directory, never null
     */
    public AuthorityDirectory build() {
      return new AuthorityDirectory(groups);
    }
  }
}
