package dev.gosem.ir.build;

import dev.gosem.api.constant.Const;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import dev.gosem.ir.ssa.Nil;

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

  /** The zero value of a type as a constant payload (aggregates have none: they are allocated). */
  static Object zero(Type t) {
    if (Types.isInteger(t)) return 0L;
    if (Types.isFloat(t)) return 0.0;
    if (Types.isBoolean(t)) return Boolean.FALSE;
    if (Types.isString(t)) return "";
    if (isNillable(t)) return Nil.NIL;
    throw new IllegalArgumentException("no zero constant for " + t);
  }

  /** Pointers, slices, maps, interfaces and funcs: types whose zero value is nil. */
  static boolean isNillable(Type t) {
    return switch (Types.underlying(t)) {
      case Pointer p -> true;
      case Slice s -> true;
      case dev.gosem.api.types.Chan c -> true;
      case MapType m -> true;
      case Interface i -> true;
      case Signature s -> true;
      default -> false;
    };
  }

  /** Structs and arrays: values that live in memory when they are variables. */
  static boolean isAggregate(Type t) {
    Type u = Types.underlying(t);
    return u instanceof Struct || u instanceof Array;
  }

  static boolean isInterface(Type t) {
    return Types.underlying(t) instanceof Interface;
  }

  /** The type the IR uses for a checked type: untyped kinds become their default types. */
  static Type irType(Type t) {
    if (t instanceof Basic b && b.isUntyped()) return Types.defaultType(t);
    return t;
  }
}
