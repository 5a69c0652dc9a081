package org.supportmodel.connectors;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Ticket ids to values, open addressing with linear probing and the ids' mixed hashes kept beside
 * them, so a lookup compares integers before it touches a string: a reader looks up the ticket of
 * every row. Helpdesk ids such as {@code INC0012345} differ only in digits, which {@link
 * String#hashCode} spreads badly (31 is -1 modulo 32); the hash is mixed first. Not thread-safe;
 * package-private.
 *
 * @param <V> the values
 */
final class IdTable<V> {
  private static final Object REMOVED = new Object();

  private String[] keys = new String[1024];
  private int[] hashes = new int[1024];
  private Object[] values = new Object[1024];
  /** Slots in use, removed ones included (a probe passes over them). */
  private int used;
  private int size;

  static int mix(String id) {
    int h = id.hashCode();
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  /** The value of an id, or null. */
  @SuppressWarnings("unchecked")
  @Nullable V get(String id) {
    int hash = mix(id);
    int mask = keys.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return null;
      }
      if (hashes[slot] == hash && values[slot] != REMOVED && key.equals(id)) {
        return (V) values[slot];
      }
    }
  }

  /** Whether the table holds an id. */
  boolean contains(String id) {
    return get(id) != null;
  }

  /** Adds or replaces the value of an id. */
  void put(String id, V value) {
    // at most half the slots in use, removed ones included: probes stay short (linear probing
    // degrades quickly past that); a table of mostly removed slots is rebuilt at its size
    if ((used + 1) * 2 > keys.length) {
      rehash(size * 4 >= keys.length ? keys.length * 2 : keys.length);
    }
    int hash = mix(id);
    int mask = keys.length - 1;
    int free = -1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        int at = free >= 0 ? free : slot;
        if (free < 0) {
          used++;
        }
        keys[at] = id;
        hashes[at] = hash;
        values[at] = value;
        size++;
        return;
      }
      if (values[slot] == REMOVED) {
        if (free < 0) {
          free = slot;
        }
      } else if (hashes[slot] == hash && key.equals(id)) {
        values[slot] = value;
        return;
      }
    }
  }

  /** Removes an id, if present. */
  void remove(String id) {
    int hash = mix(id);
    int mask = keys.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return;
      }
      if (hashes[slot] == hash && values[slot] != REMOVED && key.equals(id)) {
        values[slot] = REMOVED;
        size--;
        return;
      }
    }
  }

  /** The values, in no order. */
  @SuppressWarnings("unchecked")
  java.util.List<V> values() {
    java.util.List<V> list = new java.util.ArrayList<>(size);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null && values[i] != REMOVED) {
        list.add((V) values[i]);
      }
    }
    return list;
  }

  int size() {
    return size;
  }

  private void rehash(int capacity) {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new Object[capacity];
    used = 0;
    int mask = capacity - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null && oldValues[i] != REMOVED) {
        int slot = oldHashes[i] & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        hashes[slot] = oldHashes[i];
        values[slot] = oldValues[i];
        used++;
      }
    }
    Arrays.fill(oldKeys, null);
  }
}
