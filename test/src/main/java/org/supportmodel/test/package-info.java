/**
 * A test kit for teams that call supportmodel from their own tests.
 *
 * <p>{@link org.supportmodel.test.TicketStory} tells a ticket's history the way a person does;
 * {@link org.supportmodel.test.SupportAssertions} asserts on every result with the library's own
 * reason in the failure message; {@link org.supportmodel.test.RoutingExpectations} checks a whole
 * table of routing expectations against a setup; {@link org.supportmodel.test.SupportGenerators}
 * and {@link org.supportmodel.test.SupportLaws} are QuickTheories generators and the laws an
 * integration can be held to; {@link org.supportmodel.test.Samples} is a sample organization to
 * start from.
 */
@NullMarked
package org.supportmodel.test;

import org.jspecify.annotations.NullMarked;
