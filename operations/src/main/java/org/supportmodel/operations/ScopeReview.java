package org.supportmodel.operations;

import java.util.List;
import java.util.Objects;

/**
 * The completeness check of a support scope register: every gap, in register order (areas without
 * a line last, in the order of {@link ScopeArea}).
 *
 * @param scope the register checked
 * @param gaps every gap, each once
 */
public record ScopeReview(SupportScope scope, List<ScopeGap> gaps) {
  /** Copies the gaps and checks that nothing is null. */
  public ScopeReview {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(gaps, "gaps");
    gaps = List.copyOf(gaps);
  }

  /**
   * Whether the register answers every question of every area with parties the model provides.
   *
   * @return true if there is no gap
   */
  public boolean complete() {
    return gaps.isEmpty();
  }

  /**
   * The gaps of one kind.
   *
   * @param kind the kind
   * @return the gaps, in order
   */
  public List<ScopeGap> gaps(ScopeGap.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return gaps.stream().filter(gap -> gap.kind() == kind).toList();
  }

  /**
   * The gaps of one line of the register.
   *
   * @param entry the line's position, from 0
   * @return the gaps, in order
   */
  public List<ScopeGap> gapsOf(int entry) {
    return gaps.stream().filter(gap -> gap.entry().isPresent() && gap.entry().getAsInt() == entry).toList();
  }
}
