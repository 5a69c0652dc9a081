/**
 * Hypercare: the plan and the decision to end it.
 *
 * <p>A {@link org.supportmodel.hypercare.HypercarePlan} holds the go-live and planned end dates,
 * the key business processes with their target efficiency, action items, the project team's and
 * partner's commitments, handover items and the {@link org.supportmodel.hypercare.ExitCriterion
 * exit criteria} ({@link org.supportmodel.hypercare.ExitCriteria#defaults() the guidance's
 * defaults} or your own). {@link org.supportmodel.hypercare.HypercareEvaluation#assess} evaluates
 * them as a pure function of the plan, the {@link org.supportmodel.hypercare.RequestRecord request
 * records}, the {@link org.supportmodel.hypercare.ProcessKpi process KPIs} and an instant, into an
 * {@link org.supportmodel.hypercare.ExitAssessment}: per criterion the measured value, the
 * threshold, pass, fail or no data, the evidence and what would make it pass; overall exit or
 * extend, and the earliest date the trend lets every criterion pass. {@link
 * org.supportmodel.hypercare.HypercareReport} renders it as plain text or Markdown.
 */
@NullMarked
package org.supportmodel.hypercare;

import org.jspecify.annotations.NullMarked;
