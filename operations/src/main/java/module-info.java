/**
 * Operating support after go-live: the support scope register and the servicing calendar. Pure: values and functions, no
 * clock, no I/O.
 */
module org.supportmodel.operations {
  requires transitive org.supportmodel.core;
  requires transitive org.supportmodel.sla;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.supportmodel.operations;
}
