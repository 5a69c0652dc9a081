package org.supportmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceTrailTest {
  private static final ResolvingAuthority PARTNER =
      ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-fabrikam", "Fabrikam");
  private static final ResolvingAuthority MICROSOFT = ResolvingAuthority.of(AuthorityKind.MICROSOFT);

  @Test
  void theInternalReferenceStaysAndEachHandOffAddsOne() {
    ReferenceTrail start = ReferenceTrail.of(RequestId.of("INC-1001"));
    ReferenceTrail trail =
        start.plus(ExternalReference.of(PARTNER, "FAB-77")).plus(ExternalReference.of(MICROSOFT, "2611220040001"));

    assertEquals(RequestId.of("INC-1001"), trail.requestId());
    assertEquals(List.of(), start.externalReferences(), "plus returns a new trail");
    assertEquals(2, trail.externalReferences().size());
    assertEquals(Optional.of(ExternalReference.of(PARTNER, "FAB-77")), trail.latestReferenceOf(PARTNER.id()));
    assertEquals(Optional.empty(), start.latestReferenceOf(MICROSOFT.id()));
    assertEquals("INC-1001 → Fabrikam:FAB-77 → Microsoft:2611220040001", trail.toString());
  }

  @Test
  void theSameReferenceTwiceIsRejected() {
    ReferenceTrail trail = ReferenceTrail.of(RequestId.of("INC-1")).plus(ExternalReference.of(PARTNER, "FAB-1"));
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> trail.plus(ExternalReference.of(PARTNER, "FAB-1")));
    assertTrue(String.valueOf(error.getMessage()).startsWith("externalReferences: 'Fabrikam:FAB-1' is listed more than once"));
  }

  @Test
  void aReturnToTheSameAuthorityWithANewTicketIsKeptInOrder() {
    ReferenceTrail trail =
        ReferenceTrail.of(RequestId.of("INC-1"))
            .plus(ExternalReference.of(PARTNER, "FAB-1"))
            .plus(ExternalReference.of(MICROSOFT, "MS-1"))
            .plus(ExternalReference.of(PARTNER, "FAB-2"));
    assertEquals("FAB-2", trail.latestReferenceOf(PARTNER.id()).orElseThrow().reference());
  }

  @Test
  void aBlankReferenceIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> ExternalReference.of(PARTNER, ""));
  }
}
