package dev.gosem.ir.pass;

import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.BlockKind;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;

/**
 * ConstFold replaces operations whose arguments are all constants by their result, computed
 * with Go's semantics (wrap-around at the type's width, truncated division, Go's shift rules),
 * and turns an If on a constant into a Plain jump. It never folds an operation that would panic
 * at run time (a zero divisor, a negative shift count, an out-of-range index): the panic must
 * happen when the program runs, at its position.
 */
public final class ConstFold {
  private ConstFold() {}

  public static void run(Func f) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : f.blocks()) {
        for (Value v : b.values()) {
          if (v.op() == Op.CONST || v.argCount() == 0) continue;
          Object r = fold(v);
          if (r != null) {
            v.becomeConst(r);
            changed = true;
          }
        }
      }
    }
    for (Block b : f.blocks()) {
      if (b.kind() == BlockKind.IF && b.controls().getFirst().isConst()) {
        boolean taken = (Boolean) b.controls().getFirst().aux();
        b.removeSucc(taken ? 1 : 0);
        b.end(BlockKind.PLAIN);
      }
    }
  }

  private static boolean allConst(Value v) {
    for (Value a : v.args()) if (!a.isConst()) return false;
    return true;
  }

  static Object fold(Value v) {
    if (!allConst(v)) return null;
    Type t = v.type();
    Object x = v.arg(0).aux();
    Object y = v.argCount() > 1 ? v.arg(1).aux() : null;
    // Only the ops listed fold; calls, phis, global accesses and intrinsics never do, whatever
    // their arguments. Payloads are matched by type so ill-typed IR is left for the verifier.
    return switch (v.op()) {
      case COPY -> x;
      case NOT -> x instanceof Boolean b ? !b : null;
      case CONCAT -> x instanceof String a && y instanceof String b ? a + b : null;
      case STRLEN -> x instanceof String s ? (Object) (long) s.length() : null;
      case STRINDEX -> {
        if (!(x instanceof String s) || !(y instanceof Long i)) yield null;
        yield i >= 0 && i < s.length() ? (Object) (long) s.charAt((int) (long) i) : null;
      }
      case EQ, NE, LT, LE, GT, GE -> compare(v.op(), v.arg(0).type(), x, y);
      case CONVERT -> convert(v.arg(0).type(), t, x);
      case SHL, SHR -> x instanceof Long a && y instanceof Long s && Types.isInteger(t) ? shift(v.op(), t, a, s, v.arg(1).type()) : null;
      case ADD, SUB, MUL, DIV, REM, AND, OR, XOR, AND_NOT, NEG, COMPL -> {
        if (Types.isFloat(t)) yield x instanceof Double a && (y == null || y instanceof Double) ? floatOp(v.op(), a, (Double) y) : null;
        yield Types.isInteger(t) ? intOp(v.op(), t, x, y) : null;
      }
      default -> null;
    };
  }

  private static Object intOp(Op op, Type t, Object x, Object y) {
    if (!(x instanceof Long a)) return null;
    boolean unary = op == Op.NEG || op == Op.COMPL;
    if (!unary && !(y instanceof Long)) return null;
    long b = unary ? 0 : (Long) y;
    return switch (op) {
      case ADD -> IntArith.wrap(a + b, t);
      case SUB -> IntArith.wrap(a - b, t);
      case MUL -> IntArith.wrap(a * b, t);
      case DIV -> b == 0 ? null : IntArith.div(a, b, t);
      case REM -> b == 0 ? null : IntArith.rem(a, b, t);
      case AND -> a & b;
      case OR -> a | b;
      case XOR -> a ^ b;
      case AND_NOT -> a & ~b;
      case NEG -> IntArith.wrap(-a, t);
      case COMPL -> IntArith.wrap(~a, t);
      default -> null;
    };
  }

  private static Object shift(Op op, Type t, long x, long s, Type countType) {
    // A negative count of a signed type panics at run time: leave it.
    if (s < 0 && !Types.isUnsigned(countType)) return null;
    return op == Op.SHL ? IntArith.shl(x, s, t) : IntArith.shr(x, s, t);
  }

  private static Object floatOp(Op op, Double a, Double b) {
    return switch (op) {
      case ADD -> a + b;
      case SUB -> a - b;
      case MUL -> a * b;
      case DIV -> a / b;
      case NEG -> -a;
      default -> null;
    };
  }

  private static Object compare(Op op, Type t, Object x, Object y) {
    int c;
    if (x instanceof Long a && y instanceof Long b) {
      c = IntArith.compare(a, b, t);
    } else if (x instanceof Double a && y instanceof Double b) {
      // Go's float comparisons: NaN compares false with everything, -0 == +0.
      if (a.isNaN() || b.isNaN()) return op == Op.NE;
      c = Double.compare(a + 0.0, b + 0.0);
    } else if (x instanceof String a && y instanceof String b) {
      c = a.compareTo(b);
    } else if (x instanceof Boolean a && y instanceof Boolean b) {
      if (op != Op.EQ && op != Op.NE) return null;
      c = a.equals(b) ? 0 : 1;
    } else {
      return null;
    }
    return switch (op) {
      case EQ -> c == 0;
      case NE -> c != 0;
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      default -> null;
    };
  }

  private static Object convert(Type from, Type to, Object x) {
    if (Types.isInteger(to)) {
      if (x instanceof Long l) return IntArith.wrap(l, to);
      // Float to integer truncates toward zero; of a value out of the type's range it is
      // implementation-defined in Go, so only in-range values fold and the rest is the backend's.
      if (x instanceof Double d) return IntArith.truncate(d, to);
      return null;
    }
    if (Types.isFloat(to) && x instanceof Long l) {
      return Types.isUnsigned(from) ? unsignedToDouble(l) : (double) l;
    }
    return null;
  }

  private static double unsignedToDouble(long l) {
    return new java.math.BigDecimal(Long.toUnsignedString(l)).doubleValue(); // correctly rounded
  }
}
