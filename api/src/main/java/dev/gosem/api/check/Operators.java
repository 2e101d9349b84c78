package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.UnaryOp;
import dev.gosem.api.check.Operand.Mode;
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
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Operators checks unary and binary operators: operand types, untyped operands taking each
 * other's types, comparisons (comparable and ordered types, nil), shifts, constant folding
 * with Go's overflow checks, address-of and dereference. Ported from go/types' expr.go.
 */
abstract class Operators extends Operands {
  Operators(Program prog) {
    super(prog);
  }

  // =====================================================================================
  // unary operators, pointers
  // =====================================================================================

  private static boolean unaryAllowed(UnaryOp op, Type t) {
    return switch (op) {
      case PLUS, NEG -> Universe.isNumeric(t);
      case XOR -> Universe.isInteger(t);
      case NOT -> Universe.isBoolean(t);
      case ADDR, RECV -> false;
    };
  }

  void unary(Operand x, Expr.Unary u) {
    if (u.op() == UnaryOp.RECV) {
      receive(x, u);
      return;
    }
    // Go's parser drops parentheses around the operand of &.
    expr(x, u.op() == UnaryOp.ADDR ? unparen(u.x()) : u.x());
    if (x.invalid()) return;
    if (u.op() == UnaryOp.ADDR) {
      if (!(unparen(u.x()) instanceof Expr.CompositeLit) && x.mode != Mode.VARIABLE) {
        errorAt(x, "invalid operation: cannot take address of " + describe(x));
        x.invalidate();
        return;
      }
      markAddressTaken(u.x());
      x.mode = Mode.VALUE;
      x.type = new Pointer(x.type);
      x.val = null;
      return;
    }
    if (!unaryAllowed(u.op(), x.type)) {
      errorAt(x, "invalid operation: operator " + u.op().token() + " not defined on " + describe(x));
      x.invalidate();
      return;
    }
    if (x.mode == Mode.CONSTANT) {
      if (Val.isUnknown(x.val)) {
        x.expr = u;
        return;
      }
      x.val = switch (u.op()) {
        case PLUS -> x.val;
        case NEG -> Val.neg(x.val);
        case NOT -> Val.of(!((Val.BoolV) x.val).v());
        case ADDR, RECV -> x.val;
        case XOR -> {
          BigInteger i = Val.toInt(x.val);
          if (Universe.isUnsigned(x.type)) {
            BigInteger mask = BigInteger.ONE.shiftLeft(Universe.kind(x.type).bits()).subtract(BigInteger.ONE);
            yield Val.of(i.xor(mask));
          }
          yield Val.of(i.not());
        }
      };
      x.expr = u;
      overflow(x, u.pos());
      return;
    }
    x.mode = Mode.VALUE;
  }

  /** {@code <-ch}: a comma-ok value of the channel's element type. */
  private void receive(Operand x, Expr.Unary u) {
    expr(x, u.x());
    if (x.invalid()) return;
    if (!(Types.underlying(x.type) instanceof dev.gosem.api.types.Chan ch) || x.isNil()) {
      errorAt(x, "invalid operation: cannot receive from non-channel " + describe(x));
      x.invalidate();
      return;
    }
    if (!ch.dir().canRecv()) {
      errorAt(x, "invalid operation: cannot receive from send-only channel " + describe(x));
      x.invalidate();
      return;
    }
    x.mode = Mode.COMMAOK;
    x.type = ch.elem();
    x.val = null;
  }

  /** {@code *x}: a pointer dereference, or the pointer type *T. */
  void star(Operand x, Expr.Star st) {
    exprOrType(x, st.x());
    switch (x.mode) {
      case INVALID -> {}
      case TYPEXPR -> x.type = new Pointer(x.type);
      default -> {
        if (x.isNil() || !(Types.underlying(x.type) instanceof Pointer p)) {
          errorAt(x, "invalid operation: cannot indirect " + describe(x));
          x.invalidate();
          return;
        }
        x.mode = Mode.VARIABLE;
        x.type = p.elem();
        x.val = null;
      }
    }
  }

  /**
   * The local variable whose storage an addressable expression denotes part of ({@code x},
   * {@code x.f}, {@code x[i]} for an array x), or null if it lives elsewhere (behind a pointer,
   * in a slice, a global).
   */
  Obj.Var storageRoot(Expr e) {
    e = unparen(e);
    switch (e) {
      case Expr.Ident id -> {
        Obj o = info.uses.get(id);
        if (o instanceof Obj.Var v && v.kind() != Obj.Var.Kind.GLOBAL) return v;
        return null;
      }
      case Expr.Selector s -> {
        Selection sel = info.selectionInfo.get(s);
        if (sel == null || sel.kind() != Selection.Kind.FIELD || sel.indirect()) return null;
        return storageRoot(s.x());
      }
      case Expr.Index ix -> {
        Type t = types.get(ix.x());
        if (t != null && Types.underlying(t) instanceof Array) return storageRoot(ix.x());
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  void markAddressTaken(Expr e) {
    Obj.Var v = storageRoot(e);
    if (v != null) info.addressTaken.add(v);
  }

  // =====================================================================================
  // binary operators
  // =====================================================================================

  private static boolean binaryAllowed(BinaryOp op, Type t) {
    return switch (op) {
      case ADD -> Universe.isNumeric(t) || Universe.isString(t);
      case SUB, MUL, QUO -> Universe.isNumeric(t);
      case REM, AND, OR, XOR, AND_NOT -> Universe.isInteger(t);
      case LAND, LOR -> Universe.isBoolean(t);
      default -> false;
    };
  }

  void binary(Operand x, Expr.Binary e, Expr lhs, Expr rhs, BinaryOp op) {
    Operand y = new Operand();
    expr(x, lhs);
    expr(y, rhs);
    if (x.invalid()) return;
    if (y.invalid()) {
      x.invalidate();
      x.expr = y.expr;
      return;
    }
    if (op.isShift()) {
      shift(x, y, e, op);
      return;
    }
    if (canMix(x, y)) {
      convertUntyped(x, y.type);
      if (x.invalid()) return;
      convertUntyped(y, x.type);
      if (y.invalid()) {
        x.invalidate();
        return;
      }
    }
    if (op.isComparison()) {
      comparison(x, y, op, false);
      return;
    }
    if (!Predicates.identical(x.type, y.type)) {
      if (!Universe.isInvalid(x.type) && !Universe.isInvalid(y.type)) {
        String types = " (mismatched types " + typeString(x.type) + " and " + typeString(y.type) + ")";
        if (e != null) {
          errorAt(e, "invalid operation: " + ExprText.of(e) + types);
        } else {
          errorAt(lhs, "invalid operation: " + ExprText.of(lhs) + " " + op.token() + "= " + ExprText.of(rhs) + types);
        }
      }
      x.invalidate();
      return;
    }
    if (!binaryAllowed(op, x.type)) {
      errorAt(x, "invalid operation: operator " + op.token() + " not defined on " + describe(x));
      x.invalidate();
      return;
    }
    if ((op == BinaryOp.QUO || op == BinaryOp.REM)
        && (x.mode == Mode.CONSTANT || Universe.isInteger(x.type))
        && y.mode == Mode.CONSTANT && Val.sign(y.val) == 0) {
      errorAt(y, "invalid operation: division by zero");
      x.invalidate();
      return;
    }
    if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
      if (Val.isUnknown(x.val) || Val.isUnknown(y.val)) {
        x.val = Val.UNKNOWN;
        return;
      }
      x.val = constBinary(x.val, op, y.val, Universe.isInteger(x.type));
      Pos opPos = e != null ? e.pos() : lhs.pos();
      if (e != null) x.expr = e;
      overflow(x, opPos);
      return;
    }
    x.mode = Mode.VALUE;
  }

  private static boolean canMix(Operand x, Operand y) {
    if (Universe.isTyped(x.type) && Universe.isTyped(y.type)) return false;
    if (Predicates.isInterface(x.type) || Predicates.isInterface(y.type)) return true;
    if (Universe.isBoolean(x.type) != Universe.isBoolean(y.type)) return false;
    if (Universe.isString(x.type) != Universe.isString(y.type)) return false;
    if (x.isNil() && !Predicates.hasNil(y.type)) return false;
    if (y.isNil() && !Predicates.hasNil(x.type)) return false;
    return true;
  }

  /**
   * Integer constant division as Go 1.19's compiler does it (go/constant): two operands that fit
   * in an int64 divide as int64s, so -9223372036854775808 / -1 wraps to -9223372036854775808
   * (fuzzing finding F4); larger ones divide exactly. Truncated either way.
   */
  private static Val intQuo(java.math.BigInteger x, java.math.BigInteger y) {
    if (x.bitLength() < 64 && y.bitLength() < 64) return Val.of(java.math.BigInteger.valueOf(x.longValue() / y.longValue()));
    return Val.of(x.divide(y));
  }

  private static Val constBinary(Val a, BinaryOp op, Val b, boolean integer) {
    return switch (op) {
      case ADD -> Val.add(a, b);
      case SUB -> Val.sub(a, b);
      case MUL -> Val.mul(a, b);
      case QUO -> integer ? intQuo(Val.toInt(a), Val.toInt(b)) : Val.quo(a, b);
      case REM -> Val.of(Val.toInt(a).remainder(Val.toInt(b)));
      case AND -> Val.of(Val.toInt(a).and(Val.toInt(b)));
      case OR -> Val.of(Val.toInt(a).or(Val.toInt(b)));
      case XOR -> Val.of(Val.toInt(a).xor(Val.toInt(b)));
      case AND_NOT -> Val.of(Val.toInt(a).andNot(Val.toInt(b)));
      case LAND -> Val.of(((Val.BoolV) a).v() && ((Val.BoolV) b).v());
      case LOR -> Val.of(((Val.BoolV) a).v() || ((Val.BoolV) b).v());
      default -> throw new IllegalStateException("not an arithmetic operator: " + op);
    };
  }

  /**
   * Checks x op y for a comparison operator (in a switch, x is a case value and y the tag, and
   * the message differs); x becomes the untyped boolean result.
   */
  void comparison(Operand x, Operand y, BinaryOp op, boolean switchCase) {
    if (switchCase) op = BinaryOp.EQL;
    Operand errOp = x;
    String cause = null;
    boolean ok = assignableTo(x, y.type, null) || assignableTo(y, x.type, null);
    if (!ok) {
      errOp = y;
      cause = "mismatched types " + typeString(x.type) + " and " + typeString(y.type);
    } else if (op == BinaryOp.EQL || op == BinaryOp.NEQ) {
      if (x.isNil() || y.isNil()) {
        Type t = x.isNil() ? y.type : x.type;
        if (!Predicates.hasNil(t)) {
          errOp = y;
          ok = false;
        }
      } else if (!Predicates.comparable(x.type)) {
        errOp = x;
        cause = Predicates.incomparableCause(x.type, this::typeString);
        ok = false;
      } else if (!Predicates.comparable(y.type)) {
        errOp = y;
        cause = Predicates.incomparableCause(y.type, this::typeString);
        ok = false;
      }
    } else {
      if (!Universe.isOrdered(x.type)) {
        errOp = x;
        ok = false;
      } else if (!Universe.isOrdered(y.type)) {
        errOp = y;
        ok = false;
      }
    }
    if (!ok) {
      if (cause == null) cause = "operator " + op.token() + " not defined on " + kindString(errOp.type);
      if (switchCase) {
        errorAt(x, "invalid case " + ExprText.of(x.expr) + " in switch on " + ExprText.of(y.expr) + " (" + cause + ")");
      } else {
        errorAt(errOp, "invalid operation: " + ExprText.of(x.expr) + " " + op.token() + " " + ExprText.of(y.expr) + " (" + cause + ")");
      }
      x.invalidate();
      return;
    }
    if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
      int c = Val.compare(x.val, y.val);
      boolean r = Val.isUnknown(x.val) || Val.isUnknown(y.val) ? false : switch (op) {
        case EQL -> c == 0;
        case NEQ -> c != 0;
        case LSS -> c < 0;
        case LEQ -> c <= 0;
        case GTR -> c > 0;
        default -> c >= 0;
      };
      x.val = Val.of(r);
    } else {
      x.mode = Mode.VALUE;
      x.val = null;
      updateExprType(x.expr, Universe.defaultType(x.type), true);
      updateExprType(y.expr, Universe.defaultType(y.type), true);
    }
    x.type = Types.UNTYPED_BOOL;
  }

  void shift(Operand x, Operand y, Expr.Binary e, BinaryOp op) {
    BigInteger xval = null;
    if (x.mode == Mode.CONSTANT) xval = Val.toInt(x.val);
    if (!(Universe.isInteger(x.type) || (Universe.isUntyped(x.type) && xval != null))) {
      errorAt(x, "invalid operation: shifted operand " + describe(x) + " must be integer");
      x.invalidate();
      return;
    }
    if (y.mode == Mode.CONSTANT) {
      BigInteger yi = Val.toInt(y.val);
      if (yi != null && yi.signum() < 0) {
        errorAt(y, "invalid operation: negative shift count " + describe(y));
        x.invalidate();
        return;
      }
      if (Universe.isUntyped(y.type)) {
        Impl r = representation(y, Types.UINT);
        if (r.code() != OK) {
          invalidConversion(r.code(), y, Types.UINT);
          x.invalidate();
          return;
        }
        y.val = r.val();
        updateExprVal(y.expr, r.val());
        updateExprType(y.expr, Types.UINT, true);
      }
    } else {
      if (Universe.isInteger(y.type)) {
        // ok
      } else if (Universe.isUntyped(y.type)) {
        convertUntyped(y, Types.UINT);
        if (y.invalid()) {
          x.invalidate();
          return;
        }
      } else {
        errorAt(y, "invalid operation: shift count " + describe(y) + " must be integer");
        x.invalidate();
        return;
      }
    }
    if (x.mode == Mode.CONSTANT) {
      if (y.mode == Mode.CONSTANT) {
        if (Val.isUnknown(x.val) || Val.isUnknown(y.val)) {
          x.val = Val.UNKNOWN;
          if (!Universe.isInteger(x.type)) x.type = Types.UNTYPED_INT;
          return;
        }
        BigInteger s = Val.toInt(y.val);
        if (s == null || s.compareTo(BigInteger.valueOf(1023 - 1 + 52)) > 0) {
          errorAt(y, "invalid operation: invalid shift count " + describe(y));
          x.invalidate();
          return;
        }
        if (!Universe.isInteger(x.type)) x.type = Types.UNTYPED_INT;
        int n = s.intValue();
        x.val = Val.of(op == BinaryOp.SHL ? xval.shiftLeft(n) : xval.shiftRight(n));
        if (e != null) x.expr = e;
        overflow(x, e != null ? e.pos() : x.expr.pos());
        return;
      }
      if (Universe.isUntyped(x.type)) {
        Untyped u = untyped.get(x.expr);
        if (u != null) u.isLhs = true;
        x.mode = Mode.VALUE;
        x.val = null;
        return;
      }
    }
    if (!Universe.isInteger(x.type)) {
      errorAt(x, "invalid operation: shifted operand " + describe(x) + " must be integer");
      x.invalidate();
      return;
    }
    x.mode = Mode.VALUE;
    x.val = null;
  }

}
