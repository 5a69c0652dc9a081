/**
 * Operating support after go-live: the support scope register. Pure: values and functions, no
 * clock, no I/O.
 */
module org.supportmodel.operations {
  requires transitive org.supportmodel.core;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.supportmodel.operations;
}
