/**
 * The shared vocabulary of supportmodel and explainable support-model selection.
 *
 * <p>{@code org.supportmodel.core} holds the value types every other module speaks in;
 * {@code org.supportmodel.core.selection} recommends a support model for an organization.
 */
module org.supportmodel.core {
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.supportmodel.core;
  exports org.supportmodel.core.selection;
  // Project-internal: the Immutables style and argument checks shared by the library modules.
  exports org.supportmodel.core.internal to
      org.supportmodel.routing,
      org.supportmodel.sla,
      org.supportmodel.hypercare,
      org.supportmodel.operations,
      org.supportmodel.holidays,
      org.supportmodel.connectors,
      org.supportmodel.jackson;
}
