package org.supportmodel.hypercare;

/**
 * One exit criterion of hypercare. {@link ExitCriteria} has the guidance's defaults and the
 * criteria practitioners add; implement this interface for your own, and put it in the plan.
 *
 * <p>An implementation must be a pure function of the facts: the same facts give the same
 * result, whatever the order of the records. When there is nothing to measure, it reports {@link
 * CriterionStatus#NO_DATA}, never a pass.
 */
public interface ExitCriterion {
  /**
   * The criterion's identifier, unique in a plan.
   *
   * @return such as {@code sla-attainment}
   */
  String id();

  /**
   * The criterion in words, for the report.
   *
   * @return such as "Over 90 % of SLA targets met for P1 and P2 requests"
   */
  String description();

  /**
   * Evaluates the criterion.
   *
   * @param facts the plan, records, KPIs and instant of the evaluation
   * @return the result, with this criterion's id and description, never null
   */
  CriterionResult evaluate(HypercareFacts facts);
}
