package org.supportmodel.routing;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ProcessId;

/**
 * What a partner or specialist team is engaged for: the app families, the problem layers, the
 * business processes and the topics (such as {@code "performance"}) it covers. An empty
 * dimension covers everything in it; a request is covered when every dimension covers it.
 *
 * <p>A scope that names topics is a <em>specialist</em> scope: only a request whose diagnosis
 * carries one of those topics is covered, and such a request goes to the specialist team
 * wherever the internal team, the CoE or a partner holds it ("planning for access to external
 * teams that can use specialist performance tools").
 *
 * <p>An empty layer dimension covers a request whose layer is not known yet; a scope naming
 * layers does not. A scope naming processes covers only requests that name one of them.
 *
 * <p>Immutable and thread-safe; the sets are sorted, read-only copies and topics are lower case.
 * Two scopes are equal when their four sets are.
 */
public final class Scope {
  private static final Scope EVERYTHING = new Scope(Set.of(), Set.of(), new TreeSet<>(), new TreeSet<>());

  private final Set<Dynamics365App> apps;
  private final Set<ProblemLayer> layers;
  private final SortedSet<ProcessId> processes;
  private final SortedSet<String> topics;
  /** The description, built once: routing quotes it on every decision that weighs this scope. */
  private final String description;

  /**
   * A scope; an empty set covers everything in its dimension.
   *
   * @param apps the app families, empty for all
   * @param layers the problem layers, empty for all
   * @param processes the business processes, empty for all
   * @param topics the topics, empty for all requests; otherwise only requests with one of them
   */
  public Scope(Set<Dynamics365App> apps, Set<ProblemLayer> layers, SortedSet<ProcessId> processes, SortedSet<String> topics) {
    Objects.requireNonNull(apps, "apps");
    Objects.requireNonNull(layers, "layers");
    Objects.requireNonNull(processes, "processes");
    Objects.requireNonNull(topics, "topics");
    this.apps = apps.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(apps));
    this.layers = layers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(layers));
    this.processes = Collections.unmodifiableSortedSet(new TreeSet<>(processes));
    this.topics = Names.lowerCased(topics, "topics");
    this.description = describe(this.apps, this.layers, this.processes, this.topics);
  }

  /**
   * The app families, empty for all.
   *
   * @return the read-only set, never null
   */
  public Set<Dynamics365App> apps() {
    return apps;
  }

  /**
   * The problem layers, empty for all.
   *
   * @return the read-only set, never null
   */
  public Set<ProblemLayer> layers() {
    return layers;
  }

  /**
   * The business processes, empty for all.
   *
   * @return the read-only sorted set, never null
   */
  public SortedSet<ProcessId> processes() {
    return processes;
  }

  /**
   * The topics, lower case; empty for a scope that is not a specialist's.
   *
   * @return the read-only sorted set, never null
   */
  public SortedSet<String> topics() {
    return topics;
  }

  /**
   * The scope that covers every request.
   *
   * @return the scope, never null
   */
  public static Scope everything() {
    return EVERYTHING;
  }

  /**
   * A scope limited to some app families.
   *
   * @param apps the app families
   * @return the scope, never null
   */
  public static Scope ofApps(Dynamics365App... apps) {
    Objects.requireNonNull(apps, "apps");
    return EVERYTHING.withApps(List.of(apps));
  }

  /**
   * A specialist scope: requests whose diagnosis carries one of the topics.
   *
   * @param topics the topics, such as {@code "performance"}
   * @return the scope, never null
   */
  public static Scope ofTopics(String... topics) {
    Objects.requireNonNull(topics, "topics");
    return EVERYTHING.withTopics(List.of(topics));
  }

  /**
   * This scope limited to some app families.
   *
   * @param apps the app families, empty for all
   * @return the new scope, never null
   */
  public Scope withApps(Collection<Dynamics365App> apps) {
    Objects.requireNonNull(apps, "apps");
    return new Scope(apps.isEmpty() ? Set.of() : EnumSet.copyOf(apps), layers, processes, topics);
  }

  /**
   * This scope limited to some problem layers.
   *
   * @param layers the layers, empty for all
   * @return the new scope, never null
   */
  public Scope withLayers(Collection<ProblemLayer> layers) {
    Objects.requireNonNull(layers, "layers");
    return new Scope(this.apps, layers.isEmpty() ? Set.of() : EnumSet.copyOf(layers), processes, topics);
  }

  /**
   * This scope limited to some business processes.
   *
   * @param processes the processes, empty for all
   * @return the new scope, never null
   */
  public Scope withProcesses(Collection<ProcessId> processes) {
    Objects.requireNonNull(processes, "processes");
    return new Scope(this.apps, this.layers, new TreeSet<>(processes), topics);
  }

  /**
   * This scope limited to requests with some topics.
   *
   * @param topics the topics, empty for all requests
   * @return the new scope, never null
   */
  public Scope withTopics(Collection<String> topics) {
    Objects.requireNonNull(topics, "topics");
    return new Scope(this.apps, this.layers, this.processes, new TreeSet<>(topics));
  }

  /**
   * Whether this is a specialist scope: it names topics.
   *
   * @return true if it names at least one topic
   */
  public boolean isSpecialist() {
    return !topics.isEmpty();
  }

  /**
   * Whether this scope covers a request.
   *
   * @param request the request
   * @return true if every dimension covers it
   */
  public boolean covers(SupportRequest request) {
    return whyNot(request).isEmpty();
  }

  /**
   * Why this scope does not cover a request: the first dimension that leaves it out.
   *
   * @param request the request
   * @return the reason in words, or empty if the scope covers it
   */
  public Optional<String> whyNot(SupportRequest request) {
    Objects.requireNonNull(request, "request");
    if (!apps.isEmpty() && !apps.contains(request.application())) {
      return Optional.of("its scope is " + describe() + ", not " + request.application());
    }
    Optional<ProblemLayer> layer = request.diagnosis().layer();
    if (!layers.isEmpty() && (layer.isEmpty() || !layers.contains(layer.get()))) {
      return Optional.of("its scope is " + describe() + ", not the " + layer.map(ProblemLayer::label).orElse("unknown")
          + " layer");
    }
    Optional<ProcessId> process = request.process();
    if (!processes.isEmpty() && (process.isEmpty() || !processes.contains(process.get()))) {
      return Optional.of("its scope is " + describe() + ", not " + process.map(p -> "process " + p.value())
          .orElse("a request without a process"));
    }
    if (!topics.isEmpty() && Collections.disjoint(topics, request.diagnosis().topics())) {
      return Optional.of("its scope is " + describe() + ", and the diagnosis names none of its topics");
    }
    return Optional.empty();
  }

  /**
   * Whether some request could be covered by both scopes: every dimension of one overlaps the
   * other's (an empty dimension overlaps everything).
   *
   * @param other the other scope
   * @return true if they overlap
   */
  public boolean overlaps(Scope other) {
    Objects.requireNonNull(other, "other");
    return meet(apps, other.apps) && meet(layers, other.layers) && meet(processes, other.processes)
        && meet(topics, other.topics);
  }

  private static <T> boolean meet(Set<T> a, Set<T> b) {
    return a.isEmpty() || b.isEmpty() || !Collections.disjoint(a, b);
  }

  /**
   * The scope in words, such as {@code "apps FINANCE_AND_SUPPLY_CHAIN; topics performance"}.
   *
   * @return the description, never null
   */
  public String describe() {
    return description;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Scope that && apps.equals(that.apps) && layers.equals(that.layers)
        && processes.equals(that.processes) && topics.equals(that.topics);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apps, layers, processes, topics);
  }

  @Override
  public String toString() {
    return "Scope[" + description + "]";
  }

  private static String describe(
      Set<Dynamics365App> apps, Set<ProblemLayer> layers, SortedSet<ProcessId> processes, SortedSet<String> topics) {
    StringBuilder text = new StringBuilder();
    part(text, "apps", apps);
    part(text, "layers", layers);
    StringBuilder ids = new StringBuilder();
    for (ProcessId process : processes) {
      ids.append(ids.length() == 0 ? "" : ", ").append(process.value());
    }
    if (!processes.isEmpty()) {
      text.append(text.length() == 0 ? "" : "; ").append("processes ").append(ids);
    }
    part(text, "topics", topics);
    return text.length() == 0 ? "everything" : text.toString();
  }

  private static void part(StringBuilder text, String name, Set<?> values) {
    if (values.isEmpty()) {
      return;
    }
    text.append(text.length() == 0 ? "" : "; ").append(name).append(' ');
    boolean first = true;
    for (Object value : values) {
      text.append(first ? "" : ", ").append(value);
      first = false;
    }
  }
}
