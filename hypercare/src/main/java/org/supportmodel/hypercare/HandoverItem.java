package org.supportmodel.hypercare;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * Documentation or training the support team must receive from the project team or partner
 * during hypercare, and when the support team signed it off.
 *
 * @param id the item's identifier
 * @param kind documentation or training
 * @param description what is handed over
 * @param from who hands it over
 * @param due when it is planned
 * @param signedOffOn when the support team signed it off, if it has
 */
public record HandoverItem(
    String id, HandoverKind kind, String description, String from, LocalDate due, Optional<LocalDate> signedOffOn) {

  /**
   * Checks the text.
   *
   * @throws IllegalArgumentException if the id, description or giver is not valid
   */
  public HandoverItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(signedOffOn, "signedOffOn");
    Checks.identifier(id, "id");
    Checks.text(description, "description");
    Checks.text(from, "from");
  }

  /**
   * A handover item not yet signed off.
   *
   * @param id the identifier
   * @param kind documentation or training
   * @param description what
   * @param from who hands it over
   * @param due when it is planned
   * @return the item, never null
   */
  public static HandoverItem of(String id, HandoverKind kind, String description, String from, LocalDate due) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(due, "due");
    return new HandoverItem(id, kind, description, from, due, Optional.empty());
  }

  /**
   * The item, signed off on a date.
   *
   * @param date the date
   * @return a copy, never null
   */
  public HandoverItem signedOffOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new HandoverItem(id, kind, description, from, due, Optional.of(date));
  }

  /**
   * Whether the item was signed off on or before a date.
   *
   * @param date the date
   * @return true if signed off by then
   */
  public boolean signedOffBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return signedOffOn.isPresent() && !signedOffOn.get().isAfter(date);
  }
}
