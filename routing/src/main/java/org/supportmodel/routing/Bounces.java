package org.supportmodel.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.AuthorityId;

/** Detects requests that bounce between parties. */
public final class Bounces {
  /** Paths up to this many hops are analysed without a map. */
  private static final int SHORT_PATH = 16;

  private Bounces() {}

  /**
   * Counts the changes of hands along a path and finds every return to an authority the request
   * had already left (A → B → A). Linear in the length of the path.
   *
   * @param path the path, oldest first
   * @return the count and the bounces, never null
   */
  public static Reassignments analyse(List<Hop> path) {
    Objects.requireNonNull(path, "path");
    int count = 0;
    List<Bounce> bounces = new ArrayList<>(0);
    if (path.size() <= SHORT_PATH) {
      return analyseShort(path);
    }
    // where each authority was last seen before the current hop: a return is a change of hands
    // to an authority seen before the previous hop
    Map<AuthorityId, Integer> lastSeen = new HashMap<>();
    for (int i = 1; i < path.size(); i++) {
      Hop previous = Objects.requireNonNull(path.get(i - 1), "path element");
      Hop hop = Objects.requireNonNull(path.get(i), "path element");
      AuthorityId to = hop.authority().id();
      boolean changed = !previous.authority().id().equals(to);
      if (changed) {
        count++;
        Integer left = lastSeen.get(to);
        if (left != null) {
          bounces.add(new Bounce(hop.authority(), left, i));
        }
      }
      lastSeen.put(previous.authority().id(), i - 1);
    }
    return new Reassignments(count, bounces);
  }

  /**
   * The same analysis for a short path, looking back along it instead of keeping a map: routing
   * analyses every path it extends, and most are a handful of hops.
   */
  private static Reassignments analyseShort(List<Hop> path) {
    int count = 0;
    List<Bounce> bounces = new ArrayList<>(0);
    for (int i = 1; i < path.size(); i++) {
      Hop previous = Objects.requireNonNull(path.get(i - 1), "path element");
      Hop hop = Objects.requireNonNull(path.get(i), "path element");
      AuthorityId to = hop.authority().id();
      if (!previous.authority().id().equals(to)) {
        count++;
        for (int left = i - 2; left >= 0; left--) {
          if (path.get(left).authority().id().equals(to)) {
            bounces.add(new Bounce(hop.authority(), left, i));
            break;
          }
        }
      }
    }
    return new Reassignments(count, bounces);
  }

  /**
   * Checks a path for bouncing: a return to an authority the request had already left, or more
   * than {@code maxReassignments} changes of hands. A move between levels of the same authority
   * is not a reassignment. Linear in the length of the path.
   *
   * @param path the path, oldest first
   * @param maxReassignments how many changes of hands are allowed
   * @return the alert, or empty if the path does not bounce
   */
  public static Optional<BounceAlert> detect(List<Hop> path, int maxReassignments) {
    Objects.requireNonNull(path, "path");
    Reassignments reassignments = analyse(path);
    int count = reassignments.count();
    if (!reassignments.bounced() && count <= maxReassignments) {
      return Optional.empty();
    }
    List<String> findings = new ArrayList<>(2);
    if (reassignments.bounced()) {
      List<String> returns = new ArrayList<>(reassignments.bounces().size());
      reassignments.bounces().forEach(b -> returns.add(b.authority().name()));
      findings.add("returned to " + String.join(", ", returns) + " after leaving");
    }
    if (count > maxReassignments) {
      findings.add("reassigned " + count + " times, more than the " + maxReassignments + " allowed");
    }
    StringBuilder route = new StringBuilder();
    for (Hop hop : path) {
      route.append(route.length() == 0 ? "" : " → ").append(hop);
    }
    return Optional.of(new BounceAlert(path, count, "bouncing: " + String.join("; ", findings) + " (path: " + route + ")"));
  }
}
