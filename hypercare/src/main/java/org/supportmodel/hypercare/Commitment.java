package org.supportmodel.hypercare;

import java.time.LocalDate;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * What the project team or the partner commits to during hypercare, so that the support team gets
 * reliable help while the project moves on to its next phase.
 *
 * @param party who commits, such as "Project team" or "Partner Fabrikam"
 * @param commitment what, such as "two functional consultants on call for P1 and P2"
 * @param from the first day
 * @param until the last day
 */
public record Commitment(String party, String commitment, LocalDate from, LocalDate until) {
  /**
   * Checks the text and the dates.
   *
   * @throws IllegalArgumentException if a text is blank or {@code until} is before {@code from}
   */
  public Commitment {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Checks.text(party, "party");
    Checks.text(commitment, "commitment");
    Checks.check(!until.isBefore(from), "until", until, "must not be before from " + from);
  }

  /**
   * Whether the commitment holds on a date.
   *
   * @param date the date
   * @return true from {@code from} to {@code until}, both included
   */
  public boolean holdsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(from) && !date.isAfter(until);
  }
}
