package org.supportmodel.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The support and servicing calendar laid out over a period: every occurrence in its own zone with
 * its owner, in time order, and every conflict, each once.
 *
 * @param from the first day
 * @param until the day after the last day
 * @param occurrences the occurrences, by start instant
 * @param conflicts the conflicts, in the order of their first occurrence
 */
public record ServicingPlan(LocalDate from, LocalDate until, List<Occurrence> occurrences, List<ServicingConflict> conflicts) {
  /** Copies the lists and checks that nothing is null. */
  public ServicingPlan {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(occurrences, "occurrences");
    Objects.requireNonNull(conflicts, "conflicts");
    occurrences = List.copyOf(occurrences);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * The conflicts of one kind.
   *
   * @param kind the kind
   * @return the conflicts, in order
   */
  public List<ServicingConflict> conflicts(ServicingConflict.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return conflicts.stream().filter(conflict -> conflict.kind() == kind).toList();
  }
}
