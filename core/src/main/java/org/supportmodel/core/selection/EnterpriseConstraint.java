package org.supportmodel.core.selection;

import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.internal.Checks;

/**
 * A rule set above the project, such as a group-wide outsourcing policy or a commercial
 * agreement in force. A constraint beats any score.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what the constraint demands
 * @param source where it comes from, for people (a policy name, a contract number)
 */
public record EnterpriseConstraint(Kind kind, String source) {

  /** What an enterprise constraint demands. */
  public enum Kind {
    /** Support must be outsourced: forces {@link SupportModel#FULLY_OUTSOURCED}. */
    OUTSOURCING_MANDATED,
    /**
     * Support must stay internal (for example no external party may see business data): forces
     * {@link SupportModel#FULLY_INTERNAL}.
     */
    INTERNAL_SUPPORT_MANDATED,
    /** A support agreement with a partner is in force and must be used: rules out fully internal. */
    PARTNER_AGREEMENT_IN_FORCE;

    /**
     * Parses a constant name, ignoring case; spaces and hyphens read as underscores.
     *
     * @param text the text
     * @return the kind, never null
     * @throws IllegalArgumentException naming the text if it is not a kind
     */
    public static Kind parse(String text) {
      Objects.requireNonNull(text, "text");
      return Checks.parseEnum(Kind.class, text, "constraint");
    }
  }

  /**
   * Checks the constraint.
   *
   * @throws IllegalArgumentException if the source is blank
   */
  public EnterpriseConstraint {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Checks.text(source, "source");
  }

  /**
   * A constraint.
   *
   * @param kind what it demands
   * @param source where it comes from
   * @return the constraint, never null
   */
  public static EnterpriseConstraint of(Kind kind, String source) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    return new EnterpriseConstraint(kind, source);
  }

  /**
   * The model this constraint forces, if it forces one.
   *
   * @return the forced model, or empty if the constraint only rules a model out
   */
  public Optional<SupportModel> forcedModel() {
    return switch (kind) {
      case OUTSOURCING_MANDATED -> Optional.of(SupportModel.FULLY_OUTSOURCED);
      case INTERNAL_SUPPORT_MANDATED -> Optional.of(SupportModel.FULLY_INTERNAL);
      case PARTNER_AGREEMENT_IN_FORCE -> Optional.empty();
    };
  }

  /**
   * Whether this constraint rules the given model out.
   *
   * @param model the model
   * @return true if the model is not allowed under this constraint
   */
  public boolean excludes(SupportModel model) {
    Objects.requireNonNull(model, "model");
    return switch (kind) {
      case OUTSOURCING_MANDATED -> model != SupportModel.FULLY_OUTSOURCED;
      case INTERNAL_SUPPORT_MANDATED -> model != SupportModel.FULLY_INTERNAL;
      case PARTNER_AGREEMENT_IN_FORCE -> model == SupportModel.FULLY_INTERNAL;
    };
  }

  @Override
  public String toString() {
    return kind + " (" + source + ")";
  }
}
