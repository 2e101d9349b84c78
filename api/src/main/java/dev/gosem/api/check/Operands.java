package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.check.Operand.Mode;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.math.BigInteger;

/**
 * Operands holds the rules about values and types: untyped constants taking their final types
 * (and being recorded once they have them), representability of constants, assignability,
 * interface satisfaction and conversions. Ported from go/types' assignments.go, conversions.go,
 * operand.go, instantiate.go (implements) and the untyped half of expr.go.
 */
abstract class Operands extends TypeExprs {
  Operands(Program prog) {
    super(prog);
  }

  // =====================================================================================
  // assignment
  // =====================================================================================

  /**
   * Checks that x can be assigned to a variable of type t (null: the blank identifier, where
   * untyped values take their default type) and gives untyped x its type; x becomes invalid on
   * failure.
   */
  @Override
  void assignment(Operand x, Type t, String context) {
    singleValue(x);
    if (x.invalid()) return;
    switch (x.mode) {
      case CONSTANT, VARIABLE, MAPINDEX, VALUE, NILVALUE, COMMAOK -> {}
      default -> {
        errorAt(x, "cannot assign " + describe(x) + " to " + (t == null ? "<nil>" : typeString(t)) + " in " + context);
        x.invalidate();
        return;
      }
    }
    if (Universe.isUntyped(x.type)) {
      Type target = t;
      if (x.isNil()) {
        if (t == null) {
          errorAt(x, "use of untyped nil in " + context);
          x.invalidate();
          return;
        }
      } else if (t == null || Predicates.isInterface(t)) {
        target = Universe.defaultType(x.type);
      }
      Impl r = implicitTypeAndValue(x, target);
      if (r.code() != OK) {
        String msg = "cannot use " + describe(x) + " as " + typeString(target) + " value in " + context;
        if (r.code() == TRUNCATED) msg += " (truncated)";
        else if (r.code() == OVERFLOWS) msg += " (overflows)";
        errorAt(x, msg);
        x.invalidate();
        return;
      }
      if (r.val() != null) {
        x.val = r.val();
        updateExprVal(x.expr, r.val());
      }
      if (r.type() != x.type) {
        x.type = r.type();
        updateExprType(x.expr, r.type(), false);
      }
    }
    if (t == null) return;
    String[] reason = {""};
    if (!assignableTo(x, t, reason)) {
      if (!reason[0].isEmpty()) {
        errorAt(x, "cannot use " + describe(x) + " as type " + typeString(t) + " in " + context + ":\n\t" + reason[0]);
      } else {
        errorAt(x, "cannot use " + describe(x) + " as type " + typeString(t) + " in " + context);
      }
      x.invalidate();
    }
  }

  void singleValue(Operand x) {
    if (x.mode == Mode.VALUE && x.type instanceof dev.gosem.api.types.Tuple) {
      errorAt(x, "multiple-value " + describe(x) + " in single-value context");
      x.invalidate();
    }
  }

  /** Whether x is assignable to t; if not, reason[0] may say why. */
  boolean assignableTo(Operand x, Type t, String[] reason) {
    if (x.invalid() || Universe.isInvalid(t)) return true;
    Type v = x.type;
    if (Predicates.identical(v, t)) return true;
    Type vu = Types.underlying(v);
    Type tu = Types.underlying(t);
    if (Universe.isUntyped(vu)) return implicitTypeAndValue(x, t).type() != null;
    if (Predicates.identical(vu, tu) && (!Predicates.isNamed(v) || !Predicates.isNamed(t))) return true;
    if (tu instanceof Interface || isInterfacePtr(tu)) {
      String err = implementsError(v, t);
      if (err != null) {
        if (reason != null) reason[0] = err;
        return false;
      }
      return true;
    }
    if (vu instanceof Interface) {
      if (implementsError(t, v) == null) {
        if (reason != null) reason[0] = "need type assertion";
        return false;
      }
    }
    return false;
  }

  static boolean isInterfacePtr(Type t) {
    return Types.underlying(t) instanceof Pointer p && Predicates.isInterface(p.elem());
  }

  /**
   * The package that declares the field or method a lookup found: the package of the named type
   * whose struct holds the field, or of the method's receiver type; unexported names of other
   * packages are not selectable, promoted ones included. An unnamed holder counts as the current
   * package's.
   */
  String ownerPackage(Type xt, Lookup.Result r) {
    if (r.obj() instanceof Obj.Func f && f.recv() != null && !f.isInterfaceMethod()) {
      return Lookup.deref(f.recv()) instanceof Named n ? n.pkg() : pkgPath;
    }
    Type t = Lookup.deref(xt);
    int steps = r.obj() instanceof Obj.Field ? r.path().size() - 1 : r.path().size();
    for (int i = 0; i < steps; i++) {
      if (!(Types.underlying(Lookup.deref(t)) instanceof Struct st)) return pkgPath;
      t = Lookup.deref(st.fields().get(r.path().get(i)).type());
    }
    t = Lookup.deref(t);
    return t instanceof Named n && !n.pkg().isEmpty() ? n.pkg() : pkgPath;
  }

  /** Why V does not implement T, as Go says it, or null if it does. */
  String implementsError(Type v, Type t) {
    Type vu = Types.underlying(v);
    Type tu = Types.underlying(t);
    if (Universe.isInvalid(vu) || Universe.isInvalid(tu)) return null;
    if (vu instanceof Pointer p && Universe.isInvalid(Types.underlying(p.elem()))) return null;
    if (!(tu instanceof Interface ti)) {
      String cause = isInterfacePtr(tu) ? "type " + typeString(t) + " is pointer to interface, not interface"
          : typeString(t) + " is not an interface";
      return typeString(v) + " does not implement " + typeString(t) + " (" + cause + ")";
    }
    if (ti.isEmpty()) return null;
    // An unexported method of another package's interface is that package's own: only its
    // package's types can have it.
    if (t instanceof Named tn && !(vu instanceof Interface)) {
      for (Interface.Method im : ti.methods()) {
        if (Selectors.isExported(im.name())) continue;
        Lookup.Result r = Lookup.lookup(v, false, im.name(), objs, false);
        if (!r.found()) r = Lookup.lookup(new Pointer(v), false, im.name(), objs, false);
        if (r.found() && !ownerPackage(v, r).equals(tn.pkg())) {
          return typeString(v) + " does not implement " + typeString(t) + " (missing " + im.name() + " method)";
        }
      }
    }
    Lookup.Missing m = Lookup.missingMethod(v, ti, true, objs);
    if (m != null) {
      return typeString(v) + " does not implement " + typeString(t) + " " + missingMethodReason(v, t, m);
    }
    return null;
  }

  /** Go's parenthesised reason for a missing method (with have/want lines for near misses). */
  String missingMethodReason(Type v, Type t, Lookup.Missing m) {
    String mname = m.method().name() + " method";
    if (m.altName() != null) {
      if (!m.altName().equals(m.method().name())) {
        return "(missing " + mname + ")\n\t\thave " + m.altName() + sigString(m.altSig())
            + "\n\t\twant " + m.method().name() + sigString(m.method().sig());
      }
      if (Predicates.identical(m.method().sig(), m.altSig())) return "(" + mname + " has pointer receiver)";
      return "(wrong type for " + mname + ")\n\t\thave " + m.altName() + sigString(m.altSig())
          + "\n\t\twant " + m.method().name() + sigString(m.method().sig());
    }
    if (isInterfacePtr(v)) return "(type " + typeString(v) + " is pointer to interface, not interface)";
    if (isInterfacePtr(t)) return "(type " + typeString(t) + " is pointer to interface, not interface)";
    return "(missing " + mname + ")";
  }

  /** A signature without its "func" keyword, as in method lists. */
  String sigString(dev.gosem.api.types.Signature sig) {
    return typeString(sig).substring(4);
  }

  // =====================================================================================
  // untyped values
  // =====================================================================================

  void updateExprType(Expr x, Type t, boolean fin) {
    updateExprType0(null, x, t, fin);
  }

  private void updateExprType0(Expr parent, Expr x, Type t, boolean fin) {
    Untyped old = untyped.get(x);
    if (old == null) return;
    switch (x) {
      case Expr.Paren p -> updateExprType0(x, p.x(), t, fin);
      case Expr.Unary u -> {
        if (old.val == null) updateExprType0(x, u.x(), t, fin);
      }
      case Expr.Binary b -> {
        if (old.val == null) {
          if (b.op().isComparison()) {
            // operands already have their final types
          } else if (b.op().isShift()) {
            updateExprType0(x, b.x(), t, fin);
          } else {
            updateExprType0(x, b.x(), t, fin);
            updateExprType0(x, b.y(), t, fin);
          }
        }
      }
      default -> {}
    }
    if (!fin && Universe.isUntyped(t)) {
      old.type = (Basic) Types.underlying(t);
      return;
    }
    untyped.remove(x);
    if (old.isLhs) {
      if (!Universe.isInteger(t)) {
        String p = parent != null ? ExprText.of(parent) : ExprText.of(x);
        error(x.pos(), "invalid operation: " + p + " (shift of type " + typeString(t) + ")");
        return;
      }
    }
    Val v = old.val;
    if (v != null) {
      Operand c = new Operand(old.mode, x, old.type);
      c.val = v;
      convertUntyped(c, t);
      if (c.invalid()) return;
      v = c.val;
    }
    recordTypeAndValue(x, t, v);
  }

  void updateExprVal(Expr x, Val v) {
    Untyped u = untyped.get(x);
    if (u != null) u.val = v;
  }

  @Override
  void convertUntyped(Operand x, Type target) {
    Impl r = implicitTypeAndValue(x, target);
    if (r.code() != OK) {
      invalidConversion(r.code(), x, Types.underlying(target));
      x.invalidate();
      return;
    }
    if (r.val() != null) {
      x.val = r.val();
      updateExprVal(x.expr, r.val());
    }
    if (r.type() != x.type) {
      x.type = r.type();
      updateExprType(x.expr, r.type(), false);
    }
  }

  void invalidConversion(int code, Operand x, Type target) {
    String msg = switch (code) {
      case TRUNCATED -> "%s truncated to %s";
      case OVERFLOWS -> "%s overflows %s";
      default -> "cannot convert %s to %s";
    };
    errorAt(x, msg.formatted(describe(x), typeString(target)));
  }

  Impl implicitTypeAndValue(Operand x, Type target) {
    if (x.invalid() || Universe.isTyped(x.type) || Universe.isInvalid(target)) {
      return new Impl(x.type, null, OK);
    }
    if (Universe.isUntyped(target)) {
      Kind xk = Universe.kind(x.type);
      Kind tk = Universe.kind(target);
      if (Universe.isNumeric(x.type) && Universe.isNumeric(target)) {
        if (xk.ordinal() < tk.ordinal()) return new Impl(target, null, OK);
      } else if (xk != tk) {
        return new Impl(null, null, INVALID_UNTYPED);
      }
      return new Impl(x.type, null, OK);
    }
    if (x.isNil()) {
      return Predicates.hasNil(target) ? new Impl(target, null, OK) : new Impl(null, null, INVALID_UNTYPED);
    }
    switch (Types.underlying(target)) {
      case Basic tb -> {
        if (x.mode == Mode.CONSTANT) {
          Impl r = representation(x, tb);
          if (r.code() != OK) return new Impl(null, null, r.code());
          return new Impl(target, r.val(), OK);
        }
        boolean ok = switch (Universe.kind(x.type)) {
          case UNTYPED_BOOL -> Universe.isBoolean(target);
          case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT -> Universe.isNumeric(target);
          case UNTYPED_STRING -> Universe.isString(target);
          default -> false;
        };
        return ok ? new Impl(target, null, OK) : new Impl(null, null, INVALID_UNTYPED);
      }
      case Interface it -> {
        if (!it.isEmpty()) return new Impl(null, null, INVALID_UNTYPED);
        return new Impl(Universe.defaultType(x.type), null, OK);
      }
      case null, default -> {
        return new Impl(null, null, INVALID_UNTYPED);
      }
    }
  }

  /** Whether constant x is representable in t: the converted value, or why not. */
  Impl representation(Operand x, Basic t) {
    Val v = representable(x.val, t);
    if (v != null) return new Impl(t, v, OK);
    if (Universe.isNumeric(x.type) && Universe.isNumeric(t)) {
      if (!Universe.isInteger(x.type) && Universe.isInteger(t)) return new Impl(null, null, TRUNCATED);
      return new Impl(null, null, OVERFLOWS);
    }
    return new Impl(null, null, INVALID_CONST);
  }

  /** The value converted to type t, or null if t cannot represent it exactly (floats round). */
  static Val representable(Val v, Basic t) {
    if (Val.isUnknown(v)) return v;
    Kind k = t.kind();
    switch (k) {
      case UNTYPED_BOOL, BOOL -> {
        return v instanceof Val.BoolV ? v : null;
      }
      case UNTYPED_STRING, STRING -> {
        return v instanceof Val.StrV ? v : null;
      }
      case UNTYPED_INT, UNTYPED_RUNE -> {
        BigInteger i = Val.isNumeric(v) ? Val.toInt(v) : null;
        return i == null ? null : Val.of(i);
      }
      case UNTYPED_FLOAT -> {
        return Val.isNumeric(v) ? Val.toFloat(v) : null;
      }
      case FLOAT64 -> {
        if (!Val.isNumeric(v)) return null;
        double d = Val.toDouble(v);
        if (Double.isInfinite(d)) return null;
        return Val.fromDouble(d);
      }
      default -> {
        if (!k.isInteger() || !Val.isNumeric(v)) return null;
        BigInteger i = Val.toInt(v);
        if (i == null) return null;
        int bits = k.bits();
        BigInteger min;
        BigInteger max;
        if (k.isUnsigned()) {
          min = BigInteger.ZERO;
          max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        } else {
          min = BigInteger.ONE.shiftLeft(bits - 1).negate();
          max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        }
        if (i.compareTo(min) < 0 || i.compareTo(max) > 0) return null;
        return Val.of(i);
      }
    }
  }

  /** Checks a constant result: typed constants must fit their type, untyped integers 512 bits. */
  void overflow(Operand x, Pos opPos) {
    if (Universe.isTyped(x.type)) {
      if (!(Types.underlying(x.type) instanceof Basic b)) return;
      Impl r = representation(x, b);
      if (r.code() != OK) {
        invalidConversion(r.code(), x, x.type);
        x.invalidate();
        return;
      }
      x.val = r.val();
      return;
    }
    // Only untyped integers and runes: an untyped float with an integral value (math.MaxFloat64,
    // 1e300) is held as an IntV too, but go/constant keeps it a float, which has no such limit.
    if (Universe.isInteger(x.type) && x.val instanceof Val.IntV i && i.v().abs().bitLength() > 512) {
      String op = opName(x.expr);
      error(opPos, "constant " + (op.isEmpty() ? "" : op + " ") + "overflow");
      x.invalidate();
    }
  }

  private static String opName(Expr e) {
    if (e instanceof Expr.Binary b) {
      return switch (b.op()) {
        case ADD -> "addition";
        case SUB -> "subtraction";
        case XOR -> "bitwise XOR";
        case MUL -> "multiplication";
        case SHL -> "shift";
        default -> "";
      };
    }
    if (e instanceof Expr.Unary u && u.op() == dev.gosem.api.ast.UnaryOp.XOR) return "bitwise complement";
    return "";
  }

  // =====================================================================================
  // conversions
  // =====================================================================================

  /** Checks the conversion T(x) and gives x type t (x becomes invalid on failure). */
  void conversion(Operand x, Type t) {
    String[] cause = {""};
    boolean constArg = x.mode == Mode.CONSTANT;
    boolean ok = false;
    boolean constType = Types.underlying(t) instanceof Basic tb0 && tb0.kind() != Kind.INVALID;
    if (constArg && constType) {
      Basic tb = (Basic) Types.underlying(t);
      Val v = representable(x.val, tb);
      if (v != null) {
        ok = true;
        x.val = v;
      } else if (Universe.isInteger(x.type) && Universe.isString(t)) {
        BigInteger cp = Val.toInt(x.val);
        long r = cp.signum() >= 0 && cp.compareTo(BigInteger.valueOf(0x10ffff)) <= 0 ? cp.longValue() : 0xfffd;
        x.val = Val.str(GoFormat.encodeRune(r));
        ok = true;
      }
    } else if (convertibleTo(x, t, cause)) {
      ok = true;
      x.mode = Mode.VALUE;
      x.val = null;
    }
    if (!ok) {
      String msg = "cannot convert " + describe(x) + " to type " + typeString(t);
      errorAt(x, cause[0].isEmpty() ? msg : msg + ":\n\t" + cause[0]);
      x.invalidate();
      return;
    }
    if (Universe.isUntyped(x.type)) {
      Type fin = t;
      if (Predicates.isUntypedNil(x.type)) {
        // nil keeps its type
      } else if (Predicates.isInterface(t) || (constArg && !constType)) {
        fin = Universe.defaultType(x.type);
      } else if (x.mode == Mode.CONSTANT && Universe.isInteger(x.type) && Universe.isString(t)) {
        fin = x.type;
      }
      updateExprType(x.expr, fin, true);
    }
    x.type = t;
  }

  /** Whether x converts to t; if not, cause[0] may say why (an assignability reason). */
  boolean convertibleTo(Operand x, Type t, String[] cause) {
    if (assignableTo(x, t, cause)) return true;
    Type v = x.type;
    Type vu = Types.underlying(v);
    Type tu = Types.underlying(t);
    if (Predicates.identical(vu, tu)) return true;
    if (v instanceof Pointer vp && t instanceof Pointer tp
        && Predicates.identical(Types.underlying(vp.elem()), Types.underlying(tp.elem()))) {
      return true;
    }
    if (Universe.isNumeric(vu) && Universe.isNumeric(tu)) return true;
    if ((Universe.isInteger(vu) || isBytesOrRunes(vu)) && Universe.isString(tu)) return true;
    if (Universe.isString(vu) && isBytesOrRunes(tu)) return true;
    if (vu instanceof Slice s && tu instanceof Pointer p && Types.underlying(p.elem()) instanceof dev.gosem.api.types.Array a
        && Predicates.identical(s.elem(), a.elem())) {
      return true;
    }
    return false;
  }

  static boolean isBytesOrRunes(Type t) {
    if (Types.underlying(t) instanceof Slice s) {
      Kind k = Universe.kind(s.elem());
      return k == Kind.UINT8 || k == Kind.INT32;
    }
    return false;
  }
}
