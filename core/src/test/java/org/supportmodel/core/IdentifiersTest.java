package org.supportmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** RequestId, ProcessId, AuthorityId, ResolvingAuthority and BusinessProcess. */
class IdentifiersTest {

  private static String messageOf(Executable executable) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, executable).getMessage());
  }

  @Test
  void identifiersCompareByValue() {
    assertEquals(RequestId.of("INC-1"), RequestId.of("INC-1"));
    assertTrue(RequestId.of("INC-1").compareTo(RequestId.of("INC-2")) < 0);
    assertEquals("INC-1", RequestId.of("INC-1").toString());
  }

  @Test
  void badIdentifiersAreRejectedNamingFieldAndValue() {
    assertEquals("requestId: '' must not be empty", messageOf(() -> RequestId.of("")));
    assertEquals(
        "processId: ' o2c' must not start or end with white space", messageOf(() -> ProcessId.of(" o2c")));
    assertEquals(
        "authorityId: 'a\tb' must not contain control characters", messageOf(() -> AuthorityId.of("a\tb")));
    assertTrue(messageOf(() -> RequestId.of("x".repeat(129))).endsWith("must be at most 128 characters"));
  }

  @Test
  void namedAndUnnamedAuthorities() {
    ResolvingAuthority fabrikam = ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-fabrikam", "Fabrikam");
    assertEquals(AuthorityId.of("partner-fabrikam"), fabrikam.id());
    assertEquals("Fabrikam (PARTNER)", fabrikam.toString());
    ResolvingAuthority microsoft = ResolvingAuthority.of(AuthorityKind.MICROSOFT);
    assertEquals(AuthorityId.of("microsoft"), microsoft.id());
    assertEquals("Microsoft", microsoft.name());
    assertEquals("Internal Dynamics 365 team", ResolvingAuthority.of(AuthorityKind.INTERNAL_D365_TEAM).name());
    assertEquals(
        AuthorityId.of("center-of-excellence"), ResolvingAuthority.of(AuthorityKind.CENTER_OF_EXCELLENCE).id());
    assertEquals("name: ' ' must not be blank", messageOf(() -> ResolvingAuthority.of(AuthorityKind.ISV, "isv", " ")));
  }

  @Test
  void businessProcessNeedsAName() {
    BusinessProcess process = BusinessProcess.of("o2c", "Order to cash", Criticality.CRITICAL);
    assertEquals(ProcessId.of("o2c"), process.id());
    assertEquals("name: '' must not be blank", messageOf(() -> BusinessProcess.of("o2c", "", Criticality.LOW)));
  }
}
