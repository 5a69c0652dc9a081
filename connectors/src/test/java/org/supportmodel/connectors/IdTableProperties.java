package org.supportmodel.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The id table behaves as a map under any sequence of puts, removes and lookups. */
class IdTableProperties {
  /** Ids of helpdesk shapes, of other lengths and scripts, and pairs with equal hash codes. */
  private static String id(Random random, int ids) {
    int n = random.nextInt(ids);
    return switch (random.nextInt(5)) {
      case 0, 1 -> String.format("INC%07d", n);
      case 2 -> "CAS-" + n + "-" + "Ünïcødé".substring(0, 1 + n % 7);
      case 3 -> n % 2 == 0 ? "Aa" + n : "BB" + (n - 1); // "Aa" and "BB" have the same String.hashCode
      default -> "x".repeat(1 + n % 128);
    };
  }

  @Test
  void behavesAsAMap() {
    qt().withExamples(80).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      IdTable<Integer> table = new IdTable<>();
      Map<String, Integer> map = new HashMap<>();
      int ids = 1 + random.nextInt(5_000);
      // some runs mostly add (the table and its arena grow), others churn (removed ids' space is given back)
      int removes = random.nextInt(3);
      for (int step = 0; step < 20_000; step++) {
        String id = id(random, ids);
        int choice = random.nextInt(6);
        if (choice < 3) {
          table.put(id, step);
          map.put(id, step);
        } else if (choice < 3 + removes) {
          table.remove(id);
          map.remove(id);
        } else {
          assertEquals(map.get(id), table.get(id), id);
          assertEquals(map.containsKey(id), table.contains(id), id);
        }
        assertEquals(map.size(), table.size());
      }
      List<Integer> values = new ArrayList<>(table.values());
      List<Integer> expected = new ArrayList<>(map.values());
      values.sort(null);
      expected.sort(null);
      assertEquals(expected, values);
      map.forEach((id, value) -> assertEquals(value, table.get(id)));
    });
  }

  @Test
  void tellsApartIdsWithTheSameHashCode() {
    IdTable<String> table = new IdTable<>();
    table.put("Aa", "first");
    assertEquals("first", table.get("Aa"));
    assertNull(table.get("BB"));
    assertFalse(table.contains("Aa "));
    assertFalse(table.contains("A"));
    table.put("BB", "second");
    table.put("Aa", "again");
    assertEquals(2, table.size());
    assertEquals("again", table.get("Aa"));
    table.remove("Aa");
    assertTrue(table.contains("BB"));
    assertFalse(table.contains("Aa"));
    table.put("a", "short");
    assertFalse(table.contains("\u0000a"), "the same hash code, a different length");
    assertEquals("short", table.get("a"));
  }

  @Test
  void refusesAnIdLongerThanItHolds() {
    IdTable<Boolean> table = new IdTable<>();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.put("x".repeat(65_536), true));
    assertEquals("id: 65536 characters, more than an id table holds (65535)", e.getMessage());
    table.put("x".repeat(65_535), true);
    assertTrue(table.contains("x".repeat(65_535)));
  }

  @Test
  void anIdGivenAsCharactersInsideALargerBufferIsTheSameIdAsItsString() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      IdTable<Integer> table = new IdTable<>();
      Map<String, Integer> map = new HashMap<>();
      char[] buffer = new char[400];
      for (int step = 0; step < 5_000; step++) {
        String id = id(random, 1 + random.nextInt(2_000));
        // the id somewhere in a buffer of other characters, as a field in the CSV parser's buffer
        int from = random.nextInt(buffer.length - id.length() + 1);
        java.util.Arrays.fill(buffer, (char) ('a' + random.nextInt(26)));
        id.getChars(0, id.length(), buffer, from);
        int hash = IdTable.hash(buffer, from, id.length());
        switch (random.nextInt(4)) {
          case 0 -> {
            table.put(buffer, from, id.length(), hash, step);
            map.put(id, step);
          }
          case 1 -> {
            table.remove(buffer, from, id.length(), hash);
            map.remove(id);
          }
          default -> {
            assertEquals(map.get(id), table.get(buffer, from, id.length(), hash), id);
            assertEquals(map.containsKey(id), table.contains(buffer, from, id.length(), hash), id);
            assertEquals(table.get(id), table.get(buffer, from, id.length(), hash), id);
          }
        }
      }
      map.forEach((id, value) -> assertEquals(value, table.get(id)));
    });
  }
}
