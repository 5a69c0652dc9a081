package org.supportmodel.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  @Test
  void behavesAsAMap() {
    qt().withExamples(80).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      IdTable<Integer> table = new IdTable<>();
      Map<String, Integer> map = new HashMap<>();
      int ids = 1 + random.nextInt(5_000);
      for (int step = 0; step < 20_000; step++) {
        String id = String.format("INC%07d", random.nextInt(ids));
        switch (random.nextInt(4)) {
          case 0, 1 -> {
            table.put(id, step);
            map.put(id, step);
          }
          case 2 -> {
            table.remove(id);
            map.remove(id);
          }
          default -> assertEquals(map.get(id), table.get(id), id);
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
}
