package dev.gosem.runtime;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A Go map: keys and values boxed in their types' representations (Long for integer keys, the
 * struct object for a struct key, the interface value itself for interface keys), compared with
 * Go's == for the key type (see {@link GoEquality}). The nil map is {@code null}: the static
 * operations read it as empty and panic when asked to write to it.
 *
 * <p>Iteration order is unspecified in Go, and Go randomizes it; so does this map: each map has a
 * random hash seed and each range loop starts at a random bucket. A range loop walks a snapshot
 * of the entries taken when it starts: an entry deleted before the loop reaches it is not
 * produced, an entry added during the loop is not produced (the spec allows either), and a value
 * is read when its entry is reached, so updates made during the loop are seen.
 *
 * <p>Struct and array keys and values are stored as given: the caller passes values it owns
 * (copies) and copies a struct or array value it reads before modifying it.
 */
public final class GoMap {
  /** What {@link #lookup} returns for a missing key (comma-ok: {@code v != ABSENT}). */
  public static final Object ABSENT = new Object() {
    @Override
    public String toString() {
      return "GoMap.ABSENT";
    }
  };

  private static final int MIN_TABLE = 8;

  private enum KeyKind {
    /** Integers, bool, string: the boxes' own equals and hashCode are Go's. */
    PLAIN,
    /** float32/float64: NaN never equal, -0 equals +0. */
    FLOAT,
    /** Everything else, through GoEquality. */
    GENERIC
  }

  private static final class Entry {
    final int hash;
    Object key;
    Object value;
    Entry next;
    boolean deleted;

    Entry(int hash, Object key, Object value, Entry next) {
      this.hash = hash;
      this.key = key;
      this.value = value;
      this.next = next;
    }
  }

  private final TypeDesc type;
  private final TypeDesc keyType;
  private final KeyKind keyKind;
  private final int seed;
  private Entry[] table;
  private int size;

  /** make(map[K]V) for a MAP descriptor (or a named type whose underlying type is one). */
  public GoMap(TypeDesc mapType) {
    this(mapType, 0);
  }

  private GoMap(TypeDesc mapType, long hint) {
    TypeDesc u = mapType.underlying();
    if (u.kind() != TypeDesc.Kind.MAP) {
      throw new IllegalArgumentException("not a map type: " + mapType);
    }
    this.type = mapType;
    this.keyType = u.key();
    TypeDesc.Kind k = keyType.underlying().kind();
    this.keyKind =
        k.isFloat()
            ? KeyKind.FLOAT
            : k.isInteger() || k == TypeDesc.Kind.BOOL || k == TypeDesc.Kind.STRING
                ? KeyKind.PLAIN
                : KeyKind.GENERIC;
    this.seed = ThreadLocalRandom.current().nextInt();
    int n = MIN_TABLE;
    long want = Math.min(Math.max(hint, 0), 1 << 29) * 4 / 3 + 1;
    while (n < want) {
      n <<= 1;
    }
    this.table = new Entry[n];
  }

  /** make(map[K]V). */
  public static GoMap make(TypeDesc mapType) {
    return new GoMap(mapType, 0);
  }

  /** make(map[K]V, hint): the hint only presizes (Go ignores negative hints given at run time). */
  public static GoMap make(TypeDesc mapType, long hint) {
    return new GoMap(mapType, hint);
  }

  /** The map's type. */
  public TypeDesc type() {
    return type;
  }

  // ---- the operations generated code calls ----

  /** len(m). */
  public static long len(GoMap m) {
    return m == null ? 0 : m.size;
  }

  /** m[key], or {@code zero} when the key is missing or m is nil. */
  public static Object get(GoMap m, Object key, Object zero) {
    if (m == null) {
      return zero;
    }
    Entry e = m.find(key);
    return e == null ? zero : e.value;
  }

  /** m[key] for comma-ok: the value, or {@link #ABSENT} when the key is missing or m is nil. */
  public static Object lookup(GoMap m, Object key) {
    if (m == null) {
      return ABSENT;
    }
    Entry e = m.find(key);
    return e == null ? ABSENT : e.value;
  }

  /** m[key] = value; panics on a nil map. */
  public static void put(GoMap m, Object key, Object value) {
    if (m == null) {
      throw Panics.nilMapWrite();
    }
    m.store(key, value);
  }

  /** delete(m, key); a no-op on a nil map or a missing key. */
  public static void delete(GoMap m, Object key) {
    if (m != null) {
      m.remove(key);
    }
  }

  /** Starts a range loop over m (an empty one for nil). */
  public static Iter iter(GoMap m) {
    return new Iter(m == null ? new Entry[0] : m.snapshot());
  }

  /**
   * The state of one range loop: {@code while (it.next()) { k = it.key(); v = it.value(); }}.
   */
  public static final class Iter {
    private final Entry[] entries;
    private int index;
    private Entry current;

    private Iter(Entry[] entries) {
      this.entries = entries;
    }

    /** Advances to the next entry still in the map; false when the loop is done. */
    public boolean next() {
      while (index < entries.length) {
        Entry e = entries[index++];
        if (!e.deleted) {
          current = e;
          return true;
        }
      }
      current = null;
      return false;
    }

    public Object key() {
      return current.key;
    }

    public Object value() {
      return current.value;
    }
  }

  // ---- the table ----

  private int hashOf(Object key) {
    int h =
        switch (keyKind) {
          case PLAIN -> key.hashCode();
          case FLOAT -> {
            double d = ((Number) key).doubleValue();
            // Go gives every NaN a random hash: each NaN key is a new entry, never found again.
            yield d != d ? ThreadLocalRandom.current().nextInt() : d == 0 ? 0 : Double.hashCode(d);
          }
          case GENERIC -> GoEquality.hash(keyType, key);
        };
    h ^= seed;
    h *= 0x9E3779B1;
    return h ^ (h >>> 15);
  }

  private boolean keyEquals(Object a, Object b) {
    return switch (keyKind) {
      case PLAIN -> a.equals(b);
      case FLOAT -> ((Number) a).doubleValue() == ((Number) b).doubleValue();
      case GENERIC -> GoEquality.equal(keyType, a, b);
    };
  }

  private Entry find(Object key) {
    int h = hashOf(key);
    for (Entry e = table[h & (table.length - 1)]; e != null; e = e.next) {
      if (e.hash == h && keyEquals(e.key, key)) {
        return e;
      }
    }
    return null;
  }

  private void store(Object key, Object value) {
    int h = hashOf(key);
    int i = h & (table.length - 1);
    for (Entry e = table[i]; e != null; e = e.next) {
      if (e.hash == h && keyEquals(e.key, key)) {
        // Go overwrites the key too (it matters for +0/-0 float keys).
        e.key = key;
        e.value = value;
        return;
      }
    }
    table[i] = new Entry(h, key, value, table[i]);
    if (++size > table.length - (table.length >> 2)) {
      resize();
    }
  }

  private void remove(Object key) {
    int h = hashOf(key);
    int i = h & (table.length - 1);
    Entry prev = null;
    for (Entry e = table[i]; e != null; prev = e, e = e.next) {
      if (e.hash == h && keyEquals(e.key, key)) {
        if (prev == null) {
          table[i] = e.next;
        } else {
          prev.next = e.next;
        }
        e.deleted = true;
        size--;
        return;
      }
    }
  }

  private void resize() {
    Entry[] old = table;
    Entry[] t = new Entry[old.length * 2];
    for (Entry head : old) {
      Entry e = head;
      while (e != null) {
        Entry next = e.next;
        int i = e.hash & (t.length - 1);
        e.next = t[i];
        t[i] = e;
        e = next;
      }
    }
    table = t;
  }

  /** The live entries, bucket by bucket from a random bucket on. */
  private Entry[] snapshot() {
    Entry[] out = new Entry[size];
    int n = table.length;
    int start = ThreadLocalRandom.current().nextInt(n);
    int k = 0;
    for (int b = 0; b < n; b++) {
      for (Entry e = table[(start + b) & (n - 1)]; e != null; e = e.next) {
        out[k++] = e;
      }
    }
    return out;
  }

  // ---- for the runtime's own use (fmt, tests) ----

  /** The keys and values in iteration order: [k0, v0, k1, v1, ...]. */
  Object[] entries() {
    Entry[] es = snapshot();
    Object[] out = new Object[es.length * 2];
    for (int i = 0; i < es.length; i++) {
      out[2 * i] = es[i].key;
      out[2 * i + 1] = es[i].value;
    }
    return out;
  }

  @Override
  public String toString() {
    return GoStrings.toJava(Fmt.sprint(new Boxed(type, this)));
  }
}
