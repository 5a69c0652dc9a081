package org.supportmodel.core;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.internal.Checks;

/**
 * A complete impact × urgency table that gives a request its {@link Priority}.
 *
 * <p>{@link #itilDefault()} is the common ITIL table:
 *
 * <pre>
 *                 urgency HIGH  MEDIUM  LOW
 *   impact HIGH           P1    P2      P3
 *   impact MEDIUM         P2    P3      P4
 *   impact LOW            P3    P4      P4
 * </pre>
 *
 * <p>A custom table must give every one of the nine cells a priority, and must be monotonic:
 * raising the impact or the urgency never lowers the priority. Both rules are checked when the
 * table is built, with a message that names the cell.
 *
 * <p>Immutable and thread-safe.
 */
public final class PriorityMatrix {
  private static final int SIZE = 3;
  private static final PriorityMatrix ITIL =
      builder()
          .set(Impact.HIGH, Urgency.HIGH, Priority.P1)
          .set(Impact.HIGH, Urgency.MEDIUM, Priority.P2)
          .set(Impact.HIGH, Urgency.LOW, Priority.P3)
          .set(Impact.MEDIUM, Urgency.HIGH, Priority.P2)
          .set(Impact.MEDIUM, Urgency.MEDIUM, Priority.P3)
          .set(Impact.MEDIUM, Urgency.LOW, Priority.P4)
          .set(Impact.LOW, Urgency.HIGH, Priority.P3)
          .set(Impact.LOW, Urgency.MEDIUM, Priority.P4)
          .set(Impact.LOW, Urgency.LOW, Priority.P4)
          .build();

  private final Priority[] cells;

  private PriorityMatrix(Priority[] cells) {
    this.cells = cells;
    for (Impact impact : Impact.values()) {
      for (Urgency urgency : Urgency.values()) {
        Priority here = cells[index(impact, urgency)];
        if (impact.ordinal() > 0) {
          Impact higher = Impact.values()[impact.ordinal() - 1];
          requireNotLower(cells[index(higher, urgency)], here, higher, urgency, impact, urgency);
        }
        if (urgency.ordinal() > 0) {
          Urgency higher = Urgency.values()[urgency.ordinal() - 1];
          requireNotLower(cells[index(impact, higher)], here, impact, higher, impact, urgency);
        }
      }
    }
  }

  private static void requireNotLower(
      Priority upper,
      Priority lower,
      Impact upperImpact,
      Urgency upperUrgency,
      Impact lowerImpact,
      Urgency lowerUrgency) {
    Checks.check(
        !lower.isHigherThan(upper),
        cellName(upperImpact, upperUrgency),
        upper,
        "must not be a lower priority than "
            + cellName(lowerImpact, lowerUrgency)
            + " ("
            + lower
            + "): raising impact or urgency never lowers the priority");
  }

  private static String cellName(Impact impact, Urgency urgency) {
    return "priorityMatrix[impact=" + impact + ", urgency=" + urgency + "]";
  }

  private static int index(Impact impact, Urgency urgency) {
    return impact.ordinal() * SIZE + urgency.ordinal();
  }

  /**
   * The ITIL default table shown in the class description.
   *
   * @return the table, never null
   */
  public static PriorityMatrix itilDefault() {
    return ITIL;
  }

  /**
   * Starts an empty table; {@link Builder#build()} requires all nine cells.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The priority of a request with the given impact and urgency.
   *
   * @param impact the impact
   * @param urgency the urgency
   * @return the priority, never null
   */
  public Priority priorityOf(Impact impact, Urgency urgency) {
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(urgency, "urgency");
    return cells[index(impact, urgency)];
  }

  /**
   * A copy of this table with one cell changed.
   *
   * @param impact the impact of the cell
   * @param urgency the urgency of the cell
   * @param priority the new priority of the cell
   * @return the new table, never null
   * @throws IllegalArgumentException if the change breaks monotonicity
   */
  public PriorityMatrix with(Impact impact, Urgency urgency, Priority priority) {
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(urgency, "urgency");
    Priority[] copy = cells.clone();
    copy[index(impact, urgency)] = Objects.requireNonNull(priority, "priority");
    return new PriorityMatrix(copy);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PriorityMatrix that && Arrays.equals(cells, that.cells);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(cells);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("PriorityMatrix{");
    for (Impact impact : Impact.values()) {
      text.append(impact).append('=');
      for (Urgency urgency : Urgency.values()) {
        text.append(urgency.ordinal() == 0 ? "[" : ", ").append(priorityOf(impact, urgency));
      }
      text.append(impact.ordinal() == SIZE - 1 ? "]" : "], ");
    }
    return text.append('}').toString();
  }

  /** Collects the nine cells of a table. Not thread-safe; use it on one thread and discard it. */
  public static final class Builder {
    private final @Nullable Priority[] cells = new Priority[SIZE * SIZE];

    private Builder() {}

    /**
     * Sets one cell.
     *
     * @param impact the impact of the cell
     * @param urgency the urgency of the cell
     * @param priority the priority of the cell
     * @return this builder
     * @throws IllegalArgumentException if the cell was already set
     */
    public Builder set(Impact impact, Urgency urgency, Priority priority) {
      Objects.requireNonNull(impact, "impact");
      Objects.requireNonNull(urgency, "urgency");
      Objects.requireNonNull(priority, "priority");
      int i = index(impact, urgency);
      Checks.check(cells[i] == null, cellName(impact, urgency), priority, "is set twice");
      cells[i] = priority;
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table, never null
     * @throws IllegalArgumentException if a cell is missing or the table is not monotonic
     */
    public PriorityMatrix build() {
      Priority[] complete = new Priority[cells.length];
      for (Impact impact : Impact.values()) {
        for (Urgency urgency : Urgency.values()) {
          Priority priority = cells[index(impact, urgency)];
          if (priority == null) {
            throw new IllegalArgumentException(
                cellName(impact, urgency) + ": is missing; every impact × urgency cell needs a priority");
          }
          complete[index(impact, urgency)] = priority;
        }
      }
      return new PriorityMatrix(complete);
    }
  }
}
