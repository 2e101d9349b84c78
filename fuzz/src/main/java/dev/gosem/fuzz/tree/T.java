package dev.gosem.fuzz.tree;

import java.util.List;
import java.util.stream.Collectors;

/**
 * T is a type of the generator's programs: a basic type ({@link Ty}) or a composite one built
 * from them. Composite types nest shallowly (a slice of structs, a map to ints), which is enough
 * to exercise the data model while keeping programs readable.
 */
public sealed interface T permits Ty, T.Slice, T.Array, T.Map, T.Struct, T.Ptr, T.Func, T.Iface, T.Chan, T.Sync {
  default boolean isInteger() {
    return false;
  }

  default boolean isUnsigned() {
    return false;
  }

  default boolean isSigned() {
    return false;
  }

  default boolean isFloat() {
    return false;
  }

  default boolean isNumeric() {
    return false;
  }

  default boolean isOrdered() {
    return false;
  }

  /** Whether an untyped constant of this kind defaults to this very type. */
  default boolean isDefault() {
    return false;
  }

  /** Whether {@code ==} applies (slices, maps and funcs compare only with nil). */
  default boolean comparable() {
    return false;
  }

  /** The type as Go writes it. */
  String goName();

  /** {@code []elem}. */
  record Slice(T elem) implements T {
    @Override
    public String goName() {
      return "[]" + elem.goName();
    }
  }

  /** {@code [len]elem}: a value; assignment and calls copy it. */
  record Array(int len, T elem) implements T {
    @Override
    public boolean comparable() {
      return elem.comparable();
    }

    @Override
    public String goName() {
      return "[" + len + "]" + elem.goName();
    }
  }

  /** The element type of a slice or an array, or null. */
  static T elemOf(T t) {
    return switch (t) {
      case Slice s -> s.elem();
      case Array a -> a.elem();
      default -> null;
    };
  }

  /** {@code map[key]val}. */
  record Map(T key, T val) implements T {
    @Override
    public String goName() {
      return "map[" + key.goName() + "]" + val.goName();
    }
  }

  /** A struct type declared at package level as {@code type name struct { fields }}. */
  record Struct(String name, List<Field> fields) implements T {
    public record Field(String name, Ty type) {}

    @Override
    public boolean comparable() {
      return true;
    }

    @Override
    public String goName() {
      return name;
    }

    public Field field(String n) {
      return fields.stream().filter(f -> f.name().equals(n)).findFirst().orElseThrow();
    }
  }

  /**
   * An interface type: declared at package level as {@code type name interface { methods }}, or
   * the empty interface {@code interface{}} (name null, no methods). Its methods take basic
   * values and return one.
   */
  record Iface(String name, List<Method> methods) implements T {
    public record Method(String name, List<Ty> params, Ty result) {}

    /** The empty interface, {@code any}. */
    public static final Iface ANY = new Iface(null, List.of());

    public boolean empty() {
      return methods.isEmpty();
    }

    @Override
    public boolean comparable() {
      return true;
    }

    @Override
    public String goName() {
      return name == null ? "interface{}" : name;
    }
  }

  /** {@code *elem}. */
  record Ptr(T elem) implements T {
    @Override
    public boolean comparable() {
      return true;
    }

    @Override
    public String goName() {
      return "*" + elem.goName();
    }
  }

  /** {@code func(params) results}. */
  record Func(List<T> params, List<T> results) implements T {
    @Override
    public String goName() {
      String r = results.isEmpty() ? "" : results.size() == 1 ? " " + results.getFirst().goName()
          : " (" + results.stream().map(T::goName).collect(Collectors.joining(", ")) + ")";
      return "func(" + params.stream().map(T::goName).collect(Collectors.joining(", ")) + ")" + r;
    }
  }

  /** The direction of a channel type. */
  enum Dir { BOTH, SEND, RECV }

  /** {@code chan elem}, {@code chan<- elem} (send only) or {@code <-chan elem} (receive only). */
  record Chan(T elem, Dir dir) implements T {
    public Chan(T elem) {
      this(elem, Dir.BOTH);
    }

    @Override
    public boolean comparable() {
      return true;
    }

    @Override
    public String goName() {
      return switch (dir) {
        case BOTH -> "chan " + elem.goName();
        case SEND -> "chan<- " + elem.goName();
        case RECV -> "<-chan " + elem.goName();
      };
    }
  }

  /**
   * A type of package sync or sync/atomic ({@code sync.WaitGroup}, {@code sync.Mutex},
   * {@code sync.RWMutex}, {@code sync.Once}, {@code atomic.Int64}): variables of it are declared
   * with their zero value and used through their methods.
   */
  record Sync(String path, String name) implements T {
    public static final Sync WAIT_GROUP = new Sync("sync", "WaitGroup");
    public static final Sync MUTEX = new Sync("sync", "Mutex");
    public static final Sync RW_MUTEX = new Sync("sync", "RWMutex");
    public static final Sync ONCE = new Sync("sync", "Once");
    public static final Sync ATOMIC_INT64 = new Sync("sync/atomic", "Int64");

    @Override
    public String goName() {
      return path.substring(path.lastIndexOf('/') + 1) + "." + name;
    }
  }
}
