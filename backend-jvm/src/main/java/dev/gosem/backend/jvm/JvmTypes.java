package dev.gosem.backend.jvm;

import dev.gosem.api.types.Array;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * How IR types live on the JVM (docs/jvm-representation.md is the contract). Every Go integer is
 * a long normalized to its width (sign-extended when signed, zero-extended when unsigned), bool a
 * JVM int 0/1, float64 a double, string a java.lang.String whose chars are Go's bytes. Composite
 * types are objects: a generated final class per struct type (its objects are at once the struct
 * variables and the pointers to them), Java arrays for arrays, the runtime's slice headers, maps
 * and pointer cells, Object for interfaces, and a generated per-signature Java interface for func
 * values. Named types live as their underlying types. Several results travel as an Object[] of
 * boxes.
 *
 * <p>One instance serves one program: it names the classes the program needs (struct classes,
 * func interfaces) as the generators ask for them, and the class generator emits them at the end.
 */
final class JvmTypes {
  static final String STRING = "Ljava/lang/String;";
  static final String TUPLE = "[Ljava/lang/Object;";
  static final String OBJECT = "java/lang/Object";

  /** The four shapes a value takes on the operand stack. */
  enum Prim { BOOL, LONG, DOUBLE, REF }

  /** Struct classes by type: a Named (struct underlying) by identity, an anonymous Struct by structure. */
  private final SequencedMap<Object, String> structClasses = new LinkedHashMap<>();
  /** The Go types of the struct classes, in the order they were named. */
  private final SequencedMap<String, Type> structTypes = new LinkedHashMap<>();
  /** Func-value interfaces by the JVM descriptor of their one method. */
  private final SequencedMap<String, String> fnInterfaces = new LinkedHashMap<>();
  private final Set<String> taken = new HashSet<>();

  JvmTypes() {
    taken.add(Names.MAIN_CLASS);
  }

  // ---- Go-level questions (through the underlying type) ----

  static Type under(Type t) {
    return Types.underlying(t);
  }

  static Kind kind(Type t) {
    return under(t) instanceof Basic b ? b.kind() : Kind.INVALID;
  }

  static boolean isVoid(Type t) {
    return t instanceof Tuple tu && tu.types().isEmpty();
  }

  static boolean isTuple(Type t) {
    return t instanceof Tuple tu && !tu.types().isEmpty();
  }

  static boolean isInt(Type t) {
    return kind(t).isInteger();
  }

  static boolean isUnsigned(Type t) {
    return kind(t).isUnsigned();
  }

  static boolean isUint64(Type t) {
    return isUnsigned(t) && kind(t).bits() == 64;
  }

  static boolean isString(Type t) {
    return kind(t) == Kind.STRING;
  }

  /** A struct type with a generated class (strings.Builder is the runtime's own object). */
  static boolean isStruct(Type t) {
    return under(t) instanceof Struct && !isStringsBuilder(t);
  }

  static boolean isArray(Type t) {
    return under(t) instanceof Array;
  }

  /** Structs and arrays: values copied on assignment, mutable objects in memory. */
  static boolean isAggregate(Type t) {
    return isStruct(t) || isArray(t);
  }

  static boolean isInterface(Type t) {
    return under(t) instanceof Interface;
  }

  /** The element type of a pointer type. */
  static Type elem(Type pointer) {
    return ((Pointer) under(pointer)).elem();
  }

  /**
   * Whether a variable of t is an object of its own, which assignment copies into and a pointer
   * to the variable is: a struct, an array, or a runtime object (see isStringsBuilder).
   */
  static boolean isObjectValue(Type t) {
    return isAggregate(t) || isStringsBuilder(t);
  }

  /**
   * strings.Builder and the sync types, whose variables are objects of the runtime (zero value:
   * a new object; a pointer to one is the object itself).
   */
  static boolean isStringsBuilder(Type t) {
    return runtimeObjectClass(t) != null;
  }

  private static final java.util.Map<String, String> RUNTIME_OBJECTS = java.util.Map.of(
      "strings.Builder", Runtime.STRINGS_BUILDER,
      "sync.Mutex", Runtime.MUTEX,
      "sync.RWMutex", Runtime.RW_MUTEX,
      "sync.WaitGroup", Runtime.WAIT_GROUP,
      "sync.Once", Runtime.ONCE,
      "atomic.Int64", Runtime.ATOMIC_INT64,
      "time.Timer", Runtime.TIMER,
      "time.Ticker", Runtime.TICKER);

  /** The runtime class of a standard type whose variables are runtime objects, or null. */
  static String runtimeObjectClass(Type t) {
    return t instanceof Named n ? RUNTIME_OBJECTS.get(n.pkg() + "." + n.name()) : null;
  }

  static boolean isChan(Type t) {
    return under(t) instanceof dev.gosem.api.types.Chan;
  }

  /** time.Duration, whose interface values are the runtime's Time.Duration boxes. */
  static boolean isDuration(Type t) {
    return t instanceof Named n && n.pkg().equals("time") && n.name().equals("Duration");
  }

  /** The size in bytes of an integer or float type, as append's growth needs it. */
  static int size(Type t) {
    Kind k = kind(t);
    return k == Kind.FLOAT64 ? 8 : k.bits() / 8;
  }

  // ---- JVM shapes ----

  static Prim prim(Type t) {
    Kind k = kind(t);
    if (k == Kind.BOOL) return Prim.BOOL;
    if (k.isInteger()) return Prim.LONG;
    if (k == Kind.FLOAT64) return Prim.DOUBLE;
    return Prim.REF;
  }

  /** The internal name of the JVM class (or array type) of a reference-shaped type. */
  String internalName(Type t) {
    Type u = under(t);
    if (isStringsBuilder(t)) return runtimeObjectClass(t);
    return switch (u) {
      case dev.gosem.api.types.Chan c -> Runtime.CHAN;
      case Basic b when b.kind() == Kind.STRING -> "java/lang/String";
      case Basic b -> throw new IllegalArgumentException("no class for " + t);
      case Struct s -> structClass(t);
      case Array a -> arrayDescriptor(a);
      case Slice s -> sliceClass(s.elem());
      case MapType m -> Runtime.GO_MAP;
      case Interface i -> OBJECT;
      case Signature s -> fnInterface(s);
      case Pointer p -> pointerClass(p.elem());
      case Tuple tu -> "[Ljava/lang/Object;";
      default -> throw new IllegalArgumentException("no JVM representation for " + t);
    };
  }

  String descriptor(Type t) {
    if (isVoid(t)) return "V";
    if (isTuple(t)) return TUPLE;
    return switch (prim(t)) {
      case BOOL -> "Z";
      case LONG -> "J";
      case DOUBLE -> "D";
      case REF -> {
        String n = internalName(t);
        yield n.startsWith("[") ? n : "L" + n + ";";
      }
    };
  }

  /** The descriptor of a method taking params and returning results (one, none, or a tuple). */
  String methodDescriptor(List<Type> params, List<Type> results) {
    StringBuilder sb = new StringBuilder("(");
    for (Type p : params) sb.append(descriptor(p));
    sb.append(')');
    sb.append(switch (results.size()) {
      case 0 -> "V";
      case 1 -> descriptor(results.getFirst());
      default -> TUPLE;
    });
    return sb.toString();
  }

  String methodDescriptor(Signature s) {
    return methodDescriptor(s.params(), s.results());
  }

  /** The slice header class for a slice of elem: ByteSlice for uint8, LongSlice other integers... */
  static String sliceClass(Type elem) {
    return switch (prim(elem)) {
      case BOOL -> Runtime.BOOL_SLICE;
      case DOUBLE -> Runtime.DOUBLE_SLICE;
      case LONG -> kind(elem) == Kind.UINT8 ? Runtime.BYTE_SLICE : Runtime.LONG_SLICE;
      case REF -> Runtime.REF_SLICE;
    };
  }

  /** The Java array type of an array type: byte[] for uint8, long[] other integers, ... Object[]. */
  static String arrayDescriptor(Array a) {
    return switch (prim(a.elem())) {
      case BOOL -> "[Z";
      case DOUBLE -> "[D";
      case LONG -> kind(a.elem()) == Kind.UINT8 ? "[B" : "[J";
      case REF -> TUPLE;
    };
  }

  /** The class of a pointer to elem: the struct's class, the array, or a runtime Ref. */
  String pointerClass(Type elem) {
    if (isStringsBuilder(elem)) return runtimeObjectClass(elem);
    Type u = under(elem);
    if (u instanceof Struct) return structClass(elem);
    if (u instanceof Array a) return arrayDescriptor(a);
    return refClass(elem);
  }

  /** The runtime pointer class for a variable of type t that is not a struct or array. */
  static String refClass(Type t) {
    return switch (prim(t)) {
      case BOOL -> Runtime.BOOL_REF;
      case LONG -> Runtime.LONG_REF;
      case DOUBLE -> Runtime.DOUBLE_REF;
      case REF -> Runtime.OBJ_REF;
    };
  }

  /** Whether a pointer of this type is a runtime Ref object (not a struct object or array). */
  static boolean isRefPointer(Type pointer) {
    Type e = elem(pointer);
    return !isObjectValue(e);
  }

  // ---- generated classes ----

  /** The key identifying a struct type's class: the Named itself, or the anonymous Struct. */
  private static Object structKey(Type t) {
    if (t instanceof Named n) return n;
    if (t instanceof Struct s) return s;
    throw new IllegalArgumentException("not a struct type: " + t);
  }

  /** The generated class of a struct type (a named struct type or an anonymous struct). */
  String structClass(Type t) {
    Object key = structKey(t);
    String name = structClasses.get(key);
    if (name == null) {
      name = unique(t instanceof Named n ? Names.classPrefix(n.pkg()) + Names.className(n.name()) : Names.PKG + "Struct");
      structClasses.put(key, name);
      structTypes.put(name, t);
    }
    return name;
  }

  /** The struct classes named so far (internal name to Go type), in the order they were named. */
  SequencedMap<String, Type> structTypes() {
    return structTypes;
  }

  /** The Java interface of func values with this signature (one per JVM descriptor). */
  String fnInterface(Signature s) {
    return fnInterface(methodDescriptor(s));
  }

  /** The Java interface of func values whose method has this descriptor. */
  String fnInterface(String methodDescriptor) {
    return fnInterfaces.computeIfAbsent(methodDescriptor, d -> unique(Names.PKG + "Fn"));
  }

  /** Func-value interfaces by the descriptor of their method. */
  Map<String, String> fnInterfaces() {
    return fnInterfaces;
  }

  /**
   * A class name not yet used in this program: base itself for a Go type's name, else base$1,
   * base$2, ... (classes of anonymous types are always numbered: Struct$0, Fn$0).
   */
  String unique(String base) {
    boolean numbered = base.endsWith("/Struct") || base.endsWith("/Fn");
    if (!numbered && taken.add(base)) return base;
    for (int i = numbered ? 0 : 1; ; i++) {
      String n = base + "$" + i;
      if (taken.add(n)) return n;
    }
  }

  // ---- bytecode helpers ----

  int slotSize(Type t) {
    Prim p = prim(t);
    return p == Prim.LONG || p == Prim.DOUBLE ? 2 : 1;
  }

  static int loadOp(Type t) {
    return switch (prim(t)) {
      case BOOL -> Opcodes.ILOAD;
      case LONG -> Opcodes.LLOAD;
      case DOUBLE -> Opcodes.DLOAD;
      case REF -> Opcodes.ALOAD;
    };
  }

  static int storeOp(Type t) {
    return switch (prim(t)) {
      case BOOL -> Opcodes.ISTORE;
      case LONG -> Opcodes.LSTORE;
      case DOUBLE -> Opcodes.DSTORE;
      case REF -> Opcodes.ASTORE;
    };
  }

  static int returnOp(String descriptor) {
    return switch (descriptor) {
      case "V" -> Opcodes.RETURN;
      case "Z" -> Opcodes.IRETURN;
      case "J" -> Opcodes.LRETURN;
      case "D" -> Opcodes.DRETURN;
      default -> Opcodes.ARETURN;
    };
  }

  static int returnOp(Type t) {
    if (isVoid(t)) return Opcodes.RETURN;
    return switch (prim(t)) {
      case BOOL -> Opcodes.IRETURN;
      case LONG -> Opcodes.LRETURN;
      case DOUBLE -> Opcodes.DRETURN;
      case REF -> Opcodes.ARETURN;
    };
  }



  /** Pushes the JVM default for t's shape: 0, 0L, 0.0 or null. */
  static void pushDefault(MethodVisitor mv, Type t) {
    mv.visitInsn(switch (prim(t)) {
      case BOOL -> Opcodes.ICONST_0;
      case LONG -> Opcodes.LCONST_0;
      case DOUBLE -> Opcodes.DCONST_0;
      case REF -> Opcodes.ACONST_NULL;
    });
  }

  /**
   * Brings the long on the stack back into the range of integer type t, as Go's wrap-around
   * requires after an operation that can carry bits past the width.
   */
  static void normalize(MethodVisitor mv, Type t) {
    Kind k = kind(t);
    int bits = k.bits();
    if (!k.isInteger() || bits == 64) return;
    if (k.isUnsigned()) {
      mv.visitLdcInsn(bits == 32 ? 0xFFFF_FFFFL : (1L << bits) - 1);
      mv.visitInsn(Opcodes.LAND);
      return;
    }
    mv.visitInsn(Opcodes.L2I);
    if (bits == 8) mv.visitInsn(Opcodes.I2B);
    if (bits == 16) mv.visitInsn(Opcodes.I2S);
    mv.visitInsn(Opcodes.I2L);
  }

  /**
   * Boxes the value on the stack into an Object as maps, tuples, struct fields read by the runtime
   * and Boxed hold it: Boolean, Long (every integer type), Double; references as they are.
   */
  static void box(MethodVisitor mv, Type t) {
    switch (prim(t)) {
      case BOOL -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
      case LONG -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
      case DOUBLE -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
      case REF -> {}
    }
  }

  /** Turns an Object on the stack holding a value of type t (as {@link #box} makes it) into t's representation. */
  void unbox(MethodVisitor mv, Type t) {
    switch (prim(t)) {
      case BOOL -> {
        mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Boolean");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Boolean", "booleanValue", "()Z", false);
      }
      case DOUBLE -> {
        mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Number");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Number", "doubleValue", "()D", false);
      }
      case LONG -> {
        mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Long");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J", false);
      }
      case REF -> checkcast(mv, t);
    }
  }

  /** Casts an Object on the stack to t's class (nothing for interfaces). */
  void checkcast(MethodVisitor mv, Type t) {
    String n = internalName(t);
    if (!n.equals(OBJECT)) mv.visitTypeInsn(Opcodes.CHECKCAST, n);
  }
}
