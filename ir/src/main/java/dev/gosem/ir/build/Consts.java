package dev.gosem.ir.build;

import dev.gosem.api.constant.Const;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;

/**
 * Consts converts the type checker's exact constants into the IR's constant payloads: a Long
 * holding the integer's bits (uint64 values above MaxInt64 wrap to negative longs), a Double,
 * a Boolean or a String (Go byte-string).
 */
final class Consts {
  private Consts() {}

  static Object payload(Const c, Type t) {
    if (Types.isInteger(t)) {
      return switch (c) {
        case Const.Int i -> i.value().longValue();
        case Const.Float f -> f.value().toBigInteger().longValue();
        default -> throw new IllegalArgumentException("constant " + c + " is not an integer");
      };
    }
    if (Types.isFloat(t)) {
      return switch (c) {
        case Const.Int i -> i.value().doubleValue();
        case Const.Float f -> f.value().doubleValue();
        default -> throw new IllegalArgumentException("constant " + c + " is not a number");
      };
    }
    return switch (c) {
      case Const.Bool b -> b.value();
      case Const.Str s -> s.value();
      default -> throw new IllegalArgumentException("constant " + c + " does not fit type " + t);
    };
  }

  /** The zero value of a type as a constant payload. */
  static Object zero(Type t) {
    if (Types.isInteger(t)) return 0L;
    if (Types.isFloat(t)) return 0.0;
    if (Types.isBoolean(t)) return Boolean.FALSE;
    if (Types.isString(t)) return "";
    throw new IllegalArgumentException("no zero constant for " + t);
  }

  /** The type the IR uses for a checked type: untyped kinds become their default types. */
  static Type irType(Type t) {
    if (t instanceof Basic b && b.isUntyped()) return Types.defaultType(t);
    return t;
  }
}
