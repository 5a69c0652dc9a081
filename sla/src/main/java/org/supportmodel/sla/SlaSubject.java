package org.supportmodel.sla;

import java.util.Optional;
import org.immutables.value.Value;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestKind;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.core.internal.ValueStyle;

/**
 * What an SLA policy's condition looks at: the request's kind and priority, the business process
 * it touches, the Dynamics 365 app, the region and the customer contract. See {@link
 * SlaPolicies#select}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class SlaSubject implements WithSlaSubject {
  SlaSubject() {}

  /**
   * Starts a subject; kind and priority are required.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The kind of request.
   *
   * @return the kind
   */
  public abstract RequestKind kind();

  /**
   * The request's priority.
   *
   * @return the priority
   */
  public abstract Priority priority();

  /**
   * The business process the request touches, with its criticality.
   *
   * @return the process, if known
   */
  public abstract Optional<BusinessProcess> process();

  /**
   * The Dynamics 365 app, such as {@code "finance"} or {@code "sales"}.
   *
   * @return the app, if known
   */
  public abstract Optional<String> app();

  /**
   * The region, such as {@code "emea"}.
   *
   * @return the region, if known
   */
  public abstract Optional<String> region();

  /**
   * The customer contract, such as {@code "gold"}.
   *
   * @return the contract, if known
   */
  public abstract Optional<String> contract();

  @Value.Check
  void check() {
    app().ifPresent(a -> Checks.identifier(a, "app"));
    region().ifPresent(r -> Checks.identifier(r, "region"));
    contract().ifPresent(c -> Checks.identifier(c, "contract"));
  }

  /** Builds a subject. Not thread-safe. */
  public static final class Builder extends ImmutableSlaSubject.Builder {
    Builder() {}
  }
}
