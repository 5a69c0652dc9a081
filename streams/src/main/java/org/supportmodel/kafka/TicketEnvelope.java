package org.supportmodel.kafka;

import java.util.Objects;
import org.supportmodel.sla.TicketEvent;

/**
 * An input record's value: a ticket event and the tenant whose policy measures the ticket. The
 * record's key is the request id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenant the tenant or region, as {@link SlaStreamsConfig#tenants()} names it
 * @param event the event
 */
public record TicketEnvelope(String tenant, TicketEvent event) {
  /** Checks the tenant's name. */
  public TicketEnvelope {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(event, "event");
    if (tenant.isBlank() || !tenant.strip().equals(tenant)) {
      throw new IllegalArgumentException("tenant: '" + tenant + "' must be a name without surrounding white space");
    }
  }
}
