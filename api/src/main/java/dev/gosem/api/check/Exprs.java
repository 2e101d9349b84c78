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
 * Exprs checks expressions: identifiers, literals, operators, selectors, index and slice
 * expressions, type assertions, composite and function literals. Ported from go/types' expr.go,
 * index.go and the selector half of call.go.
 */
abstract class Exprs extends Operands {
  Exprs(Program prog) {
    super(prog);
  }

  abstract ExprKind callExpr(Operand x, Expr.Call call);

  // =====================================================================================
  // entry points
  // =====================================================================================

  /** Evaluates e to a single value. */
  @Override
  void expr(Operand x, Expr e) {
    rawExpr(x, e, null);
    exclude(x, true, true, true);
    singleValue(x);
  }

  /** Like expr; hint is the type of a composite literal element (for elided literal types). */
  @Override
  void exprWithHint(Operand x, Expr e, Type hint) {
    rawExpr(x, e, hint);
    exclude(x, true, true, true);
    singleValue(x);
  }

  /** Evaluates e to one or more values (a call may return several). */
  @Override
  void multiExpr(Operand x, Expr e) {
    rawExpr(x, e, null);
    exclude(x, true, true, true);
  }

  /** Evaluates e to a value or a type. */
  @Override
  void exprOrType(Operand x, Expr e) {
    rawExpr(x, e, null);
    exclude(x, true, false, false);
    singleValue(x);
  }

  private void exclude(Operand x, boolean novalue, boolean builtin, boolean typexpr) {
    String msg = null;
    if (x.mode == Mode.NOVALUE && novalue) {
      msg = typexpr ? "%s used as value" : "%s used as value or type";
    } else if (x.mode == Mode.BUILTIN && builtin) {
      msg = "%s must be called";
    } else if (x.mode == Mode.TYPEXPR && typexpr) {
      msg = "%s is not an expression";
    }
    if (msg != null) {
      errorAt(x, msg.formatted(describe(x)));
      x.invalidate();
    }
  }

  /**
   * Evaluates a list of expressions; a single call with several results gives one operand per
   * result, and with allowCommaOk a map index or type assertion gives its value and an untyped
   * bool (commaOk[0] is then set).
   */
  List<Operand> exprList(List<Expr> es, boolean allowCommaOk, boolean[] commaOk) {
    List<Operand> out = new ArrayList<>();
    if (es.size() == 1) {
      Expr e = es.getFirst();
      Operand x = new Operand();
      multiExpr(x, e);
      if (!x.invalid() && x.type instanceof Tuple t) {
        for (Type et : t.types()) out.add(new Operand(Mode.VALUE, e, et));
        return out;
      }
      out.add(x);
      if (allowCommaOk && (x.mode == Mode.MAPINDEX || x.mode == Mode.COMMAOK)) {
        x.mode = Mode.VALUE;
        out.add(new Operand(Mode.VALUE, e, Types.UNTYPED_BOOL));
        if (commaOk != null) commaOk[0] = true;
      }
      return out;
    }
    for (Expr e : es) {
      Operand x = new Operand();
      expr(x, e);
      out.add(x);
    }
    return out;
  }

  /** Records the type of a comma-ok expression as the pair (value type, bool). */
  void recordCommaOkTypes(Expr e, Type t0, Type t1) {
    if (t0 == null || t1 == null) return;
    while (true) {
      Type t = types.get(e);
      if (t == null) return;
      recordTypeAndValue(e, new Tuple(List.of(t0, t1)), null);
      if (e instanceof Expr.Paren p) e = p.x();
      else return;
    }
  }

  /** Evaluates expressions only for their errors and uses (after another error). */
  @Override
  void use(List<Expr> es) {
    for (Expr e : es) {
      if (e == null) continue;
      if (unparen(e) instanceof Expr.Ident id && id.name().equals("_")) continue;
      if (e instanceof Expr.KeyValue kv) {
        use(List.of(kv.value()));
        continue;
      }
      rawExpr(new Operand(), e, null);
    }
  }

  /** Like use, but a variable on the left of an assignment is not thereby used. */
  void useLHS(List<Expr> es) {
    for (Expr e : es) {
      if (e == null) continue;
      Expr u = unparen(e);
      if (u instanceof Expr.Ident id) {
        if (id.name().equals("_")) continue;
        if (scope.lookup(id.name()) instanceof Obj.Var v) {
          boolean was = used.contains(v);
          rawExpr(new Operand(), e, null);
          if (!was) used.remove(v);
          continue;
        }
      }
      rawExpr(new Operand(), e, null);
    }
  }

  @Override
  ExprKind rawExpr(Operand x, Expr e, Type hint) {
    ExprKind kind = exprInternal(x, e, hint);
    record(x);
    return kind;
  }

  private ExprKind exprInternal(Operand x, Expr e, Type hint) {
    x.mode = Mode.INVALID;
    x.type = Types.INVALID;
    x.val = null;
    x.builtin = null;
    x.std = null;
    x.expr = e;
    ExprKind kind = ExprKind.EXPRESSION;
    switch (e) {
      case Expr.Ident id -> ident(x, id);
      case Expr.BasicLit lit -> basicLit(x, lit);
      case Expr.Paren p -> {
        kind = rawExpr(x, p.x(), null);
        x.expr = e;
        return kind;
      }
      case Expr.Unary u -> unary(x, u);
      case Expr.Binary b -> binary(x, b, b.x(), b.y(), b.op());
      case Expr.Call c -> kind = callExpr(x, c);
      case Expr.Selector s -> selector(x, s);
      case Expr.Index ix -> indexExpr(x, ix);
      case Expr.SliceExpr se -> sliceExpr(x, se);
      case Expr.Star st -> star(x, st);
      case Expr.TypeAssert ta -> assertExpr(x, ta);
      case Expr.CompositeLit cl -> compositeLit(x, cl, hint);
      case Expr.FuncLit fl -> funcLit(x, fl);
      case Expr.KeyValue kv -> {
        error(e.pos(), "unexpected key:value expression");
        use(List.of(kv.key(), kv.value()));
      }
      case Expr.ArrayType t -> typeExpr(x, t);
      case Expr.MapType t -> typeExpr(x, t);
      case Expr.StructType t -> typeExpr(x, t);
      case Expr.InterfaceType t -> typeExpr(x, t);
      case Expr.FuncType t -> typeExpr(x, t);
      case Expr.Ellipsis el -> {
        error(e.pos(), "invalid use of '...'");
        if (el.elem() != null) use(List.of(el.elem()));
      }
    }
    if (x.invalid()) kind = ExprKind.STATEMENT;
    x.expr = e;
    return kind;
  }

  /** A type expression is a type operand, even when the type is broken (as in Go). */
  private void typeExpr(Operand x, Expr e) {
    x.mode = Mode.TYPEXPR;
    x.type = typInternal(e);
  }

  // =====================================================================================
  // identifiers and literals
  // =====================================================================================

  private void ident(Operand x, Expr.Ident id) {
    String name = id.name();
    if (name.equals("_")) {
      error(id.pos(), "cannot use _ as value or type");
      return;
    }
    Object o = scope.lookup(name);
    if (o == null) {
      if (Universe.UNSUPPORTED_TYPES.contains(name)) {
        error(id.pos(), "unsupported: type " + name);
      } else if (Universe.UNSUPPORTED_BUILTINS.contains(name)) {
        error(id.pos(), "unsupported: builtin " + name);
      } else {
        error(id.pos(), "undefined: " + name);
      }
      return;
    }
    if (o instanceof PkgDecl pd) {
      o = resolve(pd);
      if (o == null) {
        if (pd.kind == PkgDecl.Kind.TYPE) error(id.pos(), "invalid recursive type " + name);
        return;
      }
    }
    switch (o) {
      case Obj.PkgName pn -> {
        info.uses.put(id, pn);
        error(id.pos(), "use of package " + name + " not in selector");
      }
      case Obj.Constant c -> {
        info.uses.put(id, c);
        if (c == Universe.TRUE || c == Universe.FALSE) {
          x.mode = Mode.CONSTANT;
          x.type = Types.UNTYPED_BOOL;
          x.val = Val.of(c == Universe.TRUE);
          return;
        }
        Type t = objTypes.get(c);
        Val v = constVals.getOrDefault(c, Val.UNKNOWN);
        if (t == null || Universe.isInvalid(t)) return;
        x.mode = Mode.CONSTANT;
        x.type = t;
        x.val = v;
      }
      case Obj.TypeName tn -> {
        info.uses.put(id, tn);
        if (Universe.isInvalid(tn.type())) return;
        x.mode = Mode.TYPEXPR;
        x.type = tn.type();
      }
      case Obj.Var v -> {
        info.uses.put(id, v);
        used.add(v);
        noteVarUse(v);
        Type t = objTypes.get(v);
        if (t == null || Universe.isInvalid(t)) return;
        x.mode = Mode.VARIABLE;
        x.type = t;
      }
      case Obj.Func f -> {
        info.uses.put(id, f);
        x.mode = Mode.VALUE;
        x.type = funcSigs.get(f);
      }
      case Obj.Builtin b -> {
        info.uses.put(id, b);
        x.mode = Mode.BUILTIN;
        x.builtin = b.name();
      }
      default -> {
        if (o == Universe.IOTA) {
          if (iota == null) {
            error(id.pos(), "cannot use iota outside constant declaration");
            return;
          }
          BigInteger n = Val.toInt(iota);
          info.uses.put(id, new Obj.Constant("iota", Pos.NONE, Types.UNTYPED_INT, new dev.gosem.api.constant.Const.Int(n)));
          x.mode = Mode.CONSTANT;
          x.type = Types.UNTYPED_INT;
          x.val = iota;
        } else if (o == Universe.NIL) {
          info.uses.put(id, Universe.NIL_OBJ);
          x.mode = Mode.NILVALUE;
          x.type = Types.UNTYPED_NIL;
        }
      }
    }
  }

  private void basicLit(Operand x, Expr.BasicLit lit) {
    Val v = null;
    Type t = null;
    switch (lit.kind()) {
      case INT -> {
        BigInteger i = GoFormat.parseInt(lit.text());
        if (i != null) v = Val.of(i);
        t = Types.UNTYPED_INT;
      }
      case FLOAT -> {
        v = GoFormat.parseFloat(lit.text());
        t = Types.UNTYPED_FLOAT;
      }
      case RUNE -> {
        long r = GoFormat.parseRune(lit.text());
        if (r >= 0) v = Val.of(r);
        t = Types.UNTYPED_RUNE;
      }
      case STRING -> {
        String s = GoFormat.parseString(lit.text());
        if (s != null) v = Val.str(s);
        t = Types.UNTYPED_STRING;
      }
    }
    if (v == null) {
      error(lit.pos(), "malformed constant: " + lit.text());
      return;
    }
    x.mode = Mode.CONSTANT;
    x.type = t;
    x.val = v;
  }

  // =====================================================================================
  // unary operators, pointers
  // =====================================================================================

  private static boolean unaryAllowed(UnaryOp op, Type t) {
    return switch (op) {
      case PLUS, NEG -> Universe.isNumeric(t);
      case XOR -> Universe.isInteger(t);
      case NOT -> Universe.isBoolean(t);
      case ADDR -> false;
    };
  }

  private void unary(Operand x, Expr.Unary u) {
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
        case ADDR -> x.val;
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

  /** {@code *x}: a pointer dereference, or the pointer type *T. */
  private void star(Operand x, Expr.Star st) {
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

  private static Val constBinary(Val a, BinaryOp op, Val b, boolean integer) {
    return switch (op) {
      case ADD -> Val.add(a, b);
      case SUB -> Val.sub(a, b);
      case MUL -> Val.mul(a, b);
      case QUO -> integer ? Val.of(Val.toInt(a).divide(Val.toInt(b))) : Val.quo(a, b);
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

  private void shift(Operand x, Operand y, Expr.Binary e, BinaryOp op) {
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

  // =====================================================================================
  // selectors
  // =====================================================================================

  private void selector(Operand x, Expr.Selector e) {
    String sel = e.sel();
    if (e.x() instanceof Expr.Ident id && scope.lookup(id.name()) instanceof Obj.PkgName pn) {
      qualified(x, e, id, pn);
      return;
    }
    exprOrType(x, e.x());
    switch (x.mode) {
      case INVALID -> {
        return;
      }
      case BUILTIN -> {
        error(dotPos(e), "cannot select on " + describe(x));
        x.invalidate();
        return;
      }
      default -> {}
    }
    if (x.isNil()) {
      error(e.pos(), ExprText.of(e.x()) + "." + sel + " undefined (type untyped nil has no field or method " + sel + ")");
      x.invalidate();
      return;
    }
    Type xt = x.type;
    Lookup.Result r = Lookup.lookup(xt, x.mode == Mode.VARIABLE, sel, objs, false);
    if (r.found() && r.obj() instanceof Obj.Field f && isStdType(Lookup.deref(xt)) && !isExported(sel)) {
      r = new Lookup.Result(null, null, null, false, false, null, null, null);
    }
    if (!r.found()) {
      if (Universe.isInvalid(Types.underlying(xt))) {
        x.invalidate();
        return;
      }
      if (r.ambiguous()) {
        error(e.pos(), "ambiguous selector " + ExprText.of(x.expr) + "." + sel);
      } else if (r.pointerNeeded()) {
        error(e.pos(), "cannot call pointer method " + sel + " on " + typeString(xt));
      } else if (isStdType(Lookup.deref(xt)) && isExported(sel)) {
        error(e.pos(), "unsupported: (*" + typeString(Lookup.deref(xt)) + ")." + sel);
      } else {
        String why;
        if (isInterfacePtr(xt)) {
          why = "type " + typeString(xt) + " is pointer to interface, not interface";
        } else {
          why = "type " + typeString(xt) + " has no field or method " + sel;
          if (!sel.isEmpty()) {
            char c = sel.charAt(0);
            String changed = (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) + sel.substring(1);
            if (Lookup.lookup(xt, x.mode == Mode.VARIABLE, changed, objs, false).found()) why += ", but does have " + changed;
          }
        }
        error(e.pos(), ExprText.of(x.expr) + "." + sel + " undefined (" + why + ")");
      }
      x.invalidate();
      return;
    }
    Type pubRecv = Universe.canon(xt);
    if (x.mode == Mode.TYPEXPR) {
      if (r.sig() == null) {
        error(e.pos(), ExprText.of(x.expr) + "." + sel + " undefined (type " + typeString(xt) + " has no method " + sel + ")");
        x.invalidate();
        return;
      }
      List<Type> params = new ArrayList<>();
      params.add(xt);
      params.addAll(r.sig().params());
      Signature sig = new Signature(params, r.sig().results(), r.sig().variadic());
      typeDisplay.put(sig, methodExprDisplay(xt, r));
      info.selectionInfo.put(e, new Selection(Selection.Kind.METHOD_EXPR, pubRecv, r.obj(), Universe.canon(sig),
          r.path(), r.derefs(), r.adjust()));
      info.selections.put(e, r.obj());
      addMethodDep(r.obj());
      x.mode = Mode.VALUE;
      x.type = sig;
      x.val = null;
      return;
    }
    if (r.obj() instanceof Obj.Field) {
      info.selectionInfo.put(e, new Selection(Selection.Kind.FIELD, pubRecv, r.obj(), Universe.canon(r.holder()),
          r.path(), r.derefs(), null));
      info.selections.put(e, r.obj());
      x.mode = x.mode == Mode.VARIABLE || r.indirect() ? Mode.VARIABLE : Mode.VALUE;
      x.type = r.holder();
      x.val = null;
      return;
    }
    info.selectionInfo.put(e, new Selection(Selection.Kind.METHOD_VALUE, pubRecv, r.obj(), Universe.canon(r.sig()),
        r.path(), r.derefs(), r.adjust()));
    info.selections.put(e, r.obj());
    if (r.adjust() == Selection.RecvAdjust.ADDRESS) markReceiverAddressTaken(e.x(), r.derefs());
    addMethodDep(r.obj());
    if (r.obj() instanceof Obj.StdFunc sf) x.std = sf;
    x.mode = Mode.VALUE;
    x.type = r.sig();
    x.val = null;
  }

  /** The position of a selector's dot (Go's position of the selector), just before its name. */
  static Pos dotPos(Expr.Selector e) {
    Pos p = e.pos();
    return p.col() > 1 ? new Pos(p.file(), p.line(), p.col() - 1) : p;
  }

  /** A pointer method called on an addressable value takes the address of its storage. */
  private void markReceiverAddressTaken(Expr x, List<Boolean> derefs) {
    if (derefs.contains(true)) return;
    markAddressTaken(x);
  }

  private void addMethodDep(Obj m) {
    PkgDecl md = methodDecls.get(m);
    if (md != null && decl != null) decl.deps.add(md);
  }

  private static boolean isStdType(Type t) {
    return t instanceof Named n && !n.pkg().isEmpty() && !n.pkg().equals("main");
  }

  private static boolean isExported(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
  }

  /** How Go prints a method expression's type: the receiver first, named like the method's receiver. */
  private String methodExprDisplay(Type recv, Lookup.Result r) {
    String base = typeString(r.sig());
    String rest = base.substring("func(".length());
    String recvName = null;
    if (r.obj() instanceof Obj.Func f && f.decl() != null && !f.decl().params().isEmpty()
        && f.decl().params().getFirst().name() != null) {
      recvName = f.decl().recv() != null && f.decl().recv().name() != null ? f.decl().recv().name() : "_";
    }
    String first = recvName == null ? typeString(recv) : recvName + " " + typeString(recv);
    if (rest.startsWith(")")) return "func(" + first + rest;
    return "func(" + first + ", " + rest;
  }

  /** {@code pkg.Name} for an imported standard package. */
  private void qualified(Operand x, Expr.Selector e, Expr.Ident id, Obj.PkgName pn) {
    usedImports.add(pn);
    info.uses.put(id, pn);
    recordTypeAndValue(id, Types.INVALID, null);
    String sel = e.sel();
    if (!StdLib.isPackage(pn.path())) return; // unsupported import, reported already
    Obj member = StdLib.member(pn.path(), sel);
    if (member == null) {
      if (StdLib.exports(pn.path(), sel)) {
        error(e.pos(), "unsupported: " + id.name() + "." + sel + " (gosem supports only part of package " + pn.path() + ")");
      } else {
        error(e.pos(), "undefined: " + id.name() + "." + sel);
      }
      return;
    }
    info.selections.put(e, member);
    info.selectionInfo.put(e, new Selection(Selection.Kind.QUALIFIED, null, member, member.type(), List.of(), List.of(), null));
    switch (member) {
      case Obj.StdFunc f -> {
        x.mode = Mode.VALUE;
        x.type = StdLib.fn(f).sig();
        x.std = f;
      }
      case Obj.Constant c -> {
        x.mode = Mode.CONSTANT;
        x.type = c.type();
        x.val = StdLib.constVal(c);
      }
      case Obj.TypeName tn -> {
        x.mode = Mode.TYPEXPR;
        x.type = tn.type();
      }
      default -> {}
    }
  }

  // =====================================================================================
  // index and slice expressions
  // =====================================================================================

  private void indexExpr(Operand x, Expr.Index e) {
    exprOrType(x, e.x());
    switch (x.mode) {
      case INVALID -> {
        use(List.of(e.index()));
        return;
      }
      case TYPEXPR -> {
        // An instantiation; gosem has no generic types, so T[...] is an error as in Go.
        if (!Universe.isInvalid(x.type)) errorAt(e.x(), typeString(x.type) + " is not a generic type");
        x.invalidate();
        return;
      }
      default -> {}
    }
    boolean valid = false;
    long length = -1;
    Type u = Types.underlying(x.type);
    if (x.isNil()) u = null;
    switch (u) {
      case Basic b -> {
        if (Universe.isString(b)) {
          valid = true;
          if (x.mode == Mode.CONSTANT && x.val instanceof Val.StrV sv) length = sv.v().length();
          x.mode = Mode.VALUE;
          x.type = Universe.BYTE;
        }
      }
      case Array a -> {
        valid = true;
        length = a.len();
        if (x.mode != Mode.VARIABLE) x.mode = Mode.VALUE;
        x.type = a.elem();
      }
      case Pointer p -> {
        if (Types.underlying(p.elem()) instanceof Array a) {
          valid = true;
          length = a.len();
          x.mode = Mode.VARIABLE;
          x.type = a.elem();
        }
      }
      case Slice s -> {
        valid = true;
        x.mode = Mode.VARIABLE;
        x.type = s.elem();
      }
      case MapType m -> {
        Operand key = new Operand();
        expr(key, e.index());
        assignment(key, m.key(), "map index");
        x.mode = Mode.MAPINDEX;
        x.type = m.elem();
        x.val = null;
        x.expr = e;
        return;
      }
      case null, default -> {}
    }
    if (!valid) {
      // As Go does, the index is not checked then.
      error(e.pos(), "invalid operation: cannot index " + describe(x));
      x.invalidate();
      return;
    }
    x.val = null;
    index(e.index(), length);
  }

  /**
   * Checks an index against a known length (or -1); returns its constant value (-1 if not
   * constant), or null if it is invalid.
   */
  Long index(Expr index, long max) {
    Operand x = new Operand();
    expr(x, index);
    if (!isValidIndex(x, "index", false)) return null;
    if (x.mode != Mode.CONSTANT) return -1L;
    if (Val.isUnknown(x.val)) return null;
    BigInteger i = Val.toInt(x.val);
    if (max >= 0 && i.compareTo(BigInteger.valueOf(max)) >= 0) {
      errorAt(x, "invalid argument: index " + Val.goString(x.val) + " out of bounds [0:" + max + "]");
      return null;
    }
    return i.longValue();
  }

  boolean isValidIndex(Operand x, String what, boolean allowNegative) {
    if (x.invalid()) return false;
    convertUntyped(x, Types.INT);
    if (x.invalid()) return false;
    if (!Universe.isInteger(x.type)) {
      errorAt(x, "invalid argument: " + what + " " + describe(x) + " must be integer");
      return false;
    }
    if (x.mode == Mode.CONSTANT) {
      if (!allowNegative && Val.sign(x.val) < 0) {
        errorAt(x, "invalid argument: " + what + " " + describe(x) + " must not be negative");
        return false;
      }
      Val v = representable(x.val, Types.INT);
      if (v == null) {
        errorAt(x, "invalid argument: " + what + " " + describe(x) + " overflows int");
        return false;
      }
      x.val = v;
    }
    return true;
  }

  private void sliceExpr(Operand x, Expr.SliceExpr e) {
    expr(x, e.x());
    if (x.invalid()) {
      use(java.util.Arrays.asList(e.lo(), e.hi(), e.max()));
      return;
    }
    boolean valid = false;
    long length = -1;
    Type u = x.isNil() ? null : Types.underlying(x.type);
    switch (u) {
      case Basic b -> {
        if (Universe.isString(b)) {
          if (e.slice3()) {
            Expr at = e.max() != null ? e.max() : e;
            errorAt(at, "invalid operation: 3-index slice of string");
            x.invalidate();
            return;
          }
          valid = true;
          if (x.mode == Mode.CONSTANT && x.val instanceof Val.StrV sv) length = sv.v().length();
          if (Universe.isUntyped(x.type)) x.type = Types.STRING;
        }
      }
      case Array a -> {
        valid = true;
        length = a.len();
        if (x.mode != Mode.VARIABLE) {
          errorAt(x, "invalid operation: " + describe(x) + " (slice of unaddressable value)");
          x.invalidate();
          return;
        }
        markAddressTaken(e.x());
        x.type = new Slice(a.elem());
      }
      case Pointer p -> {
        if (Types.underlying(p.elem()) instanceof Array a) {
          valid = true;
          length = a.len();
          x.type = new Slice(a.elem());
        }
      }
      case Slice s -> valid = true;
      case null, default -> {}
    }
    if (!valid) {
      errorAt(x, "invalid operation: cannot slice " + describe(x));
      x.invalidate();
      return;
    }
    x.mode = Mode.VALUE;
    x.val = null;
    if (e.slice3() && (e.hi() == null || e.max() == null)) {
      error(e.pos(), "middle index required in 3-index slice");
      x.invalidate();
      return;
    }
    Expr[] idx = {e.lo(), e.hi(), e.max()};
    long[] ind = new long[3];
    for (int i = 0; i < 3; i++) {
      long v = -1;
      if (idx[i] != null) {
        long max = length >= 0 ? length + 1 : -1;
        Long c = index(idx[i], max);
        if (c != null && c >= 0) v = c;
      } else if (i == 0) {
        v = 0;
      } else if (length >= 0) {
        v = length;
      }
      ind[i] = v;
    }
    outer:
    for (int i = 0; i < 2; i++) {
      long a = ind[i];
      if (a > 0) {
        for (int j = i + 1; j < 3; j++) {
          long b = ind[j];
          if (b >= 0 && b < a) {
            errorAt(idx[j], "invalid slice indices: " + b + " < " + a);
            break outer;
          }
        }
      }
    }
  }

  // =====================================================================================
  // type assertions
  // =====================================================================================

  private void assertExpr(Operand x, Expr.TypeAssert e) {
    expr(x, e.x());
    if (x.invalid()) {
      if (e.type() != null) use(List.of(e.type()));
      return;
    }
    if (!(Types.underlying(x.type) instanceof Interface)) {
      errorAt(x, "invalid operation: " + describe(x) + " is not an interface");
      x.invalidate();
      return;
    }
    if (e.type() == null) {
      error(e.pos(), "use of .(type) outside type switch");
      x.invalidate();
      return;
    }
    Type t = varType(e.type());
    if (Universe.isInvalid(t)) {
      x.invalidate();
      return;
    }
    typeAssertion(e, x, t, false);
    x.mode = Mode.COMMAOK;
    x.type = t;
    x.val = null;
  }

  /** Checks that x (of interface type) may hold a T; reports an impossible assertion or case. */
  void typeAssertion(Expr e, Operand x, Type t, boolean typeSwitch) {
    if (Predicates.isInterface(t)) return;
    Interface xi = (Interface) Types.underlying(x.type);
    Lookup.Missing m = Lookup.missingMethod(t, xi, false, objs);
    if (m == null) return;
    String cause = missingMethodReason(t, x.type, m);
    if (typeSwitch) {
      errorAt(e, "impossible type switch case: " + ExprText.of(e) + "\n\t" + describe(x) + " cannot have dynamic type "
          + typeString(t) + " " + cause);
      return;
    }
    errorAt(e, "impossible type assertion: " + ExprText.of(e) + "\n\t" + typeString(t) + " does not implement "
        + typeString(x.type) + " " + cause);
  }

  // =====================================================================================
  // composite literals
  // =====================================================================================

  private void compositeLit(Operand x, Expr.CompositeLit e, Type hint) {
    Type typ;
    Type base;
    if (e.type() != null) {
      if (e.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
        Type elem = varType(at.elem());
        long n = indexedElts(e.elts(), elem, -1);
        if (Universe.isInvalid(elem)) {
          x.invalidate();
          return;
        }
        typ = new Array(n, elem);
        recordTypeAndValue(e.type(), typ, null);
        x.mode = Mode.VALUE;
        x.type = typ;
        return;
      }
      typ = typ(e.type());
      base = typ;
    } else if (hint != null) {
      typ = hint;
      base = Lookup.deref(Types.underlying(hint));
    } else {
      error(e.pos(), "missing type in composite literal");
      use(e.elts());
      return;
    }
    switch (Types.underlying(base)) {
      case Struct st -> structLit(e, st, base, typ);
      case Array a -> indexedElts(e.elts(), a.elem(), a.len());
      case Slice s -> indexedElts(e.elts(), s.elem(), -1);
      case MapType m -> mapLit(e, m);
      case null, default -> {
        for (Expr el : e.elts()) use(List.of(el instanceof Expr.KeyValue kv ? kv.value() : el));
        if (!Universe.isInvalid(Types.underlying(base))) {
          errorAt(e, "invalid composite literal type " + typeString(typ));
          x.invalidate();
          return;
        }
        // A literal of a broken type is a value of invalid type, as in Go.
      }
    }
    x.mode = Mode.VALUE;
    x.type = typ;
  }

  private void structLit(Expr.CompositeLit e, Struct st, Type base, Type typ) {
    if (e.elts().isEmpty()) return;
    List<Obj.Field> fields = fieldsOf(st);
    Operand x = new Operand();
    if (e.elts().getFirst() instanceof Expr.KeyValue) {
      boolean[] visited = new boolean[st.fields().size()];
      for (Expr el : e.elts()) {
        if (!(el instanceof Expr.KeyValue kv)) {
          errorAt(el, "mixture of field:value and value elements in struct literal");
          continue;
        }
        expr(x, kv.value());
        if (!(kv.key() instanceof Expr.Ident key)) {
          errorAt(kv, "invalid field name " + ExprText.of(kv.key()) + " in struct literal");
          continue;
        }
        int i = st.indexOf(key.name());
        if (key.name().equals("_")) i = -1;
        if (i < 0 || (isStdType(base) && !isExported(key.name()))) {
          error(key.pos(), "unknown field '" + key.name() + "' in struct literal of type " + typeString(base));
          continue;
        }
        info.uses.put(key, fields.get(i));
        assignment(x, st.fields().get(i).type(), "struct literal");
        if (visited[i]) {
          errorAt(kv, "duplicate field name " + key.name() + " in struct literal");
          continue;
        }
        visited[i] = true;
      }
    } else {
      for (int i = 0; i < e.elts().size(); i++) {
        Expr el = e.elts().get(i);
        if (el instanceof Expr.KeyValue kv) {
          errorAt(kv, "mixture of field:value and value elements in struct literal");
          continue;
        }
        expr(x, el);
        if (i >= st.fields().size()) {
          errorAt(x, "too many values in " + typeString(base) + "{…}");
          break;
        }
        Struct.Field f = st.fields().get(i);
        if (isStdType(base) && !isExported(f.name())) {
          errorAt(x, "implicit assignment to unexported field " + f.name() + " in " + typeString(typ) + " literal");
          continue;
        }
        assignment(x, f.type(), "struct literal");
      }
      if (e.elts().size() < st.fields().size()) {
        error(compositeEnd(e), "too few values in " + typeString(base) + "{…}");
      }
    }
  }

  /** Where Go reports "too few values": the closing brace. */
  static Pos compositeEnd(Expr.CompositeLit e) {
    return e.end();
  }

  private void mapLit(Expr.CompositeLit e, MapType m) {
    boolean keyIsInterface = Predicates.isInterface(m.key());
    Map<Object, List<Type>> visited = new HashMap<>();
    Operand x = new Operand();
    for (Expr el : e.elts()) {
      if (!(el instanceof Expr.KeyValue kv)) {
        errorAt(el, "missing key in map literal");
        continue;
      }
      exprWithHint(x, kv.key(), m.key());
      assignment(x, m.key(), "map literal");
      if (x.invalid()) {
        use(List.of(kv.value()));
        continue;
      }
      if (x.mode == Mode.CONSTANT) {
        boolean duplicate = false;
        Object key = keyVal(x.val);
        if (keyIsInterface) {
          List<Type> ts = visited.computeIfAbsent(key, k -> new ArrayList<>());
          for (Type t : ts) if (Predicates.identical(t, x.type)) duplicate = true;
          ts.add(x.type);
        } else {
          duplicate = visited.containsKey(key);
          visited.put(key, null);
        }
        if (duplicate) {
          errorAt(x, "duplicate key " + Val.goString(x.val) + " in map literal");
          use(List.of(kv.value()));
          continue;
        }
      }
      exprWithHint(x, kv.value(), m.elem());
      assignment(x, m.elem(), "map literal");
    }
  }

  /** A constant's value as a map key: equal numbers of different kinds compare equal. */
  static Object keyVal(Val v) {
    return switch (v) {
      case Val.IntV i -> i.v();
      case Val.RatV r -> r.den().equals(BigInteger.ONE) ? r.num() : r;
      case Val.BoolV b -> b.v();
      case Val.StrV s -> "s:" + s.v();
      default -> v;
    };
  }

  /** Checks the elements of an array or slice literal; returns the length they give. */
  long indexedElts(List<Expr> elts, Type elem, long length) {
    Set<Long> visited = new HashSet<>();
    long index = 0;
    long max = 0;
    for (Expr e : elts) {
      boolean validIndex = false;
      Expr eval = e;
      if (e instanceof Expr.KeyValue kv) {
        Operand k = new Operand();
        Long i = keyIndex(kv.key(), length);
        if (i != null) {
          if (i >= 0) {
            index = i;
            validIndex = true;
          } else {
            errorAt(e, "index " + ExprText.of(kv.key()) + " must be integer constant");
          }
        }
        eval = kv.value();
      } else if (length >= 0 && index >= length) {
        errorAt(e, "index " + index + " is out of bounds (>= " + length + ")");
      } else {
        validIndex = true;
      }
      if (validIndex) {
        if (!visited.add(index)) errorAt(e, "duplicate index " + index + " in array or slice literal");
      }
      index++;
      if (index > max) max = index;
      Operand x = new Operand();
      exprWithHint(x, eval, elem);
      assignment(x, elem, "array or slice literal");
    }
    return max;
  }

  private Long keyIndex(Expr key, long length) {
    return index(key, length);
  }

  // =====================================================================================
  // function literals
  // =====================================================================================

  private void funcLit(Operand x, Expr.FuncLit e) {
    SigInfo si = funcType(null, e.type().params(), e.type().results());
    recordTypeAndValue(e.type(), si.sig(), null);
    info.captures.putIfAbsent(e, new ArrayList<>());
    if (e.body() != null) funcLitBody(e, si.sig());
    x.mode = Mode.VALUE;
    x.type = si.sig();
  }
}
