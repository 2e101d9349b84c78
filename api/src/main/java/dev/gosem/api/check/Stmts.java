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
 * Stmts checks statements and function bodies: declarations and assignments (with Go's
 * "declared and not used"), if/for/range/switch/type switch, returns and terminating statements,
 * and the bodies of function literals. Branch statements and labels are checked per body by
 * {@link Branches}. Ported from go/types' stmt.go, assignments.go and return.go.
 */
abstract class Stmts extends Builtins {
  Stmts(Program prog) {
    super(prog);
  }

  // =====================================================================================
  // bodies
  // =====================================================================================

  /** Checks a function body in the current scope (which holds the parameters). */
  void body(FuncCtx ctx, Stmt.Block body) {
    FuncCtx saved = fn;
    fn = ctx;
    try {
      stmtList(body.stmts());
      if (!ctx.sig.results().isEmpty() && !isTerminatingList(body.stmts(), null)) {
        error(body.end(), "missing return");
      }
      for (Diagnostic d : Branches.check(body)) error(d.pos(), d.message());
    } finally {
      fn = saved;
    }
  }

  /** Declares a parameter or result of the function being entered. */
  Obj.Var declareField(Field f, Type t, Obj.Var.Kind kind, FuncCtx owner) {
    String name = f.name() == null ? "" : f.name();
    Obj.Var v = new Obj.Var(name, f.pos(), Universe.canon(t), kind);
    objTypes.put(v, t);
    used.add(v);
    varOwner.put(v, owner);
    info.fieldVars.put(f, v);
    if (f.name() != null) declare(f.name(), f.pos(), v);
    return v;
  }

  @Override
  void funcLitBody(Expr.FuncLit lit, Signature sig) {
    Scope savedScope = scope;
    Val savedIota = iota;
    Expr.Call savedStmtCall = stmtCall;
    Pos savedErrPos = errPos;
    scope = new Scope(scope, "function literal");
    errPos = null;
    stmtCall = null;
    List<Field> results = lit.type().results();
    FuncCtx ctx = new FuncCtx(sig, null, lit, fn, !results.isEmpty() && results.getFirst().name() != null);
    try {
      List<Field> params = lit.type().params();
      for (int i = 0; i < params.size(); i++) declareField(params.get(i), sig.params().get(i), Obj.Var.Kind.PARAM, ctx);
      for (int i = 0; i < results.size(); i++) {
        ctx.results.add(declareField(results.get(i), sig.results().get(i), Obj.Var.Kind.RESULT, ctx));
      }
      body(ctx, lit.body());
    } finally {
      scope = savedScope;
      iota = savedIota;
      stmtCall = savedStmtCall;
      errPos = savedErrPos;
    }
  }

  // =====================================================================================
  // statements
  // =====================================================================================

  void stmtList(List<Stmt> list) {
    for (Stmt s : list) stmt(s);
  }

  void stmt(Stmt s) {
    switch (s) {
      case Stmt.Empty e -> {}
      case Stmt.Block b -> {
        openScope("block");
        stmtList(b.stmts());
        closeScope();
      }
      case Stmt.Labeled l -> stmt(l.stmt());
      case Stmt.Switch sw -> switchStmt(sw);
      case Stmt.TypeSwitch sw -> typeSwitchStmt(sw);
      case Stmt.TypeDeclStmt td -> typeDeclStmt(td.decl());
      case Stmt.Defer d -> suspendedCall(d.pos(), "defer", d.call());
      case Stmt.Go g -> suspendedCall(g.pos(), "go statement", g.call());
      case Stmt.ExprStmt es -> exprStmt(es);
      case Stmt.DeclStmt ds -> declStmt(ds.decl());
      case Stmt.Assign a -> assignStmt(a);
      case Stmt.IncDec id -> incDec(id);
      case Stmt.Return r -> returnStmt(r);
      case Stmt.Branch br -> {} // checked by Branches
      case Stmt.If i -> ifStmt(i);
      case Stmt.For f -> forStmt(f);
      case Stmt.Range r -> rangeStmt(r);
    }
  }

  /** defer and go come with the goroutines and panics issue: reject them, but check the call. */
  private void suspendedCall(Pos pos, String what, Expr.Call call) {
    error(pos, "unsupported: " + what);
    if (call != null) use(List.of(call));
  }

  private void exprStmt(Stmt.ExprStmt s) {
    Operand x = new Operand();
    Expr.Call saved = stmtCall;
    stmtCall = unparen(s.x()) instanceof Expr.Call c ? c : null;
    ExprKind kind;
    try {
      kind = rawExpr(x, s.x(), null);
    } finally {
      stmtCall = saved;
    }
    String msg;
    switch (x.mode) {
      case INVALID -> {
        return;
      }
      case BUILTIN -> msg = "must be called";
      case TYPEXPR -> msg = "is not an expression";
      default -> {
        if (kind == ExprKind.STATEMENT) return;
        msg = "is not used";
      }
    }
    errorAt(x, describe(x) + " " + msg);
  }

  private void simpleStmt(Stmt s) {
    if (s == null) return;
    switch (s) {
      case Stmt.ExprStmt e -> exprStmt(e);
      case Stmt.Assign a -> assignStmt(a);
      case Stmt.IncDec i -> incDec(i);
      case Stmt.Empty e -> {}
      default -> error(s.pos(), "unsupported: " + s.getClass().getSimpleName() + " as a simple statement");
    }
  }

  private void ifStmt(Stmt.If s) {
    openScope("if");
    simpleStmt(s.init());
    Operand x = new Operand();
    expr(x, s.cond());
    if (!x.invalid() && !Universe.isBoolean(x.type)) {
      errorAt(s.cond(), "non-boolean condition in if statement");
    } else if (!x.invalid()) {
      updateExprType(s.cond(), Types.BOOL, true);
    }
    stmt(s.then());
    if (s.els() != null) {
      if (s.els() instanceof Stmt.If || s.els() instanceof Stmt.Block) {
        stmt(s.els());
      } else {
        error(s.els().pos(), "invalid else branch");
      }
    }
    closeScope();
  }

  private void forStmt(Stmt.For s) {
    openScope("for");
    simpleStmt(s.init());
    if (s.cond() != null) {
      Operand x = new Operand();
      expr(x, s.cond());
      if (!x.invalid() && !Universe.isBoolean(x.type)) {
        errorAt(s.cond(), "non-boolean condition in for statement");
      } else if (!x.invalid()) {
        updateExprType(s.cond(), Types.BOOL, true);
      }
    }
    if (s.post() instanceof Stmt.Assign a && a.op() == AssignOp.DEFINE) {
      error(a.pos(), "syntax error: cannot declare in post statement of for loop");
    } else {
      simpleStmt(s.post());
    }
    stmt(s.body());
    closeScope();
  }

  // ---- range ----

  private void rangeStmt(Stmt.Range s) {
    Operand x = new Operand();
    expr(x, s.x());
    Type key = null;
    Type val = null;
    boolean intRange = false;
    if (!x.invalid()) {
      Type u = x.isNil() ? null : Types.underlying(x.type);
      if (u instanceof Pointer p && Types.underlying(p.elem()) instanceof Array a) u = a;
      switch (u) {
        case Basic b when Universe.isString(b) -> {
          key = Types.INT;
          val = Universe.RUNE;
          if (Universe.isUntyped(x.type)) convertUntyped(x, Types.STRING);
        }
        case Basic b when Universe.isInteger(b) -> {
          if (goMinor < 22) {
            errorAt(x, "cannot range over " + describe(x) + ": requires go1.22 or later (-lang was set to go1."
                + goMinor + "; check go.mod)");
          } else {
            intRange = true;
            key = x.type;
          }
        }
        case Array a -> {
          key = Types.INT;
          val = a.elem();
        }
        case Slice sl -> {
          key = Types.INT;
          val = sl.elem();
        }
        case MapType m -> {
          key = m.key();
          val = m.elem();
        }
        case null, default -> errorAt(x, "cannot range over " + describe(x));
      }
      if (intRange && s.value() != null) {
        errorAt(s.value(), "range over " + describe(x) + " permits only one iteration variable");
      }
    }
    openScope("range");
    Expr[] lhs = {s.key(), s.value()};
    Type[] rhs = {key, val};
    if (s.define()) {
      List<Obj.Var> vars = new ArrayList<>();
      List<Expr.Ident> ids = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Expr e = lhs[i];
        if (e == null) continue;
        if (!(e instanceof Expr.Ident id)) {
          // Go's range clause reports this itself (unlike := statements, where it is a syntax error).
          errorAt(e, "cannot declare " + ExprText.of(e));
          continue;
        }
        LVar slot = new LVar(id.name(), id.pos(), null);
        if (i == 0 && intRange) {
          Operand k = x.copy();
          initVar(slot, k, "range clause");
        } else if (rhs[i] != null && !(i == 1 && intRange)) {
          Operand k = new Operand(Mode.VALUE, e, rhs[i]);
          initVar(slot, k, "range clause");
        } else {
          slot.type = Types.INVALID;
          slot.used = true;
        }
        Obj.Var v = newVar(id, slot, Obj.Var.Kind.LOCAL);
        if (!id.name().equals("_")) {
          vars.add(v);
          ids.add(id);
        }
      }
      if (vars.isEmpty() && (s.key() != null || s.value() != null)) {
        error(s.pos(), "no new variables on left side of :=");
      }
      for (int i = 0; i < vars.size(); i++) {
        Obj.Var v = vars.get(i);
        if (declare(ids.get(i).name(), ids.get(i).pos(), v)) fn.locals.add(v);
      }
    } else {
      for (int i = 0; i < 2; i++) {
        Expr e = lhs[i];
        if (e == null) continue;
        if (i == 0 && intRange) {
          Operand k = x.copy();
          assignVar(e, k);
        } else if (rhs[i] != null && !(i == 1 && intRange)) {
          assignVar(e, new Operand(Mode.VALUE, e, rhs[i]));
        } else {
          useLHS(List.of(e));
        }
      }
      if (intRange && s.key() == null) assignment(x, null, "range clause");
    }
    stmt(s.body());
    closeScope();
  }

  // ---- switch ----

  private record SeenValue(Pos pos, Type type) {}

  private void switchStmt(Stmt.Switch s) {
    openScope("switch");
    simpleStmt(s.init());
    Operand x = new Operand();
    if (s.tag() != null) {
      expr(x, s.tag());
      assignment(x, null, "switch expression");
      if (!x.invalid() && !Predicates.comparable(x.type) && !Predicates.hasNil(x.type)) {
        errorAt(x, "cannot switch on " + describe(x) + " (" + typeString(x.type) + " is not comparable)");
        x.invalidate();
      }
    } else {
      x.mode = Mode.CONSTANT;
      x.type = Types.BOOL;
      x.val = Val.of(true);
      Pos pos = s.clauses().isEmpty() ? s.pos() : s.clauses().getFirst().pos();
      x.expr = new Expr.Ident("true", pos);
    }
    multipleDefaults(s.clauses());
    Map<Object, List<SeenValue>> seen = new HashMap<>();
    for (Stmt.CaseClause clause : s.clauses()) {
      caseValues(x, clause.list(), seen);
      openScope("case");
      stmtList(clause.body());
      closeScope();
    }
    closeScope();
  }

  private void multipleDefaults(List<Stmt.CaseClause> clauses) {
    Stmt.CaseClause first = null;
    for (Stmt.CaseClause c : clauses) {
      if (!c.isDefault()) continue;
      if (first != null) error(c.pos(), "multiple defaults (first at " + first.pos() + ")");
      else first = c;
    }
  }

  private void caseValues(Operand x, List<Expr> values, Map<Object, List<SeenValue>> seen) {
    outer:
    for (Expr e : values) {
      Operand v = new Operand();
      expr(v, e);
      if (x.invalid() || v.invalid()) continue;
      convertUntyped(v, x.type);
      if (v.invalid()) continue;
      Operand res = v.copy();
      comparison(res, x, dev.gosem.api.ast.BinaryOp.EQL, true);
      if (res.invalid()) continue;
      if (v.mode != Mode.CONSTANT || Val.isUnknown(v.val)) continue;
      Object key = keyVal(v.val);
      List<SeenValue> prev = seen.computeIfAbsent(key, k -> new ArrayList<>());
      for (SeenValue vt : prev) {
        if (Predicates.identical(v.type, vt.type())) {
          errorAt(v, "duplicate case " + describe(v) + " in expression switch\n\t" + vt.pos() + ": previous case");
          continue outer;
        }
      }
      prev.add(new SeenValue(v.expr.pos(), v.type));
    }
  }

  // ---- type switch ----

  private void typeSwitchStmt(Stmt.TypeSwitch s) {
    openScope("type switch");
    simpleStmt(s.init());
    Expr.Ident lhs = s.bind();
    if (lhs != null && lhs.name().equals("_")) {
      error(lhs.pos(), "no new variable on left side of :=");
      lhs = null;
    }
    Operand x = new Operand();
    expr(x, s.x());
    if (x.invalid()) {
      // As Go does, the clauses are not checked then.
      closeScope();
      return;
    }
    Operand sx = null;
    if (Types.underlying(x.type) instanceof Interface && !x.isNil()) {
      sx = x;
    } else {
      errorAt(x, describe(x) + " is not an interface");
    }
    multipleDefaults(s.clauses());
    List<Obj.Var> lhsVars = new ArrayList<>();
    List<Type> seenTypes = new ArrayList<>();
    List<Expr> seenExprs = new ArrayList<>();
    for (Stmt.CaseClause clause : s.clauses()) {
      Type[] single = new Type[1];
      boolean nilCase = caseTypes(sx, clause.list(), seenTypes, seenExprs, single);
      openScope("case");
      if (lhs != null) {
        Type t = single[0];
        if (clause.list().size() != 1 || t == null || nilCase) t = x.type;
        Obj.Var v = new Obj.Var(lhs.name(), lhs.pos(), Universe.canon(t), Obj.Var.Kind.LOCAL);
        objTypes.put(v, t);
        varOwner.put(v, fn);
        scope.insert(lhs.name(), v);
        info.implicits.put(clause, v);
        lhsVars.add(v);
      }
      stmtList(clause.body());
      closeScope();
    }
    if (lhs != null) {
      boolean anyUsed = false;
      for (Obj.Var v : lhsVars) {
        if (used.contains(v)) anyUsed = true;
        used.add(v);
      }
      if (!anyUsed) error(lhs.pos(), "declared and not used: " + lhs.name());
    }
    closeScope();
  }

  /**
   * Checks a type switch clause's types against x; single[0] becomes the clause's type when
   * there is one (null for nil). Returns whether the list is just nil.
   */
  private boolean caseTypes(Operand x, List<Expr> list, List<Type> seenTypes, List<Expr> seenExprs, Type[] single) {
    boolean lastNil = false;
    outer:
    for (Expr e : list) {
      Type t;
      if (isNilIdent(e)) {
        t = null;
        lastNil = true;
        rawExpr(new Operand(), e, null);
      } else {
        lastNil = false;
        t = varType(e);
        if (Universe.isInvalid(t)) {
          single[0] = Types.INVALID;
          continue;
        }
      }
      single[0] = t;
      for (int i = 0; i < seenTypes.size(); i++) {
        Type o = seenTypes.get(i);
        if ((t == null && o == null) || (t != null && o != null && Predicates.identical(t, o))) {
          String ts = t == null ? "nil" : typeString(t);
          errorAt(e, "duplicate case " + ts + " in type switch\n\t" + startPos(seenExprs.get(i)) + ": previous case");
          continue outer;
        }
      }
      seenTypes.add(t);
      seenExprs.add(e);
      if (x != null && t != null) typeAssertion(e, x, t, true);
    }
    return list.size() == 1 && lastNil;
  }

  private boolean isNilIdent(Expr e) {
    return unparen(e) instanceof Expr.Ident id && id.name().equals("nil") && scope.lookup("nil") == Universe.NIL;
  }

  // =====================================================================================
  // declarations in functions
  // =====================================================================================

  private void typeDeclStmt(Decl.TypeDecl td) {
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

  private void localVarSpec(Spec.ValueSpec spec) {
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

  private void assignStmt(Stmt.Assign s) {
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

  private void incDec(Stmt.IncDec s) {
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

  private void returnStmt(Stmt.Return s) {
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

  // =====================================================================================
  // terminating statements
  // =====================================================================================

  boolean isTerminating(Stmt s, String label) {
    return switch (s) {
      case Stmt.Return r -> true;
      case Stmt.Labeled l -> isTerminating(l.stmt(), l.label());
      case Stmt.ExprStmt es -> unparen(es.x()) instanceof Expr.Call c && panics.contains(c);
      case Stmt.Branch b -> b.kind() == Stmt.BranchKind.FALLTHROUGH;
      case Stmt.Block b -> isTerminatingList(b.stmts(), null);
      case Stmt.If i -> i.els() != null && isTerminating(i.then(), null) && isTerminating(i.els(), null);
      case Stmt.Switch sw -> isTerminatingSwitch(sw.clauses(), label);
      case Stmt.TypeSwitch sw -> isTerminatingSwitch(sw.clauses(), label);
      case Stmt.For f -> f.cond() == null && !hasBreak(f.body(), label, true);
      default -> false;
    };
  }

  boolean isTerminatingList(List<Stmt> list, String label) {
    for (int i = list.size() - 1; i >= 0; i--) {
      if (!(list.get(i) instanceof Stmt.Empty)) return isTerminating(list.get(i), label);
    }
    return false;
  }

  private boolean isTerminatingSwitch(List<Stmt.CaseClause> clauses, String label) {
    boolean hasDefault = false;
    for (Stmt.CaseClause c : clauses) {
      if (c.isDefault()) hasDefault = true;
      if (!isTerminatingList(c.body(), null) || hasBreakList(c.body(), label, true)) return false;
    }
    return hasDefault;
  }

  private static boolean hasBreakList(List<Stmt> list, String label, boolean implicit) {
    for (Stmt s : list) if (hasBreak(s, label, implicit)) return true;
    return false;
  }

  /** Whether s contains a break out of the enclosing statement (unlabelled if implicit, or to label). */
  private static boolean hasBreak(Stmt s, String label, boolean implicit) {
    return switch (s) {
      case Stmt.Branch b -> b.kind() == Stmt.BranchKind.BREAK
          && ((b.label() == null && implicit) || (b.label() != null && b.label().equals(label)));
      case Stmt.Block b -> hasBreakList(b.stmts(), label, implicit);
      case Stmt.Labeled l -> hasBreak(l.stmt(), label, implicit);
      case Stmt.If i -> hasBreak(i.then(), label, implicit) || (i.els() != null && hasBreak(i.els(), label, implicit));
      case Stmt.Switch sw -> label != null && sw.clauses().stream().anyMatch(c -> hasBreakList(c.body(), label, false));
      case Stmt.TypeSwitch sw -> label != null && sw.clauses().stream().anyMatch(c -> hasBreakList(c.body(), label, false));
      case Stmt.For f -> label != null && hasBreak(f.body(), label, false);
      case Stmt.Range r -> label != null && hasBreak(r.body(), label, false);
      default -> false;
    };
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
