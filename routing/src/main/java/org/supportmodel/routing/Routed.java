package org.supportmodel.routing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.internal.Checks;

/**
 * A routing decision: the next resolving authority and level, the party that drives the request
 * to resolution, the intermediary it goes through if any, the rule that matched and why, the
 * alternatives considered, the terms of the hand-off, the Microsoft case details for level 5,
 * any bounce alert, and the path after the move.
 *
 * <p>When {@link #handOff()} is false the request stays where it is: the current holder
 * resolves it or diagnoses further.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requestId the request
 * @param next the next authority and level
 * @param handOff whether the request changes hands
 * @param driver the party that drives the request to resolution, whoever works on it: always
 *     {@link SupportSetup#driver()} (the partner in the fully outsourced model, the internal
 *     Dynamics 365 team otherwise), at every level; who holds the request now is {@link #next()}
 * @param via the party that raises the request with the next authority and talks to it (the
 *     partner for an ISV under the partner's contract, the CoE for Microsoft), if any
 * @param rule the rule that matched
 * @param reason why, in words
 * @param alternatives the other authorities considered, with why not
 * @param terms what data may go with the hand-off and who may deploy what
 * @param microsoftCase channel and severity when the next authority is Microsoft
 * @param bounce the bounce alert for the path after this move, if it bounces
 * @param path the path after this move, oldest first
 * @param ownRule the name of the organization's own rule that decided, if one did ({@code rule}
 *     is then {@link RoutingRule#OWN_RULE})
 * @param ownRulesNotMatched the own rules checked before the decision whose predicate did not
 *     hold, in the setup's order
 * @param deployment the fix's way to production, when the next authority fixes code
 * @param warnings what the reader must know although routing went ahead
 */
public record Routed(
    RequestId requestId,
    Hop next,
    boolean handOff,
    ResolvingAuthority driver,
    Optional<ResolvingAuthority> via,
    RoutingRule rule,
    String reason,
    List<Alternative> alternatives,
    HandOffTerms terms,
    Optional<MicrosoftCase> microsoftCase,
    Optional<BounceAlert> bounce,
    List<Hop> path,
    Optional<String> ownRule,
    List<String> ownRulesNotMatched,
    Optional<DeploymentPath> deployment,
    List<RoutingWarning> warnings)
    implements RoutingOutcome {

  /**
   * Checks and copies the lists.
   *
   * @throws IllegalArgumentException if the reason is blank, the path does not end at next, or
   *     the own rule and the rule disagree
   */
  public Routed {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(alternatives, "alternatives");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(microsoftCase, "microsoftCase");
    Objects.requireNonNull(bounce, "bounce");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(ownRule, "ownRule");
    Objects.requireNonNull(ownRulesNotMatched, "ownRulesNotMatched");
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(warnings, "warnings");
    Checks.text(reason, "reason");
    alternatives = List.copyOf(alternatives);
    path = List.copyOf(path);
    ownRulesNotMatched = List.copyOf(ownRulesNotMatched);
    warnings = List.copyOf(warnings);
    Checks.check(ownRule.isPresent() == (rule == RoutingRule.OWN_RULE), "ownRule", ownRule.orElse("none"),
        "must be named exactly when the rule is OWN_RULE, not " + rule);
    Checks.check(
        !path.isEmpty() && path.get(path.size() - 1).equals(next), "path", path, "must end at " + next);
  }

  /**
   * The decision in words, for people.
   *
   * @return the description, never null
   */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(requestId).append(": ");
    text.append(handOff ? "hand off to " : "stays with ").append(next);
    via.ifPresent(v -> text.append(" via ").append(v.name()));
    text.append("; driven by ").append(driver.name()).append('\n');
    text.append("  rule ").append(ownRule.map(name -> "own " + name).orElse(rule.name())).append(": ").append(reason)
        .append('\n');
    if (!ownRulesNotMatched.isEmpty()) {
      text.append("  own rules not matched: ").append(String.join(", ", ownRulesNotMatched)).append('\n');
    }
    microsoftCase.ifPresent(
        c -> text.append("  Microsoft: ").append(c.severity()).append(" through ").append(c.channel().label())
            .append(" (").append(c.severityReason()).append(")\n"));
    text.append("  terms: ").append(terms.describe()).append('\n');
    deployment.ifPresent(d -> d.steps().forEach(step -> text.append("  fix: ").append(step).append('\n')));
    alternatives.forEach(a -> text.append("  considered ").append(a).append('\n'));
    warnings.forEach(w -> text.append("  WARNING ").append(w).append('\n'));
    bounce.ifPresent(b -> text.append("  ALERT ").append(b.reason()).append('\n'));
    return text.toString();
  }
}
