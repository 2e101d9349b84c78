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
 * Exprs checks expressions: it dispatches on the kind of expression, evaluates expression lists
 * (with comma-ok forms) and checks identifiers and basic literals. Operators are
 * {@link Operators}'; selectors, index and slice expressions and type assertions
 * {@link Selectors}'; composite and function literals {@link Literals}'; calls {@link Calls}'.
 * Ported from go/types' expr.go.
 */
abstract class Exprs extends Operators {
  Exprs(Program prog) {
    super(prog);
  }

  abstract ExprKind callExpr(Operand x, Expr.Call call);

  abstract void selector(Operand x, Expr.Selector e);

  abstract void indexExpr(Operand x, Expr.Index e);

  abstract void sliceExpr(Operand x, Expr.SliceExpr e);

  abstract void assertExpr(Operand x, Expr.TypeAssert e);

  abstract void compositeLit(Operand x, Expr.CompositeLit e, Type hint);

  abstract void funcLit(Operand x, Expr.FuncLit e);

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
      case Expr.Unary u -> {
        unary(x, u);
        // A receive may stand as a statement: its value may go unused.
        if (u.op() == UnaryOp.RECV && !x.invalid()) kind = ExprKind.STATEMENT;
      }
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
      case Expr.ChanType t -> typeExpr(x, t);
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

}
