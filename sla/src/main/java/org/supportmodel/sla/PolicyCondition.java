package org.supportmodel.sla;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.RequestKind;
import org.supportmodel.core.internal.Checks;

/**
 * A condition over an {@link SlaSubject}: which requests an SLA policy applies to. Conditions are
 * pure predicates built from the factories here and combined with {@link #and}, {@link #or} and
 * {@link #negate}; no scripting language. Each says in words why a subject does not match it.
 *
 * <p>Immutable and thread-safe.
 */
public final class PolicyCondition {
  private final String description;
  /** Whether a subject matches: the fast path, which builds no text. */
  private final Predicate<SlaSubject> test;
  /** Why a subject that does not match does not, for explanations only. */
  private final Function<SlaSubject, String> why;

  private PolicyCondition(String description, Predicate<SlaSubject> test, Function<SlaSubject, String> why) {
    this.description = description;
    this.test = test;
    this.why = why;
  }

  /**
   * Every request.
   *
   * @return the condition, never null
   */
  public static PolicyCondition always() {
    return new PolicyCondition("every request", s -> true, s -> "");
  }

  /**
   * Requests of some kinds.
   *
   * @param kinds the kinds, at least one
   * @return the condition, never null
   */
  public static PolicyCondition kind(RequestKind... kinds) {
    Set<RequestKind> set = EnumSet.noneOf(RequestKind.class);
    set.addAll(nonEmpty(kinds, "kinds"));
    return new PolicyCondition("kind " + names(set), s -> set.contains(s.kind()),
        s -> "the request is " + article(s.kind()) + " " + s.kind() + ", not " + names(set));
  }

  /**
   * Requests of some priorities.
   *
   * @param priorities the priorities, at least one
   * @return the condition, never null
   */
  public static PolicyCondition priority(Priority... priorities) {
    Set<Priority> set = EnumSet.noneOf(Priority.class);
    set.addAll(nonEmpty(priorities, "priorities"));
    return new PolicyCondition("priority " + names(set), s -> set.contains(s.priority()),
        s -> "the priority is " + s.priority() + ", not " + names(set));
  }

  /**
   * Requests on a business process at least as critical as a threshold.
   *
   * @param threshold the lowest criticality that matches
   * @return the condition, never null
   */
  public static PolicyCondition processAtLeast(Criticality threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return new PolicyCondition("a business process of criticality " + threshold + " or more",
        s -> s.process().isPresent() && s.process().get().criticality().isAtLeast(threshold),
        s -> s.process().isEmpty()
            ? "the request names no business process"
            : "the business process " + s.process().get().name() + " is " + s.process().get().criticality() + ", below " + threshold);
  }

  /**
   * Requests on some business processes.
   *
   * @param processes the processes' ids, at least one
   * @return the condition, never null
   */
  public static PolicyCondition process(ProcessId... processes) {
    Set<ProcessId> set = Set.copyOf(nonEmpty(processes, "processes"));
    return new PolicyCondition("business process " + names(set), s -> s.process().isPresent() && set.contains(s.process().get().id()),
        s -> s.process().isEmpty()
            ? "the request names no business process"
            : "the business process is " + s.process().get().id() + ", not " + names(set));
  }

  /**
   * Requests about some Dynamics 365 apps.
   *
   * @param apps the apps, at least one
   * @return the condition, never null
   */
  public static PolicyCondition app(String... apps) {
    return textIn("app", apps, SlaSubject::app);
  }

  /**
   * Requests from some regions.
   *
   * @param regions the regions, at least one
   * @return the condition, never null
   */
  public static PolicyCondition region(String... regions) {
    return textIn("region", regions, SlaSubject::region);
  }

  /**
   * Requests under some customer contracts.
   *
   * @param contracts the contracts, at least one
   * @return the condition, never null
   */
  public static PolicyCondition contract(String... contracts) {
    return textIn("contract", contracts, SlaSubject::contract);
  }

  private static PolicyCondition textIn(String field, String[] values, Function<SlaSubject, Optional<String>> attribute) {
    List<String> list = nonEmpty(values, field + "s");
    list.forEach(v -> Checks.identifier(v, field));
    Set<String> set = Set.copyOf(list);
    return new PolicyCondition(field + " " + names(set), s -> attribute.apply(s).filter(set::contains).isPresent(),
        s -> attribute.apply(s).map(v -> "the " + field + " is " + v + ", not " + names(set)).orElse("the request names no " + field));
  }

  /**
   * Both this condition and another.
   *
   * @param other the other condition
   * @return the condition, never null
   */
  public PolicyCondition and(PolicyCondition other) {
    Objects.requireNonNull(other, "other");
    return new PolicyCondition(description + " and " + other.description, s -> test.test(s) && other.test.test(s),
        s -> test.test(s) ? other.why.apply(s) : why.apply(s));
  }

  /**
   * This condition or another.
   *
   * @param other the other condition
   * @return the condition, never null
   */
  public PolicyCondition or(PolicyCondition other) {
    Objects.requireNonNull(other, "other");
    return new PolicyCondition("(" + description + " or " + other.description + ")", s -> test.test(s) || other.test.test(s),
        s -> why.apply(s) + ", and " + other.why.apply(s));
  }

  /**
   * The opposite of this condition.
   *
   * @return the condition, never null
   */
  public PolicyCondition negate() {
    return new PolicyCondition("not " + description, s -> !test.test(s), s -> "the request matches " + description);
  }

  /**
   * Whether a subject matches.
   *
   * @param subject the subject
   * @return true if it matches
   */
  public boolean matches(SlaSubject subject) {
    Objects.requireNonNull(subject, "subject");
    return test.test(subject);
  }

  /**
   * Why a subject does not match.
   *
   * @param subject the subject
   * @return the reason, or empty if it matches
   */
  public Optional<String> mismatch(SlaSubject subject) {
    Objects.requireNonNull(subject, "subject");
    return test.test(subject) ? Optional.empty() : Optional.of(why.apply(subject));
  }

  /**
   * The condition in words, such as {@code "kind INCIDENT and priority P1"}.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description;
  }

  private static <T> List<T> nonEmpty(T[] values, String field) {
    Objects.requireNonNull(values, field);
    List<T> list = List.of(values);
    Checks.check(!list.isEmpty(), field, list, "must hold at least one value");
    return list;
  }

  private static String names(Set<?> values) {
    return values.stream().map(String::valueOf).sorted().reduce((a, b) -> a + " or " + b).orElse("");
  }

  private static String article(RequestKind kind) {
    return kind == RequestKind.INCIDENT ? "an" : "a";
  }
}
