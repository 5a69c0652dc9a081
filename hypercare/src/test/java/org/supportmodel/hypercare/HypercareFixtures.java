package org.supportmodel.hypercare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.SlaOutcome;

/** A plan going live on Monday 2026-05-04 in Berlin, and helpers to build records. */
final class HypercareFixtures {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final LocalDate GO_LIVE = LocalDate.of(2026, 5, 4);
  static final BusinessProcess ORDER_TO_CASH = BusinessProcess.of("O2C", "Order to cash", Criticality.CRITICAL);
  static final BusinessProcess PROCURE_TO_PAY = BusinessProcess.of("P2P", "Procure to pay", Criticality.HIGH);

  private HypercareFixtures() {}

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  /** A plan with nothing but the dates and the given criteria. */
  static HypercarePlan.Builder bare(ExitCriterion... criteria) {
    HypercarePlan.Builder builder = HypercarePlan.builder();
    builder.name("Contoso wave 1").zone(BERLIN).goLive(GO_LIVE).plannedEnd(GO_LIVE.plusWeeks(8)).addCriteria(criteria);
    return builder;
  }

  /** An incident opened at a local time, resolved some hours later by the helpdesk, or open if hours is negative. */
  static RequestRecord request(String id, Priority priority, String opened, int hours) {
    RequestRecord record = RequestRecord.opened(id, priority, at(opened));
    return hours < 0
        ? record
        : record.resolvedAt(at(opened).plusSeconds(3600L * hours), AuthorityKind.INTERNAL_HELPDESK).withHypercareResources(false);
  }

  /**
   * Fourteen P2 incidents decided on Wednesday of week 3 (INC-103 missed, the others met) and a P1
   * opened on its Monday and still open: a mutable list, to add to.
   */
  static List<RequestRecord> thirteenOfFourteenMetAndAnOpenP1() {
    List<RequestRecord> records = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      records.add(slaOutcome("INC-" + (100 + i), i != 3, "2026-05-20T10:00"));
    }
    records.add(request("P1-OPEN", Priority.P1, "2026-05-18T09:00", -1));
    return records;
  }

  /**
   * A P2 incident whose resolution target was met or missed at a local time: met means resolved
   * then, on time; missed means due then and resolved an hour later.
   */
  static RequestRecord slaOutcome(String id, boolean met, String decided) {
    Instant at = at(decided);
    Instant resolved = met ? at : at.plusSeconds(3600);
    return RequestRecord.opened(id, Priority.P2, at.minusSeconds(3600))
        .resolvedAt(resolved, AuthorityKind.INTERNAL_HELPDESK)
        .withHypercareResources(false)
        .withSla(met
            ? SlaOutcome.met("RESOLUTION", Priority.P2, at.plusSeconds(3600), at, BERLIN)
            : SlaOutcome.metLate("RESOLUTION", Priority.P2, at, resolved, BERLIN));
  }
}
