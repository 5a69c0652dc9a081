package org.supportmodel.core.selection;

import java.util.Objects;
import org.supportmodel.core.SupportModel;

/**
 * Points for each of the three support models: one factor's contribution, or a total score.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fullyInternal points for {@link SupportModel#FULLY_INTERNAL}
 * @param mixed points for {@link SupportModel#MIXED}
 * @param fullyOutsourced points for {@link SupportModel#FULLY_OUTSOURCED}
 */
public record ModelPoints(int fullyInternal, int mixed, int fullyOutsourced) {
  /** No points for any model. */
  public static final ModelPoints ZERO = new ModelPoints(0, 0, 0);

  /**
   * Points for the three models.
   *
   * @param fullyInternal points for fully internal
   * @param mixed points for mixed
   * @param fullyOutsourced points for fully outsourced
   * @return the points, never null
   */
  public static ModelPoints of(int fullyInternal, int mixed, int fullyOutsourced) {
    return new ModelPoints(fullyInternal, mixed, fullyOutsourced);
  }

  /**
   * The points of one model.
   *
   * @param model the model
   * @return its points
   */
  public int of(SupportModel model) {
    Objects.requireNonNull(model, "model");
    return switch (model) {
      case FULLY_INTERNAL -> fullyInternal;
      case MIXED -> mixed;
      case FULLY_OUTSOURCED -> fullyOutsourced;
    };
  }

  /**
   * The sum of these points and the other's, model by model.
   *
   * @param other the other points
   * @return the sum, never null
   */
  public ModelPoints plus(ModelPoints other) {
    Objects.requireNonNull(other, "other");
    return new ModelPoints(
        fullyInternal + other.fullyInternal, mixed + other.mixed, fullyOutsourced + other.fullyOutsourced);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (SupportModel model : SupportModel.values()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      int points = of(model);
      text.append(model.label()).append(' ').append(points > 0 ? "+" : "").append(points);
    }
    return text.toString();
  }
}
