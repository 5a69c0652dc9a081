package org.supportmodel.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.SlaVerdict;
import org.supportmodel.core.internal.Checks;

/**
 * A ticket's customer SLA with who held the ticket when, and each party's own targets: {@link
 * PartyEvaluation#evaluate}. It answers "who was holding it when it broke".
 *
 * <p>The holdings follow each other without gap from the ticket's creation to its close (or the
 * instant of the evaluation), so the time held, split by party, adds up to the ticket's elapsed
 * time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sla the customer SLA, as {@link SlaEvaluation#evaluate} gives it
 * @param holdings who held the ticket, in order
 * @param cycles the per-party measurements, by start then agreement and metric
 */
public record PartySla(TicketSla sla, List<Holding> holdings, List<PartyCycle> cycles) {
  /** The holder of a ticket before its first assignment. */
  public static final String UNASSIGNED = "unassigned";

  /**
   * Copies the lists and checks that the holdings follow each other.
   *
   * @throws IllegalArgumentException if a holding does not start where the one before ends
   */
  public PartySla {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(holdings, "holdings");
    Objects.requireNonNull(cycles, "cycles");
    holdings = List.copyOf(holdings);
    cycles = List.copyOf(cycles);
    for (int i = 1; i < holdings.size(); i++) {
      if (!holdings.get(i).from().equals(holdings.get(i - 1).to())) {
        throw new IllegalArgumentException(Checks.message("holdings[" + i + "]", holdings.get(i).from(),
            "must start where the holding before ends, at " + holdings.get(i - 1).to()));
      }
    }
  }

  /**
   * The parties that held the ticket, in the order they first took it.
   *
   * @return the parties, never null
   */
  public Set<String> parties() {
    Set<String> parties = new LinkedHashSet<>();
    holdings.forEach(h -> parties.add(h.party()));
    return parties;
  }

  /**
   * How long a party held the ticket in all, by the wall clock.
   *
   * @param party the party
   * @return the time, zero if it never held it
   */
  public Duration heldTime(String party) {
    Objects.requireNonNull(party, "party");
    Duration sum = Duration.ZERO;
    for (Holding holding : holdings) {
      if (holding.party().equals(party)) {
        sum = sum.plus(holding.duration());
      }
    }
    return sum;
  }

  /**
   * The ticket's elapsed time: from its creation to its close or the instant of the evaluation.
   *
   * @return the time, the sum of every holding
   */
  public Duration elapsed() {
    return holdings.isEmpty() ? Duration.ZERO : Duration.between(holdings.get(0).from(), holdings.get(holdings.size() - 1).to());
  }

  /**
   * Who held the ticket at an instant: the holding that contains it (at a hand-over, the party
   * that took it).
   *
   * @param at the instant
   * @return the party, or empty outside the ticket's life as evaluated
   */
  public Optional<String> holderAt(Instant at) {
    Objects.requireNonNull(at, "at");
    for (int i = holdings.size() - 1; i >= 0; i--) {
      Holding holding = holdings.get(i);
      if (!at.isBefore(holding.from()) && (at.isBefore(holding.to()) || (i == holdings.size() - 1 && at.equals(holding.to())))) {
        return Optional.of(holding.party());
      }
    }
    return Optional.empty();
  }

  /**
   * The party targets missed, in order.
   *
   * @return the missed measurements, never null
   */
  public List<PartyCycle> missed() {
    return cycles.stream().filter(c -> c.verdict() == SlaVerdict.MISSED).toList();
  }

  /**
   * The breach report: for each customer target breached, who held the ticket then; then each
   * party target missed.
   *
   * @return one line per breach, never null
   */
  public List<String> breachReport() {
    List<String> lines = new ArrayList<>();
    for (MetricCycle cycle : sla.cycles()) {
      if (cycle.breachedAt().isPresent()) {
        Instant at = cycle.breachedAt().get();
        lines.add(cycle.metric() + " cycle " + cycle.cycle() + " (" + cycle.priority() + ", " + cycle.target() + ") breached at " + at
            + " while " + holderAt(at).orElse(UNASSIGNED) + " held the ticket");
      }
    }
    for (PartyCycle cycle : missed()) {
      lines.add(cycle.party() + " missed its " + cycle.metric() + " target of " + cycle.target() + " (" + cycle.agreement() + ", "
          + cycle.kind() + ") at " + cycle.breachedAt().orElseThrow() + ", holding " + cycle.holding());
    }
    return lines;
  }
}
