package org.supportmodel.jackson;

import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketSla;
import tools.jackson.databind.module.SimpleModule;

/**
 * supportmodel's JSON, as a Jackson 3 module that users register, as the {@code jackson-datatype-*}
 * modules are: {@code JsonMapper.builder().addModule(new SupportmodelModule()).build()}.
 *
 * <p>It reads and writes ticket events, SLA policies and business calendars, and writes ticket SLAs. Instants are ISO-8601 with an
 * offset ({@code "2026-03-02T09:00:00Z"}), durations ISO-8601 ({@code "PT8H"}), enums by name,
 * field names in camel case; empty optional values are left out. Reading validates exactly as the
 * library's factories do; an unknown field is an error, and an error names the JSON path and the
 * rule, such as {@code "$[1].priority: 'P9' is not one of [P1, P2, P3, P4]"}.
 */
public final class SupportmodelModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with every serializer and deserializer registered. */
  public SupportmodelModule() {
    super("supportmodel");
    addSerializer(TicketEvent.class, new TicketEventJson.Writer());
    addDeserializer(TicketEvent.class, new TicketEventJson.Reader());
    addSerializer(TicketSla.class, new TicketSlaJson.Writer());
    addSerializer(SlaPolicy.class, new SlaPolicyJson.Writer());
    addSerializer(BusinessCalendar.class, new CalendarJson.Writer());
    addDeserializer(BusinessCalendar.class, new CalendarJson.Reader());
    addDeserializer(SlaPolicy.class, new SlaPolicyJson.Reader());
  }
}
