package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.SupportLevel;

class AuthorityDirectoryTest {
  private static final AuthorityDirectory DIRECTORY =
      AuthorityDirectory.builder()
          .add("Service Desk", Fixtures.HELPDESK, SupportLevel.LEVEL_2)
          .add("Group 70", Fixtures.FABRIKAM, SupportLevel.LEVEL_3)
          .add("Group 24", Fixtures.INTERNAL_IT, SupportLevel.LEVEL_4)
          .build();

  @Test
  void groupsMatchIgnoringCaseAndSurroundingSpace() {
    assertEquals(Optional.of(Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_3)), DIRECTORY.find(" group 70 "));
    assertEquals(Optional.empty(), DIRECTORY.find("Group 7"));
    assertEquals(java.util.Set.of("Service Desk", "Group 70", "Group 24"), DIRECTORY.groups());
  }

  @Test
  void aPathOfKnownGroupsGivesHopsReassignmentsAndBounces() {
    AuthorityDirectory.DirectoryPath path = DIRECTORY.path(List.of("Service Desk", "Group 70", "Service Desk", "Group 24"));
    assertTrue(path.complete());
    assertEquals(4, path.hops().size());
    Reassignments r = path.reassignments().orElseThrow();
    assertEquals(3, r.count());
    assertEquals(List.of(new Bounce(Fixtures.HELPDESK, 0, 2)), r.bounces());
  }

  @Test
  void unmappedGroupsAreReportedNotGuessed() {
    AuthorityDirectory.DirectoryPath path = DIRECTORY.path(List.of("Service Desk", "Group 99", "Group 70", "Group 99", "Group 5"));
    assertFalse(path.complete());
    assertEquals(List.of("Group 99", "Group 5"), path.unmapped());
    assertEquals(List.of(), path.hops());
    assertEquals(Optional.empty(), path.reassignments());
  }

  @Test
  void aNameMappedTwiceIsRejected() {
    AuthorityDirectory.Builder builder = AuthorityDirectory.builder().add("Service Desk", Fixtures.HELPDESK, SupportLevel.LEVEL_2);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.add("SERVICE DESK ", Fixtures.FABRIKAM, SupportLevel.LEVEL_3));
    assertEquals("group: 'SERVICE DESK ' is already mapped (as 'Service Desk'); names match ignoring case", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AuthorityDirectory.builder().add(" ", Fixtures.HELPDESK, SupportLevel.LEVEL_2));
  }

  @Test
  void aDirectoryFromAMapEqualsTheBuiltOne() {
    AuthorityDirectory fromMap =
        AuthorityDirectory.of(
            Map.of(
                "Service Desk", Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2),
                "Group 70", Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_3),
                "Group 24", Hop.of(Fixtures.INTERNAL_IT, SupportLevel.LEVEL_4)));
    assertEquals(DIRECTORY, fromMap);
    assertEquals(DIRECTORY.hashCode(), fromMap.hashCode());
    assertTrue(DIRECTORY.toString().startsWith("AuthorityDirectory{"), DIRECTORY.toString());
  }
}
