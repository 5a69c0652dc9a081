package org.supportmodel.operations;

import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.internal.Checks;

/**
 * A change proposed for the production system outside a project ("Change management"): what kind
 * it is, whether it touches enterprise IT assets shared beyond Dynamics 365, and who prepares it.
 *
 * @param id the change's id
 * @param kind what kind of change
 * @param description what changes, in words
 * @param touchesSharedAssets whether it touches enterprise IT assets (Azure virtual machines,
 *     database copies between environments, IP allowlists), whose approval chain is enterprise IT's
 * @param preparedBy who builds and tests it, if known
 */
public record ProposedChange(String id, Kind kind, String description, boolean touchesSharedAssets, Optional<AuthorityKind> preparedBy) {
  /** The kinds of change the guidance names, and new requirements, which are not support's. */
  public enum Kind {
    /** New customers, suppliers, items as part of normal business operations. */
    CORE_DATA("core data change"),
    /** A system parameter, such as in response to a growing volume of data. */
    SYSTEM_PARAMETER("system parameter change"),
    /** Configuration, such as in response to regulatory changes. */
    CONFIGURATION("configuration change"),
    /** An approval process in the system, such as in response to an internal policy change. */
    APPROVAL_PROCESS("approval process change"),
    /** A bug fix in custom code. */
    BUG_FIX("bug fix"),
    /** An ISV's update of its solution. */
    ISV_UPDATE("ISV update"),
    /** A Microsoft service update. */
    MICROSOFT_UPDATE("Microsoft update"),
    /** A new or changed requirement: backlog work, not a support change. */
    NEW_REQUIREMENT("new requirement");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /**
     * The kind in words.
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }

  /** Checks the fields. */
  public ProposedChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(preparedBy, "preparedBy");
    Checks.identifier(id, "id");
    Checks.text(description, "description");
  }

  /**
   * A change with nothing shared touched and no one named to prepare it.
   *
   * @param id the id
   * @param kind the kind
   * @param description what changes
   * @return the change, never null
   */
  public static ProposedChange of(String id, Kind kind, String description) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    return new ProposedChange(id, kind, description, false, Optional.empty());
  }
}
