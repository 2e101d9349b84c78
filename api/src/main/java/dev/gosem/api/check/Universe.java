package dev.gosem.api.check;

import dev.gosem.api.types.Array;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;

import dev.gosem.api.Pos;
import dev.gosem.api.constant.Const;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Universe holds the predeclared names. Inside the checker byte and rune are distinct Basic
 * instances (equal to uint8 and int32) so messages can spell them as Go does; everything that
 * leaves the checker is canonicalised to the {@link Types} constants.
 */
final class Universe {
  private Universe() {}

  /** byte as the checker sees it: equal to uint8, printed "byte". */
  static final Basic BYTE = new Basic(Kind.UINT8);
  /** rune as the checker sees it: equal to int32, printed "rune". */
  static final Basic RUNE = new Basic(Kind.INT32);

  /**
   * any as the checker sees it: an empty interface that prints "any", distinct from the
   * {@code interface{}} a program spells out (which prints as written). It leaves the checker as
   * {@link Types#ANY}.
   */
  static final Interface ANY = new Interface(List.of());

  /** Predeclared names Go has that gosem does not support yet. */
  static final Set<String> UNSUPPORTED_TYPES = Set.of("float32", "complex64", "complex128", "comparable");
  static final Set<String> UNSUPPORTED_BUILTINS = Set.of(
      "clear", "close", "complex", "imag", "max", "min", "real");

  /** The supported builtins: name, minimum argument count, whether more may follow. */
  enum BuiltinSpec {
    APPEND("append", 1, true, true),
    CAP("cap", 1, false, true),
    COPY("copy", 2, false, false),
    DELETE("delete", 2, false, false),
    LEN("len", 1, false, true),
    MAKE("make", 1, true, true),
    NEW("new", 1, false, true),
    PANIC("panic", 1, false, false),
    PRINT("print", 0, true, false),
    PRINTLN("println", 0, true, false),
    RECOVER("recover", 0, false, false);

    final String goName;
    final int nargs;
    final boolean variadic;
    /** Whether a call is an expression (its value must be used) rather than a statement. */
    final boolean expression;

    BuiltinSpec(String goName, int nargs, boolean variadic, boolean expression) {
      this.goName = goName;
      this.nargs = nargs;
      this.variadic = variadic;
      this.expression = expression;
    }

    static BuiltinSpec of(String name) {
      for (BuiltinSpec b : values()) if (b.goName.equals(name)) return b;
      return null;
    }
  }

  static final Obj.Builtin LEN = new Obj.Builtin("len");
  static final Obj.Builtin PRINT = new Obj.Builtin("print");
  static final Obj.Builtin PRINTLN = new Obj.Builtin("println");
  static final Obj.TypeName ERROR = new Obj.TypeName("error", Pos.NONE, Types.ERROR);
  static final Obj.TypeName ANY_NAME = new Obj.TypeName("any", Pos.NONE, ANY);
  static final Obj.Constant TRUE = new Obj.Constant("true", Pos.NONE, Types.UNTYPED_BOOL, new Const.Bool(true));
  static final Obj.Constant FALSE = new Obj.Constant("false", Pos.NONE, Types.UNTYPED_BOOL, new Const.Bool(false));
  /** Marker for the predeclared iota; each use gets its own Obj.Constant with the current value. */
  static final Object IOTA = new Object();
  /** Marker for the predeclared nil. */
  static final Object NIL = new Object();
  /** The object uses of nil record. */
  static final Obj.Nil NIL_OBJ = new Obj.Nil();

  static Scope scope() {
    Scope u = new Scope(null, "universe");
    for (var e : Types.PREDECLARED.entrySet()) {
      Basic t = switch (e.getKey()) {
        case "byte" -> BYTE;
        case "rune" -> RUNE;
        default -> e.getValue();
      };
      u.insert(e.getKey(), new Obj.TypeName(e.getKey(), Pos.NONE, t));
    }
    for (BuiltinSpec b : BuiltinSpec.values()) {
      u.insert(b.goName, switch (b) {
        case LEN -> LEN;
        case PRINT -> PRINT;
        case PRINTLN -> PRINTLN;
        default -> new Obj.Builtin(b.goName);
      });
    }
    u.insert("error", ERROR);
    u.insert("any", ANY_NAME);
    u.insert("true", TRUE);
    u.insert("false", FALSE);
    u.insert("iota", IOTA);
    u.insert("nil", NIL);
    return u;
  }

  static boolean isUntyped(Type t) {
    return t instanceof Basic b && b.kind().isUntyped();
  }

  static boolean isTyped(Type t) {
    return !isUntyped(t);
  }

  /**
   * Whether t is the invalid type itself (a named type whose declaration failed is not: Go keeps
   * checking with it, and so do we; where Go looks at the underlying type, callers do too).
   */
  static boolean isInvalid(Type t) {
    return t == null || (t instanceof Basic b && b.kind() == Kind.INVALID);
  }

  /** The kind of t's underlying basic type (INVALID for other types). */
  static Kind kind(Type t) {
    return Types.underlying(t) instanceof Basic b ? b.kind() : Kind.INVALID;
  }

  static boolean isInteger(Type t) {
    return kind(t).isInteger();
  }

  static boolean isUnsigned(Type t) {
    return kind(t).isUnsigned();
  }

  static boolean isNumeric(Type t) {
    return kind(t).isNumeric();
  }

  static boolean isString(Type t) {
    return kind(t).isString();
  }

  static boolean isBoolean(Type t) {
    return kind(t).isBoolean();
  }

  static boolean isOrdered(Type t) {
    return kind(t).isOrdered();
  }

  static boolean isFloat(Type t) {
    return kind(t).isFloat();
  }

  /** Go's default type of an untyped kind (rune prints as rune). */
  static Type defaultType(Type t) {
    if (!(t instanceof Basic b)) return t;
    return switch (b.kind()) {
      case UNTYPED_BOOL -> Types.BOOL;
      case UNTYPED_INT -> Types.INT;
      case UNTYPED_RUNE -> RUNE;
      case UNTYPED_FLOAT -> Types.FLOAT64;
      case UNTYPED_STRING -> Types.STRING;
      default -> t;
    };
  }

  /** The canonical {@link Types} instance of a type, recursively. */
  static Type canon(Type t) {
    if (t == ANY) return Types.ANY;
    if (isCanonical(t)) return t;
    return switch (t) {
      case Basic b -> canonBasic(b.kind());
      case Tuple tu -> new Tuple(canonList(tu.types()));
      case Signature s -> new Signature(canonList(s.params()), canonList(s.results()), s.variadic());
      case Pointer p -> new Pointer(canon(p.elem()));
      case Slice sl -> new Slice(canon(sl.elem()));
      case Array a -> new Array(a.len(), canon(a.elem()));
      case MapType m -> new MapType(canon(m.key()), canon(m.elem()));
      case Struct st -> new Struct(st.fields().stream()
          .map(f -> new Struct.Field(f.name(), canon(f.type()), f.embedded())).toList());
      case Interface it -> new Interface(it.methods().stream()
          .map(m -> new Interface.Method(m.name(), (Signature) canon(m.sig()))).toList());
      case Named n -> n;
    };
  }

  /** Whether t, after canonicalisation, is already its own canonical form (no copy needed). */
  static boolean isCanonical(Type t) {
    return switch (t) {
      case Basic b -> b == canonBasic(b.kind());
      case Named n -> true;
      case Pointer p -> isCanonical(p.elem());
      case Slice sl -> isCanonical(sl.elem());
      case Array a -> isCanonical(a.elem());
      case MapType m -> isCanonical(m.key()) && isCanonical(m.elem());
      case Tuple tu -> tu.types().stream().allMatch(Universe::isCanonical);
      case Signature s -> s.params().stream().allMatch(Universe::isCanonical)
          && s.results().stream().allMatch(Universe::isCanonical);
      case Struct st -> st.fields().stream().allMatch(f -> isCanonical(f.type()));
      case Interface it -> it != ANY && it.methods().stream().allMatch(m -> isCanonical(m.sig()));
    };
  }

  private static List<Type> canonList(List<Type> ts) {
    List<Type> out = new ArrayList<>(ts.size());
    for (Type t : ts) out.add(canon(t));
    return out;
  }

  static Basic canonBasic(Kind k) {
    return switch (k) {
      case INVALID -> Types.INVALID;
      case BOOL -> Types.BOOL;
      case INT -> Types.INT;
      case INT8 -> Types.INT8;
      case INT16 -> Types.INT16;
      case INT32 -> Types.INT32;
      case INT64 -> Types.INT64;
      case UINT -> Types.UINT;
      case UINT8 -> Types.UINT8;
      case UINT16 -> Types.UINT16;
      case UINT32 -> Types.UINT32;
      case UINT64 -> Types.UINT64;
      case UINTPTR -> Types.UINTPTR;
      case FLOAT64 -> Types.FLOAT64;
      case STRING -> Types.STRING;
      case UNTYPED_BOOL -> Types.UNTYPED_BOOL;
      case UNTYPED_INT -> Types.UNTYPED_INT;
      case UNTYPED_RUNE -> Types.UNTYPED_RUNE;
      case UNTYPED_FLOAT -> Types.UNTYPED_FLOAT;
      case UNTYPED_STRING -> Types.UNTYPED_STRING;
      case UNTYPED_NIL -> Types.UNTYPED_NIL;
    };
  }
}
