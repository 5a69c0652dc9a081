package org.supportmodel.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.supportmodel.core.internal.Checks;

/**
 * A dated window in which requests are more urgent than usual, such as a period end or a seasonal
 * peak: requests on its processes are raised by {@code uplift} levels while it lasts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name, such as {@code "quarter-end"}
 * @param first the first day, inclusive
 * @param last the last day, inclusive
 * @param uplift how many levels requests are raised, from 1
 * @param processes the processes concerned; empty for every process
 */
public record CriticalPeriod(String name, LocalDate first, LocalDate last, int uplift, Set<ProcessId> processes) {
  /**
   * Copies the set and checks the window.
   *
   * @throws IllegalArgumentException if the name is invalid, the last day before the first or the
   *     uplift not positive
   */
  public CriticalPeriod {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(processes, "processes");
    Checks.identifier(name, "name");
    Checks.check(!last.isBefore(first), "last", last, "must not be before the first day " + first);
    Checks.positive(uplift, "uplift");
    processes = Set.copyOf(processes);
  }

  /**
   * A window that raises every process by one level.
   *
   * @param name the name
   * @param first the first day
   * @param last the last day
   * @return the period, never null
   */
  public static CriticalPeriod of(String name, LocalDate first, LocalDate last) {
    return new CriticalPeriod(name, first, last, 1, Set.of());
  }

  /**
   * Whether the window covers a day and a process.
   *
   * @param day the local day
   * @param process the process, if known; a window limited to some processes covers no unknown one
   * @return true if it applies
   */
  public boolean covers(LocalDate day, java.util.Optional<ProcessId> process) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(process, "process");
    if (day.isBefore(first) || day.isAfter(last)) {
      return false;
    }
    return processes.isEmpty() || process.filter(processes::contains).isPresent();
  }
}
