package org.supportmodel.operations;

import java.time.Duration;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * The Erlang C queueing model, the standard model for sizing a service desk: requests arrive at
 * random (Poisson) at a rate λ per hour, each takes an exponentially distributed handling time
 * with mean h, and waits in one queue for the first of N agents.
 *
 * <p>With traffic A = λ·h (in Erlangs), the probability that a request waits is
 *
 * <pre>
 *   C(N, A) = (A^N / N!) · N / (N − A)  /  ( Σ_{k=0}^{N−1} A^k / k!  +  (A^N / N!) · N / (N − A) )
 * </pre>
 *
 * for N &gt; A (with N ≤ A the queue grows without bound), and the share of requests picked up
 * within a time t is
 *
 * <pre>
 *   SL(N, A, t) = 1 − C(N, A) · e^{−(N − A) · t / h}.
 * </pre>
 *
 * <p>C is computed through the Erlang B recursion (B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)),
 * C = N·B / (N − A·(1 − B))), which stays exact where factorials would overflow.
 */
public final class ErlangC {
  /** More agents than this for one hour is not a support desk: the input is wrong. */
  static final int MAX_AGENTS = 10_000;

  private ErlangC() {}

  /**
   * The probability that a request waits.
   *
   * @param agents the agents, at least 1
   * @param traffic the traffic in Erlangs, zero or more
   * @return C(N, A), 1 when the agents cannot keep up (N ≤ A)
   */
  public static double probabilityOfWaiting(int agents, double traffic) {
    Checks.positive(agents, "agents");
    Checks.check(traffic >= 0 && Double.isFinite(traffic), "traffic", traffic, "must be a finite number of Erlangs, zero or more");
    if (agents <= traffic) {
      return 1.0;
    }
    double b = 1.0;
    for (int n = 1; n <= agents; n++) {
      b = traffic * b / (n + traffic * b);
    }
    return agents * b / (agents - traffic * (1 - b));
  }

  /**
   * The share of requests picked up within a time.
   *
   * @param agents the agents, at least 1
   * @param traffic the traffic in Erlangs
   * @param handlingTime the mean handling time, positive
   * @param within the time
   * @return SL(N, A, t), 0 when the agents cannot keep up
   */
  public static double serviceLevel(int agents, double traffic, Duration handlingTime, Duration within) {
    Objects.requireNonNull(handlingTime, "handlingTime");
    Objects.requireNonNull(within, "within");
    Checks.check(!handlingTime.isNegative() && !handlingTime.isZero(), "handlingTime", handlingTime, "must be positive");
    Checks.check(!within.isNegative(), "within", within, "must not be negative");
    if (agents <= traffic) {
      return 0.0;
    }
    double wait = probabilityOfWaiting(agents, traffic);
    return 1 - wait * Math.exp(-(agents - traffic) * within.toNanos() / (double) handlingTime.toNanos());
  }

  /**
   * The fewest agents that meet a service-level target.
   *
   * @param arrivalsPerHour the arrival rate λ, zero or more
   * @param handlingTime the mean handling time, positive
   * @param target the share to pick up within a time
   * @return the agents; 0 when nothing arrives
   * @throws IllegalArgumentException if more than {@value #MAX_AGENTS} would be needed
   */
  public static int agentsNeeded(double arrivalsPerHour, Duration handlingTime, ServiceTarget target) {
    Objects.requireNonNull(handlingTime, "handlingTime");
    Objects.requireNonNull(target, "target");
    Checks.check(arrivalsPerHour >= 0 && Double.isFinite(arrivalsPerHour), "arrivalsPerHour", arrivalsPerHour,
        "must be a finite rate, zero or more");
    if (arrivalsPerHour == 0) {
      return 0;
    }
    double traffic = arrivalsPerHour * handlingTime.toNanos() / 3.6e12;
    for (int agents = Math.max(1, (int) Math.floor(traffic) + 1); agents <= MAX_AGENTS; agents++) {
      if (serviceLevel(agents, traffic, handlingTime, target.within()) >= target.share()) {
        return agents;
      }
    }
    throw new IllegalArgumentException(Checks.message("arrivalsPerHour", arrivalsPerHour,
        "needs more than " + MAX_AGENTS + " agents at a handling time of " + handlingTime));
  }
}
