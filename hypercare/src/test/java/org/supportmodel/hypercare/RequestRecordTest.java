package org.supportmodel.hypercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.hypercare.HypercareFixtures.at;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;

class RequestRecordTest {
  private static final Instant OPENED = at("2026-05-05T09:00");
  private static final Instant RESOLVED = at("2026-05-05T12:00");
  private static final Instant REOPENED = at("2026-05-06T09:00");
  private static final Instant RESOLVED_AGAIN = at("2026-05-07T09:00");

  private static RequestRecord twice() {
    return RequestRecord.opened("INC-1", Priority.P2, OPENED)
        .resolvedAt(RESOLVED, AuthorityKind.INTERNAL_HELPDESK)
        .reopenedAt(REOPENED)
        .resolvedAt(RESOLVED_AGAIN, AuthorityKind.PARTNER);
  }

  @Test
  void theResolutionInForceFollowsEveryResolutionAndReopen() {
    RequestRecord record = twice();
    assertEquals(Optional.empty(), record.resolutionAsOf(OPENED.plusSeconds(1)));
    assertEquals(Optional.empty(), record.resolutionAsOf(RESOLVED), "as of an instant means before it");
    assertEquals(Optional.of(RESOLVED), record.resolutionAsOf(RESOLVED.plusNanos(1)));
    assertEquals(Optional.empty(), record.resolutionAsOf(REOPENED.plusNanos(1)));
    assertEquals(Optional.of(RESOLVED_AGAIN), record.resolutionAsOf(RESOLVED_AGAIN.plusSeconds(60)));
    assertEquals(Optional.of(RESOLVED_AGAIN), record.lastResolution());
    assertEquals(Optional.of(AuthorityKind.PARTNER), record.resolvedBy(), "the last resolver");
  }

  @Test
  void aRequestExistsAndIsOpenFromItsOpeningOn() {
    RequestRecord record = twice();
    assertFalse(record.existsAt(OPENED));
    assertTrue(record.existsAt(OPENED.plusNanos(1)));
    assertTrue(record.openAt(REOPENED.plusSeconds(1)));
    assertFalse(record.openAt(RESOLVED.plusSeconds(1)));
    assertEquals(Optional.empty(), record.reopenedAt(RESOLVED_AGAIN.plusSeconds(60)).lastResolution());
  }

  @Test
  void outOfOrderHistoriesAreRefusedNamingTheField() {
    RequestRecord open = RequestRecord.opened("INC-1", Priority.P2, OPENED);
    assertEquals("resolutions[0]: '2026-05-05T06:00:00Z' must not be before 2026-05-05T07:00:00Z, when INC-1 was opened",
        assertThrows(IllegalArgumentException.class, () -> open.resolvedAt(at("2026-05-05T08:00"), AuthorityKind.PARTNER)).getMessage());
    assertEquals("at: '2026-05-05T07:00:00Z' reopens INC-1, which is not resolved",
        assertThrows(IllegalArgumentException.class, () -> open.reopenedAt(OPENED)).getMessage());
    RequestRecord resolved = open.resolvedAt(RESOLVED, AuthorityKind.PARTNER);
    assertEquals("at: '2026-05-05T11:00:00Z' resolves INC-1, which is already resolved: reopen it first",
        assertThrows(IllegalArgumentException.class, () -> resolved.resolvedAt(RESOLVED.plusSeconds(3600), AuthorityKind.PARTNER)).getMessage());
    assertEquals("reopens[0]: '2026-05-05T09:00:00Z' must not be before the resolution 2026-05-05T10:00:00Z of INC-1",
        assertThrows(IllegalArgumentException.class, () -> resolved.reopenedAt(at("2026-05-05T11:00"))).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new RequestRecord(open.id(), Priority.P2, RequestKind.INCIDENT, OPENED, List.of(), List.of(REOPENED),
            Optional.empty(), HypercareUse.UNKNOWN, Optional.empty(), List.of()));
  }

  @Test
  void theUseOfHypercareResourcesIsUnknownUntilRecorded() {
    RequestRecord record = RequestRecord.opened("INC-1", Priority.P2, OPENED);
    assertEquals(HypercareUse.UNKNOWN, record.hypercareResources());
    assertEquals(HypercareUse.USED, record.withHypercareResources(true).hypercareResources());
    assertEquals(HypercareUse.NOT_USED, record.withHypercareResources(false).hypercareResources());
  }
}
