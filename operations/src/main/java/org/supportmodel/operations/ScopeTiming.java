package org.supportmodel.operations;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * When an area's work is done: on a calendar ("monthly, first Sunday 02:00 Berlin") or on an event
 * ("on each Microsoft service update").
 *
 * @param kind on a calendar or on an event
 * @param description the calendar or the event
 */
public record ScopeTiming(Kind kind, String description) {
  /** Whether the work follows a calendar or an event. */
  public enum Kind {
    /** On a recurring calendar. */
    CALENDAR,
    /** When an event happens. */
    EVENT
  }

  /** Checks that nothing is null and that the description is text. */
  public ScopeTiming {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Checks.text(description, "description");
  }

  /**
   * On a calendar.
   *
   * @param calendar the calendar, such as "weekly, Sunday 02:00"
   * @return the timing, never null
   */
  public static ScopeTiming calendar(String calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return new ScopeTiming(Kind.CALENDAR, calendar);
  }

  /**
   * On an event.
   *
   * @param event the event, such as "on each Microsoft service update"
   * @return the timing, never null
   */
  public static ScopeTiming event(String event) {
    Objects.requireNonNull(event, "event");
    return new ScopeTiming(Kind.EVENT, event);
  }

  @Override
  public String toString() {
    return description;
  }
}
