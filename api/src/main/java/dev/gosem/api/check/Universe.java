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

  /** Predeclared names Go has that gosem does not support yet. */
  static final Set<String> UNSUPPORTED_TYPES = Set.of(
      "float32", "complex64", "complex128", "error", "any", "comparable");
  static final Set<String> UNSUPPORTED_BUILTINS = Set.of(
      "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "make", "max", "min",
      "new", "panic", "real", "recover");

  static final Obj.Builtin LEN = new Obj.Builtin("len");
  static final Obj.Builtin PRINT = new Obj.Builtin("print");
  static final Obj.Builtin PRINTLN = new Obj.Builtin("println");
  static final Obj.Constant TRUE = new Obj.Constant("true", Pos.NONE, Types.UNTYPED_BOOL, new Const.Bool(true));
  static final Obj.Constant FALSE = new Obj.Constant("false", Pos.NONE, Types.UNTYPED_BOOL, new Const.Bool(false));
  /** Marker for the predeclared iota; each use gets its own Obj.Constant with the current value. */
  static final Object IOTA = new Object();
  /** Marker for the predeclared nil. */
  static final Object NIL = new Object();

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
    u.insert("len", LEN);
    u.insert("print", PRINT);
    u.insert("println", PRINTLN);
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

  static boolean isInvalid(Type t) {
    return t instanceof Basic b && b.kind() == Kind.INVALID;
  }

  static Kind kind(Type t) {
    return t instanceof Basic b ? b.kind() : Kind.INVALID;
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
