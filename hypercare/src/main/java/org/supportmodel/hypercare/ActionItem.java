package org.supportmodel.hypercare;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.internal.Checks;

/**
 * An item of the hypercare action plan: what, who, by when; optionally the request it answers
 * (an open P1 needs an accepted action plan) or the exit criterion it works towards (the
 * guidance's "action plan to meet the exit criteria"), and when it was accepted and done.
 *
 * <p>An item is an accepted plan for its request on a date when it was accepted by then and is
 * either done or not yet overdue. Immutable; the {@code with} methods return copies.
 *
 * @param id the item's identifier
 * @param description what is to be done
 * @param owner who owns it
 * @param due the due date
 * @param request the request it answers, if any
 * @param criterion the id of the exit criterion it works towards, if any
 * @param acceptedOn when the plan was accepted, if it was
 * @param doneOn when it was done, if it was
 */
public record ActionItem(
    String id,
    String description,
    String owner,
    LocalDate due,
    Optional<RequestId> request,
    Optional<String> criterion,
    Optional<LocalDate> acceptedOn,
    Optional<LocalDate> doneOn) {

  /**
   * Checks the text.
   *
   * @throws IllegalArgumentException if the id, description or owner is not valid, or the item
   *     was accepted after it was done
   */
  public ActionItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    Objects.requireNonNull(doneOn, "doneOn");
    Checks.identifier(id, "id");
    Checks.text(description, "description");
    Checks.text(owner, "owner");
    criterion.ifPresent(c -> Checks.identifier(c, "criterion"));
    if (acceptedOn.isPresent() && doneOn.isPresent()) {
      Checks.check(
          !acceptedOn.get().isAfter(doneOn.get()), "acceptedOn", acceptedOn.get(), "must not be after doneOn " + doneOn.get() + " of " + id);
    }
  }

  /**
   * A new item, not yet accepted.
   *
   * @param id the identifier
   * @param description what
   * @param owner who
   * @param due by when
   * @return the item, never null
   */
  public static ActionItem of(String id, String description, String owner, LocalDate due) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(due, "due");
    return new ActionItem(id, description, owner, due, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The item as the action plan of a request.
   *
   * @param requestId the request
   * @return a copy, never null
   */
  public ActionItem forRequest(RequestId requestId) {
    Objects.requireNonNull(requestId, "requestId");
    return new ActionItem(id, description, owner, due, Optional.of(requestId), criterion, acceptedOn, doneOn);
  }

  /**
   * The item as part of the action plan to meet an exit criterion.
   *
   * @param criterionId the criterion's id, one of the plan's criteria
   * @return a copy, never null
   */
  public ActionItem forCriterion(String criterionId) {
    Objects.requireNonNull(criterionId, "criterionId");
    return new ActionItem(id, description, owner, due, request, Optional.of(criterionId), acceptedOn, doneOn);
  }

  /**
   * The item, accepted on a date.
   *
   * @param date the date
   * @return a copy, never null
   */
  public ActionItem acceptedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new ActionItem(id, description, owner, due, request, criterion, Optional.of(date), doneOn);
  }

  /**
   * The item, done on a date.
   *
   * @param date the date
   * @return a copy, never null
   */
  public ActionItem doneOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new ActionItem(id, description, owner, due, request, criterion, acceptedOn, Optional.of(date));
  }

  /**
   * Whether the item is done by a date.
   *
   * @param date the date
   * @return true if done on or before it
   */
  public boolean doneBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return doneOn.isPresent() && !doneOn.get().isAfter(date);
  }

  /**
   * Whether the item is overdue on a date: past its due date and not done.
   *
   * @param date the date
   * @return true if overdue
   */
  public boolean overdueOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.isAfter(due) && !doneBy(date);
  }

  /**
   * Whether the item is an acceptable plan on a date: accepted by then, and done or not overdue.
   *
   * @param date the date
   * @return true if acceptable
   */
  public boolean acceptableOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return acceptedOn.isPresent() && !acceptedOn.get().isAfter(date) && !overdueOn(date);
  }
}
