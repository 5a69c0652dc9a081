/**
 * Operating support after go-live, as the guidance's "Transition to support" describes it: the
 * support scope register ({@link org.supportmodel.operations.SupportScope}), which answers "what,
 * what in detail, who, when and how" for every area of the solution, checks that every answer is
 * given and that the chosen support model can provide every "who", and renders the register as
 * the support charter's annex.
 */
@NullMarked
package org.supportmodel.operations;

import org.jspecify.annotations.NullMarked;
