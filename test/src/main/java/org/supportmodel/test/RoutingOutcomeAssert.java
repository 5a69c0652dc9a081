package org.supportmodel.test;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.routing.Routed;
import org.supportmodel.routing.RoutingOutcome;
import org.supportmodel.routing.RoutingRule;
import org.supportmodel.routing.RoutingWarning;
import org.supportmodel.routing.Unrouted;

/**
 * Assertions on a routing outcome, chained:
 * {@code assertThat(outcome).isRoutedTo(PARTNER).atLevel(4).drivenBy(INTERNAL_D365_TEAM).withRule(...)}.
 * A failure shows what was expected and the library's own account of the decision ({@link
 * Routed#describe()}: rule, reason, terms, alternatives, warnings) or why it was not routed.
 */
public final class RoutingOutcomeAssert extends AbstractAssert<RoutingOutcomeAssert, RoutingOutcome> {
  RoutingOutcomeAssert(@Nullable RoutingOutcome actual) {
    super(actual, RoutingOutcomeAssert.class);
  }

  private Routed routed(String expectation) {
    isNotNull();
    if (actual instanceof Unrouted unrouted) {
      throw failureWithActualExpected(actual, expectation, "%nExpecting %s%nbut %s was not routed (%s): %s",
          expectation, unrouted.requestId(), unrouted.uncovered(), unrouted.reason());
    }
    return (Routed) actual;
  }

  private RoutingOutcomeAssert check(boolean holds, String expectation, Object found) {
    if (!holds) {
      Routed routed = (Routed) actual;
      throw failureWithActualExpected(found, expectation, "%nExpecting %s%nbut found %s%nThe library's decision:%n%s",
          expectation, found, routed.describe().stripTrailing());
    }
    return this;
  }

  /**
   * The request is routed to an authority of this kind.
   *
   * @param kind the kind
   * @return this assertion
   */
  public RoutingOutcomeAssert isRoutedTo(AuthorityKind kind) {
    Objects.requireNonNull(kind, "kind");
    Routed routed = routed("routed to " + kind);
    return check(routed.next().authority().kind() == kind, "routed to " + kind, routed.next().authority());
  }

  /**
   * The request is routed to this authority.
   *
   * @param authority the authority
   * @return this assertion
   */
  public RoutingOutcomeAssert isRoutedTo(ResolvingAuthority authority) {
    Objects.requireNonNull(authority, "authority");
    Routed routed = routed("routed to " + authority);
    return check(routed.next().authority().equals(authority), "routed to " + authority, routed.next().authority());
  }

  /**
   * The next hop is at this level.
   *
   * @param level the level, 1 to 5
   * @return this assertion
   */
  public RoutingOutcomeAssert atLevel(int level) {
    Routed routed = routed("at level " + level);
    return check(routed.next().level() == SupportLevel.of(level), "at level " + level, routed.next());
  }

  /**
   * The request is driven to resolution by an authority of this kind.
   *
   * @param kind the kind
   * @return this assertion
   */
  public RoutingOutcomeAssert drivenBy(AuthorityKind kind) {
    Objects.requireNonNull(kind, "kind");
    Routed routed = routed("driven by " + kind);
    return check(routed.driver().kind() == kind, "driven by " + kind, routed.driver());
  }

  /**
   * This guidance rule decided.
   *
   * @param rule the rule
   * @return this assertion
   */
  public RoutingOutcomeAssert withRule(RoutingRule rule) {
    Objects.requireNonNull(rule, "rule");
    Routed routed = routed("rule " + rule);
    return check(routed.rule() == rule, "rule " + rule, routed.rule());
  }

  /**
   * The organization's own rule of this name decided.
   *
   * @param name the own rule's name
   * @return this assertion
   */
  public RoutingOutcomeAssert byOwnRule(String name) {
    Objects.requireNonNull(name, "name");
    Routed routed = routed("own rule " + name);
    return check(routed.ownRule().map(name::equals).orElse(false), "own rule " + name, routed.ownRule().orElse(routed.rule().name()));
  }

  /**
   * The request changes hands, or stays, as given.
   *
   * @param handOff whether it changes hands
   * @return this assertion
   */
  public RoutingOutcomeAssert handsOff(boolean handOff) {
    Routed routed = routed(handOff ? "a hand-off" : "no hand-off");
    return check(routed.handOff() == handOff, handOff ? "a hand-off" : "no hand-off", routed.handOff() ? "a hand-off" : "no hand-off");
  }

  /**
   * The outcome carries a warning of this kind.
   *
   * @param kind the kind of warning
   * @return this assertion
   */
  public RoutingOutcomeAssert warns(RoutingWarning.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    Routed routed = routed("a warning " + kind);
    return check(routed.warnings().stream().anyMatch(w -> w.kind() == kind), "a warning " + kind, routed.warnings());
  }

  /**
   * The outcome carries no warning.
   *
   * @return this assertion
   */
  public RoutingOutcomeAssert hasNoWarning() {
    Routed routed = routed("no warning");
    return check(routed.warnings().isEmpty(), "no warning", routed.warnings());
  }

  /**
   * The outcome carries the fix's way to production.
   *
   * @return this assertion
   */
  public RoutingOutcomeAssert hasDeploymentPath() {
    Routed routed = routed("a deployment path");
    return check(routed.deployment().isPresent(), "a deployment path", "none");
  }

  /**
   * The request is not routed, for this reason.
   *
   * @param uncovered the kind of case the rules do not cover
   * @return this assertion
   */
  public RoutingOutcomeAssert isUnrouted(Unrouted.Uncovered uncovered) {
    Objects.requireNonNull(uncovered, "uncovered");
    isNotNull();
    if (actual instanceof Routed routed) {
      throw failureWithActualExpected(routed.next(), "unrouted " + uncovered, "%nExpecting unrouted (%s)%nbut it was routed:%n%s",
          uncovered, routed.describe().stripTrailing());
    }
    Unrouted unrouted = (Unrouted) actual;
    if (unrouted.uncovered() != uncovered) {
      throw failureWithActualExpected(unrouted.uncovered(), uncovered, "%nExpecting unrouted (%s)%nbut it was unrouted (%s): %s",
          uncovered, unrouted.uncovered(), unrouted.reason());
    }
    return this;
  }
}
