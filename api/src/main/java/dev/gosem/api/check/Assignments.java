package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.check.Operand.Mode;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assignments checks declarations inside functions (var, const, type), assignments, short
 * variable declarations, op-assignments, inc/dec and returns: how values initialize and assign
 * to variables, comma-ok forms, and Go's count mismatches. Ported from go/types'
 * assignments.go and decl.go.
 */
abstract class Assignments extends Builtins {
  Assignments(Program prog) {
    super(prog);
  }

  // =====================================================================================
  // declarations in functions
  // =====================================================================================

  void typeDeclStmt(Decl.TypeDecl td) {
    for (Spec.TypeSpec ts : td.specs()) {
      Obj.TypeName[] tn = new Obj.TypeName[1];
      // The name is in scope from the start of its spec, so the type may refer to itself.
      typeDecl(ts, o -> {
        tn[0] = o;
        declare(ts.name().name(), ts.name().pos(), o);
      });
    }
    processDelayedLocal();
  }

  /** Runs the checks waiting for complete types, once a local type declaration is done. */
  void processDelayedLocal() {
    processDelayed();
  }

  void declStmt(Decl.GenDecl gd) {
    boolean isConst = gd.kind() == Decl.Kind.CONST;
    Expr lastType = null;
    List<Expr> lastValues = List.of();
    for (int si = 0; si < gd.specs().size(); si++) {
      Spec.ValueSpec spec = gd.specs().get(si);
      if (isConst) {
        Expr typeExpr = spec.type();
        List<Expr> vals = spec.values();
        boolean inherited = false;
        if (typeExpr == null && vals.isEmpty() && si > 0) {
          typeExpr = lastType;
          vals = lastValues;
          inherited = true;
        } else {
          lastType = typeExpr;
          lastValues = vals;
        }
        Val savedIota = iota;
        iota = Val.of(si);
        List<Obj.Constant> consts = new ArrayList<>();
        for (int i = 0; i < spec.names().size(); i++) {
          Expr init = i < vals.size() ? vals.get(i) : null;
          consts.add(constDecl(spec.names().get(i), typeExpr, init, inherited));
        }
        iota = savedIota;
        arity(spec, vals, true, inherited);
        for (int i = 0; i < consts.size(); i++) {
          declare(spec.names().get(i).name(), spec.names().get(i).pos(), consts.get(i));
        }
      } else {
        localVarSpec(spec);
      }
    }
  }

  /**
   * Checks {@code const name [T] = init} as Go's constDecl and initConst do: a constant whose
   * value does not fit keeps its type and gets the unknown value (so later uses are quiet); one
   * whose type or initializer is broken gets the invalid type.
   */
  Obj.Constant constDecl(Expr.Ident ident, Expr typeExpr, Expr init, boolean inherited) {
    Type t = null;
    Val v = Val.UNKNOWN;
    Pos savedErrPos = errPos;
    try {
      boolean broken = false;
      if (typeExpr != null) {
        Type tt = typ(typeExpr);
        boolean constType = Types.underlying(tt) instanceof Basic b && b.kind() != Kind.INVALID;
        if (!constType) {
          // Go is silent about a defined type whose declaration failed.
          if (!Universe.isInvalid(Types.underlying(tt))) errorAt(typeExpr, "invalid constant type " + typeString(tt));
          t = Types.INVALID;
          broken = true;
        } else {
          t = tt;
        }
      }
      if (!broken) {
        Operand x = new Operand();
        if (init != null) {
          if (inherited) errPos = ident.pos();
          expr(x, init);
        }
        if (x.invalid() || Universe.isInvalid(x.type) || (t != null && Universe.isInvalid(t))) {
          if (t == null) t = Types.INVALID;
        } else if (x.mode != Mode.CONSTANT) {
          errorAt(x, describe(x) + " is not constant");
          if (t == null) t = Types.INVALID;
        } else {
          if (t == null) t = x.type;
          assignment(x, t, "constant declaration");
          if (!x.invalid()) v = x.val;
        }
      }
    } finally {
      errPos = savedErrPos;
    }
    Obj.Constant c = new Obj.Constant(ident.name(), ident.pos(), Universe.canon(t),
        Val.isUnknown(v) ? null : toPublic(v, t));
    objTypes.put(c, t);
    constVals.put(c, v);
    info.defs.put(ident, c);
    recordTypeAndValue(ident, t, Val.isUnknown(v) ? null : v);
    return c;
  }

  /** Go's check that a spec has as many values as names. */
  void arity(Spec.ValueSpec spec, List<Expr> inits, boolean isConst, boolean inherited) {
    int l = spec.names().size();
    int r = inits.size();
    if (l < r) {
      Expr n = inits.get(l);
      if (inherited) {
        error(spec.pos(), "extra init expr at " + n.pos());
      } else {
        errorAt(n, "extra init expr " + ExprText.of(n));
      }
    } else if (l > r && (isConst || r != 1)) {
      Expr.Ident n = spec.names().get(r);
      error(n.pos(), "missing init expr for " + n.name());
    }
  }

  void localVarSpec(Spec.ValueSpec spec) {
    List<Expr.Ident> names = spec.names();
    List<Expr> vals = spec.values();
    Type t = spec.type() == null ? null : varType(spec.type());
    List<LVar> slots = new ArrayList<>();
    for (Expr.Ident id : names) slots.add(new LVar(id.name(), id.pos(), t));
    if (vals.size() == names.size()) {
      for (int i = 0; i < names.size(); i++) {
        Operand x = new Operand();
        expr(x, vals.get(i));
        initVar(slots.get(i), x, "variable declaration");
      }
    } else if (vals.size() == 1) {
      initVars(slots, vals, null);
    } else {
      for (int i = 0; i < names.size(); i++) {
        LVar slot = slots.get(i);
        if (i < vals.size()) {
          Operand x = new Operand();
          expr(x, vals.get(i));
          initVar(slot, x, "variable declaration");
        } else if (slot.type == null) {
          slot.type = Types.INVALID;
          slot.used = true;
        }
      }
    }
    if (spec.type() == null || !vals.isEmpty()) arity(spec, vals, false, false);
    List<Obj.Var> vars = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) vars.add(newVar(names.get(i), slots.get(i), Obj.Var.Kind.LOCAL));
    for (int i = 0; i < names.size(); i++) {
      if (declare(names.get(i).name(), names.get(i).pos(), vars.get(i))) fn.locals.add(vars.get(i));
    }
  }

  Obj.Var newVar(Expr.Ident ident, LVar slot, Obj.Var.Kind kind) {
    Type t = slot.type == null ? Types.INVALID : slot.type;
    Obj.Var v = new Obj.Var(slot.name, slot.pos, Universe.canon(t), kind);
    objTypes.put(v, t);
    if (slot.used || Universe.isInvalid(t)) used.add(v);
    if (kind != Obj.Var.Kind.GLOBAL && fn != null) varOwner.put(v, fn);
    if (ident != null) {
      info.defs.put(ident, v);
      recordTypeAndValue(ident, t, null);
    }
    return v;
  }

  // =====================================================================================
  // assignments
  // =====================================================================================

  void assignStmt(Stmt.Assign s) {
    switch (s.op()) {
      case ASSIGN -> assignVars(s.lhs(), s.rhs());
      case DEFINE -> shortVarDecl(s);
      default -> {
        if (s.lhs().size() != 1 || s.rhs().size() != 1) {
          error(s.pos(), "assignment operation " + s.op().token() + " requires single-valued expressions");
          return;
        }
        Operand x = new Operand();
        binary(x, null, s.lhs().getFirst(), s.rhs().getFirst(), s.op().binary());
        assignVar(s.lhs().getFirst(), x);
      }
    }
  }

  void incDec(Stmt.IncDec s) {
    Operand x = new Operand();
    expr(x, s.x());
    if (x.invalid()) return;
    if (!Universe.isNumeric(x.type)) {
      String op = s.inc() ? "++" : "--";
      errorAt(s.x(), "invalid operation: " + ExprText.of(s.x()) + op + " (non-numeric type " + typeString(x.type) + ")");
      return;
    }
    assignVar(s.x(), x);
  }

  void returnStmt(Stmt.Return s) {
    List<Obj.Var> results = fn.results;
    if (s.results().isEmpty() && !results.isEmpty() && fn.namedResults) {
      for (Obj.Var r : results) {
        Object alt = scope.lookup(r.name());
        if (alt != null && alt != r) {
          error(s.pos(), "result parameter " + r.name() + " not in scope at return\n\t" + posOf(alt)
              + ": inner declaration of " + objString(r));
        }
      }
    } else if (!s.results().isEmpty() || !results.isEmpty()) {
      List<LVar> slots = new ArrayList<>();
      for (Obj.Var r : results) {
        LVar l = new LVar(r.name(), r.pos(), objTypes.get(r));
        l.existing = r;
        slots.add(l);
      }
      initVars(slots, s.results(), s);
    }
  }

  private void shortVarDecl(Stmt.Assign s) {
    Set<String> seen = new HashSet<>();
    List<LVar> lhs = new ArrayList<>();
    List<Expr.Ident> newIds = new ArrayList<>();
    List<LVar> newVars = new ArrayList<>();
    boolean hasErr = false;
    for (Expr e : s.lhs()) {
      if (!(e instanceof Expr.Ident id)) {
        useLHS(List.of(e));
        errorAt(e, "non-name " + ExprText.of(e) + " on left side of :=");
        hasErr = true;
        lhs.add(new LVar("_", e.pos(), null));
        continue;
      }
      String name = id.name();
      if (!name.equals("_")) {
        if (!seen.add(name)) {
          error(id.pos(), name + " repeated on left side of :=");
          hasErr = true;
          lhs.add(new LVar("_", id.pos(), null));
          continue;
        }
      }
      Object alt = name.equals("_") ? null : scope.lookupLocal(name);
      if (alt != null) {
        if (alt instanceof Obj.Var v) {
          info.uses.put(id, v);
          LVar l = new LVar(name, id.pos(), objTypes.get(v));
          l.existing = v;
          lhs.add(l);
          recordTypeAndValue(id, objTypes.get(v), null);
        } else {
          if (alt instanceof Obj o) info.uses.put(id, o);
          error(id.pos(), "cannot assign to " + ExprText.of(id));
          hasErr = true;
          lhs.add(new LVar("_", id.pos(), null));
        }
        continue;
      }
      LVar l = new LVar(name, id.pos(), null);
      lhs.add(l);
      newIds.add(id);
      newVars.add(l);
    }
    initVars(lhs, s.rhs(), null);
    if (newVars.stream().allMatch(l -> l.name.equals("_")) && !hasErr) {
      for (int i = 0; i < newVars.size(); i++) newVar(newIds.get(i), newVars.get(i), Obj.Var.Kind.LOCAL);
      error(s.pos(), "no new variables on left side of :=");
      return;
    }
    List<Obj.Var> vars = new ArrayList<>();
    for (int i = 0; i < newVars.size(); i++) vars.add(newVar(newIds.get(i), newVars.get(i), Obj.Var.Kind.LOCAL));
    for (int i = 0; i < vars.size(); i++) {
      if (declare(newIds.get(i).name(), newIds.get(i).pos(), vars.get(i))) fn.locals.add(vars.get(i));
    }
  }

  void initVars(List<LVar> lhs, List<Expr> rhs, Stmt.Return ret) {
    boolean[] commaOk = {false};
    List<Operand> xs = exprList(rhs, lhs.size() == 2 && ret == null, commaOk);
    if (lhs.size() != xs.size()) {
      for (LVar l : lhs) {
        markUsed(l);
        if (l.type == null) l.type = Types.INVALID;
      }
      for (Operand x : xs) if (x.invalid()) return;
      if (ret != null) {
        Pos at = ret.pos();
        String qualifier = "not enough";
        if (xs.size() > lhs.size()) {
          at = startPos(xs.get(lhs.size()).expr);
          qualifier = "too many";
        } else if (!xs.isEmpty()) {
          at = startPos(xs.getLast().expr);
        }
        List<Type> want = new ArrayList<>();
        for (LVar l : lhs) want.add(l.type);
        error(at, qualifier + " return values\n\thave " + typesSummary(operandTypes(xs), false) + "\n\twant "
            + typesSummary(want, false));
        return;
      }
      assignError(rhs, lhs.size(), xs.size());
      return;
    }
    String context = ret != null ? "return statement" : "assignment";
    if (commaOk[0]) {
      Type t0 = initVar(lhs.get(0), xs.get(0), context);
      Type t1 = initVar(lhs.get(1), xs.get(1), context);
      recordCommaOkTypes(rhs.getFirst(), t0, t1);
      return;
    }
    boolean ok = true;
    for (int i = 0; i < lhs.size(); i++) {
      if (initVar(lhs.get(i), xs.get(i), context) == null) ok = false;
    }
    if (!ok) for (LVar l : lhs) markUsed(l);
  }

  private void markUsed(LVar l) {
    l.used = true;
    if (l.existing != null) used.add(l.existing);
  }

  /** Initializes a variable being declared (or a result) with x; returns x's final type or null. */
  Type initVar(LVar lhs, Operand x, String context) {
    if (x.invalid() || Universe.isInvalid(x.type) || (lhs.type != null && Universe.isInvalid(lhs.type))) {
      if (lhs.type == null) lhs.type = Types.INVALID;
      markUsed(lhs);
      return null;
    }
    if (lhs.type == null) {
      Type t = x.type;
      if (Universe.isUntyped(t)) {
        if (Predicates.isUntypedNil(t)) {
          errorAt(x, "use of untyped nil in " + context);
          lhs.type = Types.INVALID;
          markUsed(lhs);
          return null;
        }
        t = Universe.defaultType(t);
      }
      lhs.type = t;
    }
    assignment(x, lhs.type, context);
    if (x.invalid()) {
      markUsed(lhs);
      return null;
    }
    return x.type;
  }

  private void assignVars(List<Expr> lhs, List<Expr> rhs) {
    boolean[] commaOk = {false};
    List<Operand> xs = exprList(rhs, lhs.size() == 2, commaOk);
    if (lhs.size() != xs.size()) {
      useLHS(lhs);
      for (Operand x : xs) if (x.invalid()) return;
      assignError(rhs, lhs.size(), xs.size());
      return;
    }
    if (commaOk[0]) {
      Type t0 = assignVar(lhs.get(0), xs.get(0));
      Type t1 = assignVar(lhs.get(1), xs.get(1));
      recordCommaOkTypes(rhs.getFirst(), t0, t1);
      return;
    }
    boolean ok = true;
    for (int i = 0; i < lhs.size(); i++) if (assignVar(lhs.get(i), xs.get(i)) == null) ok = false;
    if (!ok) {
      for (Expr l : lhs) {
        if (unparen(l) instanceof Expr.Ident id && scope.lookup(id.name()) instanceof Obj.Var v) used.add(v);
      }
    }
  }

  /** Assigns x to the variable lhs denotes; returns x's final type, or null on error. */
  Type assignVar(Expr lhs, Operand x) {
    if (x.invalid() || Universe.isInvalid(x.type)) {
      useLHS(List.of(lhs));
      return null;
    }
    Expr u = unparen(lhs);
    if (u instanceof Expr.Ident id && id.name().equals("_")) {
      assignment(x, null, "assignment to _ identifier");
      if (x.invalid()) return null;
      recordTypeAndValue(lhs, x.type, null);
      if (lhs != u) recordTypeAndValue(u, x.type, null);
      return x.type;
    }
    Obj.Var v = null;
    boolean wasUsed = false;
    if (u instanceof Expr.Ident id && scope.lookup(id.name()) instanceof Obj.Var w) {
      v = w;
      wasUsed = used.contains(w);
    }
    Operand z = new Operand();
    expr(z, lhs);
    if (v != null && !wasUsed) used.remove(v);
    if (z.invalid() || Universe.isInvalid(z.type)) return null;
    switch (z.mode) {
      case VARIABLE, MAPINDEX -> {}
      default -> {
        if (unparen(z.expr) instanceof Expr.Selector sel) {
          Operand op = new Operand();
          expr(op, sel.x());
          if (op.mode == Mode.MAPINDEX) {
            errorAt(z, "cannot assign to struct field " + ExprText.of(z.expr) + " in map");
            return null;
          }
        }
        errorAt(z, "cannot assign to " + describe(z));
        return null;
      }
    }
    assignment(x, z.type, "assignment");
    if (x.invalid()) return null;
    return x.type;
  }

  private void assignError(List<Expr> rhs, int nvars, int nvals) {
    String vars = measure(nvars, "variable");
    String vals = measure(nvals, "value");
    Expr rhs0 = rhs.getFirst();
    if (rhs.size() == 1 && unparen(rhs0) instanceof Expr.Call call) {
      errorAt(rhs0, "assignment mismatch: " + vars + " but " + ExprText.of(call.fun()) + " returns " + vals);
      return;
    }
    errorAt(rhs0, "assignment mismatch: " + vars + " but " + vals);
  }

  private static String measure(int n, String unit) {
    return n + " " + unit + (n != 1 ? "s" : "");
  }


  /** The public constant for a value of type t (float64 values are exact doubles). */
  static dev.gosem.api.constant.Const toPublic(Val v, Type t) {
    if (Universe.kind(t) == Kind.FLOAT64 && Val.isNumeric(v)) {
      return new dev.gosem.api.constant.Const.Float(new java.math.BigDecimal(Val.toDouble(v)));
    }
    if (Universe.isInteger(t) && Val.isNumeric(v)) {
      java.math.BigInteger i = Val.toInt(v);
      if (i != null) return new dev.gosem.api.constant.Const.Int(i);
    }
    return Val.toConst(v);
  }
}
