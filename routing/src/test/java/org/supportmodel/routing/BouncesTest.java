package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;

/** Reassignment counts and bounces as data, and their laws against a plain quadratic reading. */
class BouncesTest {
  private static final Hop SU = Hop.of(Fixtures.SUPER_USER, SupportLevel.LEVEL_1);
  private static final Hop HD = Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2);
  private static final Hop PARTNER = Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_3);
  private static final Hop PARTNER_4 = Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_4);
  private static final Hop IT = Hop.of(Fixtures.INTERNAL_IT, SupportLevel.LEVEL_4);

  @Test
  void aReturnIsABounceWithWhereItLeftAndCameBack() {
    Reassignments r = Bounces.analyse(List.of(SU, HD, PARTNER, PARTNER_4, HD, IT, PARTNER));
    assertEquals(5, r.count());
    assertEquals(List.of(new Bounce(Fixtures.HELPDESK, 1, 4), new Bounce(Fixtures.FABRIKAM, 3, 6)), r.bounces());
    assertTrue(r.bounced());
    assertEquals("Internal helpdesk (left at hop 1, back at hop 4)", r.bounces().get(0).toString());
  }

  @Test
  void aStraightPathHasNoBounce() {
    Reassignments r = Bounces.analyse(List.of(SU, HD, PARTNER, PARTNER_4, IT));
    assertEquals(new Reassignments(3, List.of()), r);
    assertFalse(r.bounced());
    assertEquals(new Reassignments(0, List.of()), Bounces.analyse(List.of()));
    assertEquals(new Reassignments(0, List.of()), Bounces.analyse(List.of(HD)));
  }

  @Test
  void theAlertCarriesTheSameFigures() {
    BounceAlert alert = Bounces.detect(List.of(SU, HD, SU, HD), 5).orElseThrow();
    assertEquals(3, alert.reassignments());
    assertTrue(alert.reason().startsWith("bouncing: returned to " + Fixtures.SUPER_USER.name() + ", " + Fixtures.HELPDESK.name() + " after leaving"),
        alert.reason());
  }

  @Test
  void aLongPathIsAnalysedInOnePass() {
    List<Hop> path = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      path.add(i % 2 == 0 ? HD : PARTNER);
    }
    Reassignments r = Bounces.analyse(path);
    assertEquals(39_999, r.count());
    assertEquals(39_998, r.bounces().size());
    assertEquals(new Bounce(Fixtures.HELPDESK, 39_996, 39_998), r.bounces().get(39_997 - 1));
  }

  @Test
  void badFiguresAreRejectedWithTheirName() {
    assertEquals("left: '-1' must not be negative",
        assertThrows(IllegalArgumentException.class, () -> new Bounce(Fixtures.HELPDESK, -1, 3)).getMessage());
    assertEquals("returned: '2' must be at least two hops after left (1)",
        assertThrows(IllegalArgumentException.class, () -> new Bounce(Fixtures.HELPDESK, 1, 2)).getMessage());
    assertEquals("count: '0' must be at least the number of bounces (1)",
        assertThrows(IllegalArgumentException.class, () -> new Reassignments(0, List.of(new Bounce(Fixtures.HELPDESK, 0, 2)))).getMessage());
    assertEquals("count: '-1' must not be negative", assertThrows(IllegalArgumentException.class, () -> new Reassignments(-1, List.of())).getMessage());
  }

  /** The definition read literally: a change of hands to an authority held before the previous hop. */
  private static Reassignments quadratic(List<Hop> path) {
    int count = 0;
    List<Bounce> bounces = new ArrayList<>();
    for (int i = 1; i < path.size(); i++) {
      ResolvingAuthority to = path.get(i).authority();
      if (path.get(i - 1).authority().id().equals(to.id())) {
        continue;
      }
      count++;
      for (int j = i - 2; j >= 0; j--) {
        if (path.get(j).authority().id().equals(to.id())) {
          bounces.add(new Bounce(to, j, i));
          break;
        }
      }
    }
    return new Reassignments(count, bounces);
  }

  @Test
  void theLinearAnalysisAgreesWithTheDefinition() {
    List<Hop> hops = List.of(SU, HD, PARTNER, PARTNER_4, IT, Hop.of(ResolvingAuthority.of(AuthorityKind.MICROSOFT), SupportLevel.LEVEL_5));
    qt().forAll(lists().of(integers().between(0, hops.size() - 1)).ofSizeBetween(0, 30))
        .checkAssert(indexes -> {
          List<Hop> path = indexes.stream().map(hops::get).toList();
          assertEquals(quadratic(path), Bounces.analyse(path), path::toString);
        });
  }
}
