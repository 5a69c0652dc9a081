package org.supportmodel.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.routing.AuthorityDirectory;
import org.supportmodel.routing.Bounce;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.Reassignments;
import org.supportmodel.sla.history.RepairMode;

class AuthorityDirectoriesTest {
  static final AuthorityDirectory DIRECTORY = AuthorityDirectories.read(CsvTableTest.FIXTURES.resolve("directory.csv"), StandardCharsets.UTF_8);

  @Test
  void groupsMapToAuthoritiesAndLevels() {
    assertEquals(Optional.of(Hop.of(ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-fabrikam", "Fabrikam"), SupportLevel.LEVEL_3)),
        DIRECTORY.find("group 70"));
    assertEquals(Optional.of(Hop.of(ResolvingAuthority.of(AuthorityKind.INTERNAL_IT), SupportLevel.LEVEL_4)), DIRECTORY.find("Group 24"));
    assertEquals(4, DIRECTORY.groups().size());
  }

  @Test
  void anExportsGroupsGiveReassignmentsBouncesAndUnmappedGroups() {
    String csv = """
        number,sys_updated_at,incident_state,priority,assignment_group
        INC1,1/3/2016 09:00,Active,3 - Moderate,Group 56
        INC1,1/3/2016 09:30,Active,3 - Moderate,Group 70
        INC1,1/3/2016 10:00,Active,3 - Moderate,Group 56
        INC2,1/3/2016 10:00,Active,3 - Moderate,Group 56
        INC2,1/3/2016 10:30,Active,3 - Moderate,Group 99
        """;
    ImportResult result = ExportReader.of(ExportFormats.serviceNowIncidents(java.time.ZoneId.of("UTC")), RepairMode.STRICT)
        .read(CsvTable.of("groups.csv", new StringReader(csv)));
    Reassignments inc1 = DIRECTORY.path(result.tickets().get(0).groups()).reassignments().orElseThrow();
    assertEquals(2, inc1.count());
    assertEquals(List.of(new Bounce(ResolvingAuthority.of(AuthorityKind.INTERNAL_HELPDESK), 0, 2)), inc1.bounces());
    assertEquals(List.of("Group 99"), DIRECTORY.path(result.tickets().get(1).groups()).unmapped());
  }

  @Test
  void aBadRowNamesItsLineAndColumn() {
    ImportException e = assertThrows(ImportException.class,
        () -> AuthorityDirectories.read(CsvTable.of("groups.csv", new StringReader("group,kind,level\nService Desk,HELPDESK,2\n"))));
    assertEquals("groups.csv:2: column kind: authorityKind: 'HELPDESK' is not one of [SUPER_USER, INTERNAL_HELPDESK, INTERNAL_D365_TEAM, "
        + "CENTER_OF_EXCELLENCE, INTERNAL_IT, PARTNER, ISV, MICROSOFT]", e.getMessage());
    ImportException twice = assertThrows(ImportException.class,
        () -> AuthorityDirectories.read(CsvTable.of("groups.csv", new StringReader("group,kind,level\nA,ISV,5\na,ISV,5\n"))));
    assertEquals("groups.csv:3: column group: group: 'a' is already mapped (as 'A'); names match ignoring case", twice.getMessage());
    ImportException level = assertThrows(ImportException.class,
        () -> AuthorityDirectories.read(CsvTable.of("groups.csv", new StringReader("kind,group\nISV,A\n"))));
    assertEquals("groups.csv:1: the header has no column 'level' (the support level, 1 to 5); it has [kind, group]", level.getMessage());
  }
}
