package dev.gosem.backend.jvm;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Classes that generated code names when it first refers to them and that are generated
 * afterwards, a round at a time, until a round asks for no new one (ClassGen): boxes, closure
 * classes, defer sites. Each key gets one class.
 */
final class OnDemandClasses<K> {
  private final Function<K, String> namer;
  private final BiFunction<String, K, byte[]> generator;
  private final Map<K, String> names = new HashMap<>();
  private final SequencedMap<String, K> pending = new LinkedHashMap<>();

  /** {@code namer} makes a key's (unique) class name; {@code generator} its class file. */
  OnDemandClasses(Function<K, String> namer, BiFunction<String, K, byte[]> generator) {
    this.namer = namer;
    this.generator = generator;
  }

  /** The class of key: named on first use, generated at the next round. */
  String classOf(K key) {
    String n = names.get(key);
    if (n == null) {
      n = namer.apply(key);
      names.put(key, n);
      pending.put(n, key);
    }
    return n;
  }

  /** Generates the classes named since the last round into out; returns whether there were any. */
  boolean generatePending(Map<String, byte[]> out) {
    if (pending.isEmpty()) return false;
    for (Map.Entry<String, K> e : List.copyOf(pending.entrySet())) {
      pending.remove(e.getKey());
      out.put(e.getKey(), generator.apply(e.getKey(), e.getValue()));
    }
    return true;
  }
}
