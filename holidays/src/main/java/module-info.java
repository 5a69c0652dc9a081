/**
 * Public holidays for business calendars from the jollyday data set.
 */
module org.supportmodel.holidays {
  requires transitive org.supportmodel.sla;
  requires de.focus_shift.jollyday.core;
  requires static org.jspecify;

  exports org.supportmodel.holidays;
}
