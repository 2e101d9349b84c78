package dev.gosem.backend.jvm;

import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Method sets (Go spec "Method sets", promotion through embedded fields included) and the Java
 * interfaces interface calls dispatch through.
 *
 * <p>Dispatch: every Go method name and JVM signature pair has one generated Java interface
 * {@code go.main.M$Name} with one method {@code $Name}; every class whose objects can be interface
 * values of a type with that method (struct classes for {@code *T}, box classes for {@code T} and
 * nil {@code *T}) implements it with a bridge to the method's static implementation, so an
 * interface call is one invokeinterface. Error() string, String() string and Unwrap() error
 * dispatch through the runtime's GoError, GoStringer and GoUnwrapper instead, which the runtime's
 * own values (errors.New, fmt.Errorf, runtime errors) implement too, and fmt calls.
 */
final class MethodSets {
  /**
   * One method of a method set: its name, the embedded fields leading from the receiver to the
   * type that declares it, and what it is there: a declared method of a named type ({@code
   * method}), or a method of an embedded interface ({@code imethod}).
   */
  record Entry(String name, List<Integer> path, Type holder, Module.Method method, Interface.Method imethod) {}

  /** Where an interface call of a method lands: a Java interface, its method and descriptor. */
  record Target(String owner, String name, String desc) {}

  private final Gen gen;
  private final Map<Object, List<Entry>> cache = new HashMap<>();
  private final SequencedMap<String, Target> dispatch = new LinkedHashMap<>();

  MethodSets(Gen gen) {
    this.gen = gen;
  }

  /** The method set of t (a named or struct type), or of *t when pointer; sorted by name. */
  List<Entry> methodSet(Type t, boolean pointer) {
    List<Object> key = List.of(t, pointer);
    List<Entry> set = cache.get(key);
    if (set == null) {
      set = compute(t, pointer);
      cache.put(key, set);
    }
    return set;
  }

  List<String> methodNames(Type t, boolean pointer) {
    return methodSet(t, pointer).stream().map(Entry::name).toList();
  }

  private record Node(Type type, List<Integer> path, boolean addressable) {}

  /**
   * Breadth-first over embedded fields: at each depth a name found once (and not at a shallower
   * depth, where a field or method of that name would hide it) is selected; found twice it is
   * ambiguous and hides deeper ones too. A method with a pointer receiver counts only where the
   * receiver is addressable: in *T's method set, or below an embedded pointer.
   */
  private List<Entry> compute(Type t, boolean pointer) {
    Map<String, Entry> found = new TreeMap<>();
    Set<String> blocked = new HashSet<>();
    Set<Type> expanded = new HashSet<>();
    List<Node> level = List.of(new Node(t, List.of(), pointer));
    while (!level.isEmpty()) {
      Map<String, List<Entry>> candidates = new LinkedHashMap<>();
      List<Node> next = new ArrayList<>();
      Set<Type> expandedHere = new HashSet<>();
      for (Node n : level) {
        if (expanded.contains(n.type())) continue;
        expandedHere.add(n.type());
        if (n.type() instanceof Named named) {
          for (Module.Method m : gen.module.methods().getOrDefault(named, List.of())) {
            Entry e = n.addressable() || !m.pointerReceiver() ? new Entry(m.name(), n.path(), named, m, null) : null;
            candidates.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(e);
          }
        }
        Type u = JvmTypes.under(n.type());
        if (u instanceof Interface i && !n.path().isEmpty()) {
          for (Interface.Method m : i.methods()) {
            candidates.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(new Entry(m.name(), n.path(), n.type(), null, m));
          }
        }
        if (u instanceof Struct s && !JvmTypes.isStringsBuilder(n.type())) {
          for (int i = 0; i < s.fields().size(); i++) {
            Struct.Field f = s.fields().get(i);
            // a field hides methods and fields of its name further down
            candidates.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(null);
            if (!f.embedded()) continue;
            boolean isPtr = JvmTypes.under(f.type()) instanceof Pointer;
            Type base = isPtr ? JvmTypes.elem(f.type()) : f.type();
            List<Integer> path = new ArrayList<>(n.path());
            path.add(i);
            next.add(new Node(base, List.copyOf(path), isPtr || n.addressable()));
          }
        }
      }
      expanded.addAll(expandedHere);
      for (Map.Entry<String, List<Entry>> c : candidates.entrySet()) {
        if (!blocked.add(c.getKey())) continue;
        if (c.getValue().size() == 1 && c.getValue().getFirst() != null) found.put(c.getKey(), c.getValue().getFirst());
      }
      level = next;
    }
    return List.copyOf(found.values());
  }

  /** The IR function implementing a declared method. */
  Func func(Entry e) {
    return gen.module.func(e.method().func());
  }

  /** The JVM descriptor of a method of the set (receiver left out). */
  String descriptor(Entry e) {
    if (e.imethod() != null) return gen.types.methodDescriptor(e.imethod().sig());
    Func f = func(e);
    return gen.types.methodDescriptor(f.params().subList(1, f.params().size()), f.results());
  }

  /** Where a call of method name with this descriptor dispatches. */
  Target dispatch(String name, String desc) {
    if (desc.equals("()Ljava/lang/String;") && name.equals("Error")) return new Target(Runtime.GO_ERROR, "error", desc);
    if (desc.equals("()Ljava/lang/String;") && name.equals("String")) return new Target(Runtime.GO_STRINGER, "string", desc);
    if (desc.equals("()V") && name.equals("RuntimeError")) return new Target(Runtime.GO_RUNTIME_ERROR, "runtimeError", desc);
    if (desc.equals("()Ljava/lang/Object;") && name.equals("Unwrap")) return new Target(Runtime.GO_UNWRAPPER, "unwrap", desc);
    return dispatch.computeIfAbsent(name + desc, k -> new Target(gen.types.unique(Names.PKG + "M$" + Names.className(name)), Names.bridge(name), desc));
  }

  /** The generated dispatch interfaces (those of the runtime are left out). */
  List<Target> generatedDispatch() {
    return List.copyOf(dispatch.values());
  }
}
