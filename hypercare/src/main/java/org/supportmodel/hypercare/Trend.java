package org.supportmodel.hypercare;

import java.util.OptionalLong;
import java.util.function.DoublePredicate;

/** A least-squares line through a few points, projected forward: the trend of weekly figures. */
final class Trend {
  private Trend() {}

  /**
   * The first x after {@code last}, in steps of one, at which the line through the points passes.
   *
   * @param xs the x values
   * @param ys the y values
   * @param passes whether a y value passes
   * @param last the last x measured
   * @param maxAhead how far ahead to look
   * @return the x, or empty if the line does not rise or does not pass within {@code maxAhead}
   */
  static OptionalLong firstPassing(double[] xs, double[] ys, DoublePredicate passes, long last, long maxAhead) {
    int n = xs.length;
    if (n < 2) {
      return OptionalLong.empty();
    }
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanX += xs[i] / n;
      meanY += ys[i] / n;
    }
    double covariance = 0;
    double variance = 0;
    for (int i = 0; i < n; i++) {
      covariance += (xs[i] - meanX) * (ys[i] - meanY);
      variance += (xs[i] - meanX) * (xs[i] - meanX);
    }
    if (variance == 0 || covariance <= 0) {
      return OptionalLong.empty();
    }
    double slope = covariance / variance;
    double intercept = meanY - slope * meanX;
    for (long x = last + 1; x <= last + maxAhead; x++) {
      if (passes.test(intercept + slope * x)) {
        return OptionalLong.of(x);
      }
    }
    return OptionalLong.empty();
  }
}
