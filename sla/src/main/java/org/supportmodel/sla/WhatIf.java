package org.supportmodel.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.SlaVerdict;

/**
 * A ticket's SLA under its own policy and under another, side by side, with what differs: the
 * "what if" of a policy change, computed without changing any result. See {@link
 * SlaEvaluation#whatIf}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actual the SLA under the policy in force
 * @param alternative the SLA under the other policy
 * @param differences each cycle whose verdict, state, breach or due instant differs, in cycle order
 */
public record WhatIf(TicketSla actual, TicketSla alternative, List<Difference> differences) {
  /**
   * How one cycle differs between the two policies.
   *
   * @param metric the metric
   * @param cycle the cycle number
   * @param actual the cycle under the policy in force, if it has one
   * @param alternative the cycle under the other policy, if it has one
   */
  public record Difference(SlaMetric metric, int cycle, Optional<MetricCycle> actual, Optional<MetricCycle> alternative) {
    /** Checks that nothing is null. */
    public Difference {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(actual, "actual");
      Objects.requireNonNull(alternative, "alternative");
    }

    /**
     * The verdicts, in words: {@code "MET -> MISSED"}.
     *
     * @return the change of verdict, never null
     */
    public String verdicts() {
      return actual.map(c -> c.verdict().name()).orElse("none") + " -> " + alternative.map(c -> c.verdict().name()).orElse("none");
    }
  }

  /**
   * Copies the list.
   */
  public WhatIf {
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(alternative, "alternative");
    Objects.requireNonNull(differences, "differences");
    differences = List.copyOf(differences);
  }

  /**
   * Compares two evaluations of the same ticket.
   *
   * @param actual the SLA under the policy in force
   * @param alternative the SLA under the other policy
   * @return the comparison, never null
   * @throws IllegalArgumentException if they are not of the same ticket as of the same instant
   */
  public static WhatIf of(TicketSla actual, TicketSla alternative) {
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(alternative, "alternative");
    org.supportmodel.core.internal.Checks.check(actual.requestId().equals(alternative.requestId()) && actual.asOf().equals(alternative.asOf()),
        "alternative", alternative.requestId() + " as of " + alternative.asOf(), "must be the same ticket as of the same instant as the actual one");
    List<Difference> differences = new ArrayList<>();
    for (SlaMetric metric : SlaMetric.values()) {
      List<MetricCycle> a = actual.cycles(metric);
      List<MetricCycle> b = alternative.cycles(metric);
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        Optional<MetricCycle> x = i < a.size() ? Optional.of(a.get(i)) : Optional.empty();
        Optional<MetricCycle> y = i < b.size() ? Optional.of(b.get(i)) : Optional.empty();
        if (x.isEmpty() || y.isEmpty() || differs(x.get(), y.get())) {
          differences.add(new Difference(metric, i + 1, x, y));
        }
      }
    }
    return new WhatIf(actual, alternative, differences);
  }

  private static boolean differs(MetricCycle x, MetricCycle y) {
    return x.state() != y.state() || !x.breachedAt().equals(y.breachedAt()) || !x.due().equals(y.due());
  }

  /**
   * The cycles met under the policy in force and missed under the other.
   *
   * @return the differences, never null
   */
  public List<Difference> newlyMissed() {
    return differences.stream().filter(d -> d.alternative().map(MetricCycle::verdict).orElse(SlaVerdict.OPEN) == SlaVerdict.MISSED
        && d.actual().map(MetricCycle::verdict).orElse(SlaVerdict.OPEN) != SlaVerdict.MISSED).toList();
  }

  /**
   * The cycles missed under the policy in force and not under the other.
   *
   * @return the differences, never null
   */
  public List<Difference> noLongerMissed() {
    return differences.stream().filter(d -> d.actual().map(MetricCycle::verdict).orElse(SlaVerdict.OPEN) == SlaVerdict.MISSED
        && d.alternative().map(MetricCycle::verdict).orElse(SlaVerdict.OPEN) != SlaVerdict.MISSED).toList();
  }
}
