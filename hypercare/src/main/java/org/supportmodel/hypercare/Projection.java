package org.supportmodel.hypercare;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * The earliest date at which a criterion could pass, and on what that rests: the trend of its
 * weekly figures, a planned date, or nothing (then the date is empty and the basis says why).
 *
 * @param earliest the earliest date, or empty if it cannot be projected
 * @param basis what the projection rests on, in words
 */
public record Projection(Optional<LocalDate> earliest, String basis) {
  /**
   * Checks the basis.
   *
   * @throws IllegalArgumentException if it is blank
   */
  public Projection {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(basis, "basis");
    Checks.text(basis, "basis");
  }

  /**
   * A projected date.
   *
   * @param date the earliest date
   * @param basis what it rests on
   * @return the projection, never null
   */
  public static Projection on(LocalDate date, String basis) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(basis, "basis");
    return new Projection(Optional.of(date), basis);
  }

  /**
   * No projection.
   *
   * @param reason why
   * @return the projection, never null
   */
  public static Projection unknown(String reason) {
    Objects.requireNonNull(reason, "reason");
    return new Projection(Optional.empty(), reason);
  }
}
