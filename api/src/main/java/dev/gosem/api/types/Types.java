package dev.gosem.api.types;

import java.util.Map;
import java.util.TreeMap;

/** Types holds the predeclared types, so builder code reads {@code Types.INT8}. */
public final class Types {
  public static final Basic INVALID = new Basic(Kind.INVALID);
  public static final Basic BOOL = new Basic(Kind.BOOL);
  public static final Basic INT = new Basic(Kind.INT);
  public static final Basic INT8 = new Basic(Kind.INT8);
  public static final Basic INT16 = new Basic(Kind.INT16);
  public static final Basic INT32 = new Basic(Kind.INT32);
  public static final Basic INT64 = new Basic(Kind.INT64);
  public static final Basic UINT = new Basic(Kind.UINT);
  public static final Basic UINT8 = new Basic(Kind.UINT8);
  public static final Basic UINT16 = new Basic(Kind.UINT16);
  public static final Basic UINT32 = new Basic(Kind.UINT32);
  public static final Basic UINT64 = new Basic(Kind.UINT64);
  public static final Basic UINTPTR = new Basic(Kind.UINTPTR);
  public static final Basic FLOAT64 = new Basic(Kind.FLOAT64);
  public static final Basic STRING = new Basic(Kind.STRING);
  public static final Basic BYTE = UINT8;
  public static final Basic RUNE = INT32;
  public static final Basic UNTYPED_BOOL = new Basic(Kind.UNTYPED_BOOL);
  public static final Basic UNTYPED_INT = new Basic(Kind.UNTYPED_INT);
  public static final Basic UNTYPED_RUNE = new Basic(Kind.UNTYPED_RUNE);
  public static final Basic UNTYPED_FLOAT = new Basic(Kind.UNTYPED_FLOAT);
  public static final Basic UNTYPED_STRING = new Basic(Kind.UNTYPED_STRING);
  public static final Basic UNTYPED_NIL = new Basic(Kind.UNTYPED_NIL);

  /** The empty interface, {@code any}. */
  public static final Interface ANY = Interface.EMPTY;

  /** The predeclared {@code error}: a named interface with one method, {@code Error() string}. */
  public static final Named ERROR = new Named("", "error",
      new Interface(java.util.List.of(new Interface.Method("Error", new Signature(java.util.List.of(), java.util.List.of(STRING))))));

  /** The predeclared type names, including the aliases byte and rune. */
  public static final Map<String, Basic> PREDECLARED = predeclared();

  private Types() {}

  private static Map<String, Basic> predeclared() {
    Map<String, Basic> m = new TreeMap<>();
    for (Basic b : new Basic[] {BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32,
        UINT64, UINTPTR, FLOAT64, STRING}) {
      m.put(b.kind().goName(), b);
    }
    m.put("byte", BYTE);
    m.put("rune", RUNE);
    return Map.copyOf(m);
  }

  /** The type an untyped constant of this type gets when nothing else decides (Go's default type). */
  public static Type defaultType(Type t) {
    if (!(t instanceof Basic b)) return t;
    return switch (b.kind()) {
      case UNTYPED_BOOL -> BOOL;
      case UNTYPED_INT -> INT;
      case UNTYPED_RUNE -> RUNE;
      case UNTYPED_FLOAT -> FLOAT64;
      case UNTYPED_STRING -> STRING;
      default -> t;
    };
  }

  public static boolean isInteger(Type t) {
    return underlying(t) instanceof Basic b && b.kind().isInteger();
  }

  public static boolean isUnsigned(Type t) {
    return underlying(t) instanceof Basic b && b.kind().isUnsigned();
  }

  public static boolean isFloat(Type t) {
    return underlying(t) instanceof Basic b && b.kind().isFloat();
  }

  public static boolean isString(Type t) {
    return underlying(t) instanceof Basic b && b.kind().isString();
  }

  public static boolean isBoolean(Type t) {
    return underlying(t) instanceof Basic b && b.kind().isBoolean();
  }

  public static boolean isUntyped(Type t) {
    return t instanceof Basic b && b.kind().isUntyped();
  }

  /** The underlying type: a named type's declared type, any other type itself. */
  public static Type underlying(Type t) {
    return t instanceof Named n ? n.underlying() : t;
  }
}
