package org.supportmodel.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.AuthorityId;

/** Detects requests that bounce between parties. */
public final class Bounces {
  private Bounces() {}

  /**
   * Checks a path for bouncing: a return to an authority the request had already left, or more
   * than {@code maxReassignments} changes of hands. A move between levels of the same authority
   * is not a reassignment.
   *
   * @param path the path, oldest first
   * @param maxReassignments how many changes of hands are allowed
   * @return the alert, or empty if the path does not bounce
   */
  public static Optional<BounceAlert> detect(List<Hop> path, int maxReassignments) {
    Objects.requireNonNull(path, "path");
    int reassignments = 0;
    List<String> returns = List.of();
    for (int i = 1; i < path.size(); i++) {
      AuthorityId to = path.get(i).authority().id();
      if (path.get(i - 1).authority().id().equals(to)) {
        continue; // a move between levels of the same authority
      }
      reassignments++;
      for (int j = 0; j < i - 1; j++) {
        if (path.get(j).authority().id().equals(to)) {
          // it was here before and then moved on: a return
          if (returns.isEmpty()) {
            returns = new ArrayList<>(2);
          }
          returns.add(path.get(i).authority().name());
          break;
        }
      }
    }
    if (returns.isEmpty() && reassignments <= maxReassignments) {
      return Optional.empty();
    }
    List<String> findings = new ArrayList<>(2);
    if (!returns.isEmpty()) {
      findings.add("returned to " + String.join(", ", returns) + " after leaving");
    }
    if (reassignments > maxReassignments) {
      findings.add("reassigned " + reassignments + " times, more than the " + maxReassignments + " allowed");
    }
    StringBuilder route = new StringBuilder();
    for (Hop hop : path) {
      route.append(route.length() == 0 ? "" : " → ").append(hop);
    }
    return Optional.of(
        new BounceAlert(path, reassignments, "bouncing: " + String.join("; ", findings) + " (path: " + route + ")"));
  }
}
