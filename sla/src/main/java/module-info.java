/**
 * Business calendars and SLA evaluation from a ticket's event history.
 */
module org.supportmodel.sla {
  requires transitive org.supportmodel.core;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.supportmodel.sla;
  exports org.supportmodel.sla.history;
}
