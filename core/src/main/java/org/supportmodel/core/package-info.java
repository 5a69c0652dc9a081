/**
 * The shared vocabulary of supportmodel.
 *
 * <ul>
 *   <li>{@link org.supportmodel.core.Priority} P1 to P4, derived from {@link
 *       org.supportmodel.core.Impact} and {@link org.supportmodel.core.Urgency} by a {@link
 *       org.supportmodel.core.PriorityMatrix} (ITIL by default, configurable);
 *   <li>{@link org.supportmodel.core.SupportLevel} 1 to 5 and the three {@link
 *       org.supportmodel.core.SupportModel}s;
 *   <li>who works on a request: {@link org.supportmodel.core.AuthorityKind} and the named {@link
 *       org.supportmodel.core.ResolvingAuthority};
 *   <li>where a problem can live: {@link org.supportmodel.core.ProblemLayer};
 *   <li>the business side: {@link org.supportmodel.core.BusinessProcess} with its {@link
 *       org.supportmodel.core.Criticality};
 *   <li>a request's identity: {@link org.supportmodel.core.RequestId}, the internal helpdesk's
 *       reference, and the {@link org.supportmodel.core.ReferenceTrail} of its references in other
 *       helpdesks.
 * </ul>
 *
 * <p>Every type is immutable and thread-safe; factories validate their input and throw {@link
 * java.lang.IllegalArgumentException} with a message that names the field, the value and the
 * rule. No method returns null. Enum constants parse from text with {@code parse}, which names
 * the accepted values when the text is unknown.
 */
@NullMarked
package org.supportmodel.core;

import org.jspecify.annotations.NullMarked;
