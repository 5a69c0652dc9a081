package org.supportmodel.hypercare;

import java.util.Locale;
import org.supportmodel.core.internal.Checks;

/**
 * A threshold on a share: "over 90 %" (strict) or "at least 90 %".
 *
 * @param value the share, between 0 and 1
 * @param strict true for "over", false for "at least"
 */
public record Threshold(double value, boolean strict) {
  /**
   * Checks the share.
   *
   * @throws IllegalArgumentException if the value is not between 0 and 1
   */
  public Threshold {
    Checks.share(value, "threshold");
  }

  /**
   * A strict threshold: exactly the value does not pass.
   *
   * @param value the share, between 0 and 1
   * @return the threshold, never null
   */
  public static Threshold over(double value) {
    return new Threshold(value, true);
  }

  /**
   * An inclusive threshold: exactly the value passes.
   *
   * @param value the share, between 0 and 1
   * @return the threshold, never null
   */
  public static Threshold atLeast(double value) {
    return new Threshold(value, false);
  }

  /**
   * Whether a share passes.
   *
   * @param share the share
   * @return true if it is over (or at least) the value
   */
  public boolean passes(double share) {
    return strict ? share > value : share >= value;
  }

  @Override
  public String toString() {
    return (strict ? "> " : ">= ") + percent(value);
  }

  /**
   * A share as a percentage with one decimal.
   *
   * @param share the share
   * @return such as {@code 90.0 %}
   */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }
}
