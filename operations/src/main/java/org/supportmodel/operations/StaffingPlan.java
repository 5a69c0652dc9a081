package org.supportmodel.operations;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.internal.Checks;

/**
 * The staff a support team needs, per week, level and shift, the hours when coverage is thin, and
 * the assumptions behind the figures.
 *
 * @param rows the staff per week, level and shift
 * @param thinHours the hours when requests arrive and the level does not serve them
 * @param assumptions what the figures assume, in words
 */
public record StaffingPlan(List<Row> rows, List<ThinHour> thinHours, List<String> assumptions) {
  /**
   * The agents a level needs in a shift of a week: the most any hour of the shift needs.
   *
   * @param week the Monday of the week
   * @param level the level
   * @param shift the shift's name
   * @param agents the agents needed (shrinkage included)
   * @param busiest the hour that needs them, if any hour needs someone
   * @param arrivalsPerHour the requests arriving at the level in that hour
   */
  public record Row(LocalDate week, SupportLevel level, String shift, int agents, java.util.Optional<ZonedDateTime> busiest, double arrivalsPerHour) {
    /** Checks the fields. */
    public Row {
      Objects.requireNonNull(week, "week");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(shift, "shift");
      Objects.requireNonNull(busiest, "busiest");
      Checks.nonNegative(agents, "agents");
    }
  }

  /**
   * An hour when requests arrive at a level that does not serve them then.
   *
   * @param level the level
   * @param hour the hour
   * @param arrivals the requests arriving in it
   * @param why why coverage is thin
   */
  public record ThinHour(SupportLevel level, ZonedDateTime hour, double arrivals, String why) {
    /** Checks the fields. */
    public ThinHour {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(hour, "hour");
      Objects.requireNonNull(why, "why");
      Checks.text(why, "why");
    }
  }

  /** Copies the lists and checks that nothing is null. */
  public StaffingPlan {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(thinHours, "thinHours");
    Objects.requireNonNull(assumptions, "assumptions");
    rows = List.copyOf(rows);
    thinHours = List.copyOf(thinHours);
    assumptions = List.copyOf(assumptions);
  }

  /**
   * The most agents a level needs in any shift of any week.
   *
   * @param level the level
   * @return the agents, zero if the plan has no row for it
   */
  public int peak(SupportLevel level) {
    Objects.requireNonNull(level, "level");
    return rows.stream().filter(row -> row.level() == level).mapToInt(Row::agents).max().orElse(0);
  }
}
