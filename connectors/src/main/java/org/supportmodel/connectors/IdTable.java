package org.supportmodel.connectors;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Ticket ids to values, by open addressing with linear probing, with the ids themselves held in
 * primitive arrays: each id's characters in one character arena (its length first), and a table of
 * slots that pack the id's mixed hash with its place in the arena.
 *
 * <p>A reader looks up the ticket of every row, and keeps the id of every ticket it has closed for
 * the whole read. Held as {@code String}s, each lookup would follow a reference to a string
 * somewhere in the heap and then to its bytes (two cache misses on a large export), and the
 * closed ids would be hundreds of thousands of objects that the garbage collector copies while they
 * are young. Here a lookup compares integers, then characters in the arena, which stays compact:
 * the space of removed ids is given back whenever the table is rebuilt. Membership is exact.
 *
 * <p>Ids are given as a range of a character array, such as a field in the CSV parser's buffer, so
 * that a lookup makes no string; or as strings. Helpdesk ids such as {@code INC0012345} differ
 * only in digits, which {@link String#hashCode}'s polynomial spreads badly (31 is -1 modulo 32);
 * the hash is mixed first. Ids of up to 65,535 characters (a {@code RequestId} has at most 128).
 * Not thread-safe; package-private.
 *
 * @param <V> the values
 */
final class IdTable<V> {
  /** A slot whose id was removed: a probe passes over it. No entry has this value (see {@link #entry}). */
  private static final long REMOVED = -1L;
  private static final int MIN_ARENA = 4096;
  private static final int MAX_ARENA = Integer.MAX_VALUE - 8;

  private long[] slots = new long[1024];
  private @Nullable Object[] values = new @Nullable Object[1024];
  private char[] arena = new char[MIN_ARENA];
  private int end;
  /** Slots in use, removed ones included (a probe passes over them). */
  private int used;
  private int size;

  /**
   * The mixed hash of an id given as characters: {@link String#hashCode}'s polynomial over them,
   * then mixed.
   */
  static int hash(char[] chars, int from, int length) {
    int h = 0;
    for (int i = from; i < from + length; i++) {
      h = 31 * h + chars[i];
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  /** The value of an id, or null. */
  @Nullable V get(String id) {
    char[] chars = id.toCharArray();
    return get(chars, 0, chars.length, hash(chars, 0, chars.length));
  }

  /**
   * The value of an id given as characters, such as a CSV field in the parser's buffer, so that no
   * string is made for a lookup.
   *
   * @param hash {@link #hash} of the characters
   */
  @SuppressWarnings("unchecked")
  @Nullable V get(char[] chars, int from, int length, int hash) {
    int slot = find(chars, from, length, hash);
    return slot < 0 ? null : (V) values[slot];
  }

  /** Whether the table holds an id. */
  boolean contains(String id) {
    char[] chars = id.toCharArray();
    return contains(chars, 0, chars.length, hash(chars, 0, chars.length));
  }

  /** Whether the table holds an id given as characters; {@code hash} as for {@link #get(char[], int, int, int)}. */
  boolean contains(char[] chars, int from, int length, int hash) {
    return find(chars, from, length, hash) >= 0;
  }

  /** Adds or replaces the value of an id. */
  void put(String id, V value) {
    char[] chars = id.toCharArray();
    put(chars, 0, chars.length, hash(chars, 0, chars.length), value);
  }

  /** Adds or replaces the value of an id given as characters; {@code hash} as for {@link #get(char[], int, int, int)}. */
  void put(char[] chars, int from, int length, int hash, V value) {
    if (length > Character.MAX_VALUE) {
      throw new IllegalArgumentException("id: " + length + " characters, more than an id table holds (" + (int) Character.MAX_VALUE + ")");
    }
    // room first, so that one probe finds the id or the slot for it: at most half the slots in
    // use, removed ones included (linear probing degrades quickly past that; a table of mostly
    // removed slots is rebuilt at its size), and room in the arena for the id
    if ((used + 1) * 2 > slots.length) {
      rebuild(size * 4 >= slots.length ? Math.multiplyExact(slots.length, 2) : slots.length, length + 1);
    } else if ((long) end + length + 1 > arena.length) {
      rebuild(slots.length, length + 1);
    }
    int mask = slots.length - 1;
    int free = -1;
    int slot = hash & mask;
    for (long entry = slots[slot]; entry != 0; slot = (slot + 1) & mask, entry = slots[slot]) {
      if (entry == REMOVED) {
        free = free < 0 ? slot : free;
      } else if ((int) (entry >>> 32) == hash && equal((int) entry - 1, chars, from, length)) {
        values[slot] = value;
        return;
      }
    }
    if (free < 0) {
      free = slot;
      used++;
    }
    int at = end;
    arena[at] = (char) length;
    System.arraycopy(chars, from, arena, at + 1, length);
    end += length + 1;
    slots[free] = entry(hash, at);
    values[free] = value;
    size++;
  }

  /** Removes an id, if present. */
  void remove(String id) {
    char[] chars = id.toCharArray();
    remove(chars, 0, chars.length, hash(chars, 0, chars.length));
  }

  /** Removes an id given as characters, if present; {@code hash} as for {@link #get(char[], int, int, int)}. */
  void remove(char[] chars, int from, int length, int hash) {
    int slot = find(chars, from, length, hash);
    if (slot >= 0) {
      slots[slot] = REMOVED;
      values[slot] = null;
      size--;
    }
  }

  /** The values, in no order. */
  @SuppressWarnings("unchecked")
  java.util.List<V> values() {
    java.util.List<V> list = new java.util.ArrayList<>(size);
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] != 0 && slots[i] != REMOVED) {
        list.add((V) values[i]);
      }
    }
    return list;
  }

  int size() {
    return size;
  }

  /** The slot of an id, or -1. */
  private int find(char[] chars, int from, int length, int hash) {
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if (entry != REMOVED && (int) (entry >>> 32) == hash && equal((int) entry - 1, chars, from, length)) {
        return slot;
      }
    }
  }

  private boolean equal(int at, char[] chars, int from, int length) {
    if (arena[at] != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (arena[at + 1 + i] != chars[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** A slot's entry: the hash, and the place in the arena plus one, so that no entry is 0 or {@link #REMOVED}. */
  private static long entry(int hash, int at) {
    return ((long) hash << 32) | (at + 1L);
  }

  /** Rebuilds the table at a capacity, with an arena of the live ids only and room for one more. */
  private void rebuild(int capacity, int room) {
    long[] oldSlots = slots;
    @Nullable Object[] oldValues = values;
    char[] oldArena = arena;
    long live = 0;
    for (long entry : oldSlots) {
      if (entry != 0 && entry != REMOVED) {
        live += oldArena[(int) entry - 1] + 1;
      }
    }
    long wanted = Math.max(MIN_ARENA, 2 * (live + room));
    if (live + room > MAX_ARENA) {
      throw new IllegalStateException("id table: more than " + MAX_ARENA + " characters of ids");
    }
    slots = new long[capacity];
    values = new @Nullable Object[capacity];
    arena = new char[(int) Math.min(wanted, MAX_ARENA)];
    end = 0;
    used = 0;
    int mask = capacity - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      long entry = oldSlots[i];
      if (entry != 0 && entry != REMOVED) {
        int from = (int) entry - 1;
        int length = oldArena[from] + 1;
        System.arraycopy(oldArena, from, arena, end, length);
        int hash = (int) (entry >>> 32);
        int slot = hash & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = entry(hash, end);
        values[slot] = oldValues[i];
        end += length;
        used++;
      }
    }
    Arrays.fill(oldValues, null);
  }
}
