package org.supportmodel.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    Set<AuthorityId> left = new HashSet<>();
    List<String> returns = new ArrayList<>();
    int reassignments = 0;
    for (int i = 1; i < path.size(); i++) {
      AuthorityId from = path.get(i - 1).authority().id();
      AuthorityId to = path.get(i).authority().id();
      if (!from.equals(to)) {
        reassignments++;
        left.add(from);
        if (left.contains(to)) {
          returns.add(path.get(i).authority().name());
        }
      }
    }
    List<String> findings = new ArrayList<>();
    if (!returns.isEmpty()) {
      findings.add("returned to " + String.join(", ", returns) + " after leaving");
    }
    if (reassignments > maxReassignments) {
      findings.add("reassigned " + reassignments + " times, more than the " + maxReassignments + " allowed");
    }
    if (findings.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder route = new StringBuilder();
    for (Hop hop : path) {
      route.append(route.length() == 0 ? "" : " → ").append(hop);
    }
    return Optional.of(
        new BounceAlert(path, reassignments, "bouncing: " + String.join("; ", findings) + " (path: " + route + ")"));
  }
}
