package org.supportmodel.routing;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.ResolvingAuthority;

/**
 * What holds at the moment of routing, given by the caller: the instant (to check when data
 * access approvals end), which parties are unavailable now, and which languages parties cover.
 * The caller computes availability from its own calendars, so routing stays independent of
 * {@code sla} and never reads a clock.
 *
 * <p>A party with no language entry covers every language; a party not listed as unavailable is
 * available.
 *
 * <p>Immutable and thread-safe; the {@code with*} methods return new values.
 *
 * @param at the routing instant, if known
 * @param unavailable the parties that are unavailable now
 * @param languages the languages each listed party covers, lower-case tags such as {@code "de"}
 */
public record Circumstances(
    Optional<Instant> at, Set<AuthorityId> unavailable, Map<AuthorityId, SortedSet<String>> languages) {
  private static final Circumstances NONE = new Circumstances(Optional.empty(), Set.of(), Map.of());

  /** Checks and copies the collections. */
  public Circumstances {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(unavailable, "unavailable");
    Objects.requireNonNull(languages, "languages");
    unavailable = Set.copyOf(unavailable);
    Map<AuthorityId, SortedSet<String>> copy = new HashMap<>();
    languages.forEach((party, tags) -> copy.put(Objects.requireNonNull(party, "languages.party"),
        Names.lowerCased(Objects.requireNonNull(tags, "languages[" + party + "]"), "languages[" + party + "]")));
    languages = Collections.unmodifiableMap(copy);
  }

  /**
   * Nothing known: no instant, everyone available, every language covered.
   *
   * @return the circumstances, never null
   */
  public static Circumstances none() {
    return NONE;
  }

  /**
   * Routing at an instant, everyone available.
   *
   * @param at the instant
   * @return the circumstances, never null
   */
  public static Circumstances at(Instant at) {
    Objects.requireNonNull(at, "at");
    return new Circumstances(Optional.of(at), Set.of(), Map.of());
  }

  /**
   * These circumstances with more parties unavailable.
   *
   * @param parties the parties unavailable now
   * @return the new circumstances, never null
   */
  public Circumstances withUnavailable(AuthorityId... parties) {
    Objects.requireNonNull(parties, "parties");
    Set<AuthorityId> more = new HashSet<>(unavailable);
    more.addAll(List.of(parties));
    return new Circumstances(at, more, languages);
  }

  /**
   * These circumstances with the languages a party covers.
   *
   * @param party the party
   * @param tags the language tags it covers
   * @return the new circumstances, never null
   */
  public Circumstances withLanguages(AuthorityId party, String... tags) {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(tags, "tags");
    Map<AuthorityId, SortedSet<String>> more = new HashMap<>(languages);
    more.put(party, new java.util.TreeSet<>(List.of(tags)));
    return new Circumstances(at, unavailable, more);
  }

  /**
   * Why a party cannot take a request now: it is unavailable, or it does not cover the
   * request's language.
   *
   * @param party the party
   * @param language the request's language, if known
   * @return the reason in words, or empty if it can take it
   */
  public Optional<String> gap(ResolvingAuthority party, Optional<String> language) {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(language, "language");
    if (unavailable.contains(party.id())) {
      return Optional.of(party.name() + " is unavailable now");
    }
    if (language.isPresent()) {
      SortedSet<String> covered = languages.get(party.id());
      if (covered != null && !covered.contains(language.get())) {
        return Optional.of(party.name() + " does not cover language " + language.get() + " (covers " + String.join(", ", covered) + ")");
      }
    }
    return Optional.empty();
  }
}
