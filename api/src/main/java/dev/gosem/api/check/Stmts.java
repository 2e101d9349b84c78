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
 * Stmts checks statements and function bodies: if, for, range, switch and type switch,
 * expression statements, terminating statements ("missing return"), and the bodies of function
 * literals. Declarations, assignments and returns are {@link Assignments}'; branch statements
 * and labels are checked per body by {@link Branches}. Ported from go/types' stmt.go and
 * return.go.
 */
abstract class Stmts extends ChanStmts {
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

  @Override
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
      case Stmt.Defer d -> deferStmt(d);
      case Stmt.Go g -> goStmt(g);
      case Stmt.Send sd -> sendStmt(sd);
      case Stmt.Select sel -> selectStmt(sel);
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

  /**
   * defer f(x): any call whose results may be discarded, as go/types' suspendedCall checks it; a
   * conversion or a builtin whose value must be used (len, append, new ...) is an error.
   */
  private void deferStmt(Stmt.Defer d) {
    Operand x = new Operand();
    Expr.Call saved = stmtCall;
    stmtCall = d.call();
    ExprKind kind;
    try {
      kind = rawExpr(x, d.call(), null);
    } finally {
      stmtCall = saved;
    }
    if (x.invalid()) return;
    String msg = switch (kind) {
      case CONVERSION -> "requires function call, not conversion";
      case EXPRESSION -> "discards result of";
      case STATEMENT -> null;
    };
    if (msg != null) errorAt(x, "defer " + msg + " " + describe(x));
  }

  /** go comes with the goroutines issue: reject it, but check the call. */
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

  @Override
  void simpleStmtOf(Stmt s) {
    simpleStmt(s);
  }

  /** The init statement of an if, for or switch (where says which); the parser's rules first. */
  private void initStmt(Stmt s, String where) {
    if (s instanceof Stmt.DeclStmt d && d.decl().kind() == Decl.Kind.VAR) {
      Pos at = d.decl().specs().isEmpty() ? d.pos() : d.decl().specs().get(0).names().get(0).pos();
      error(at, "syntax error: var declaration not allowed in " + where + " initializer");
      declStmt(d.decl()); // declared all the same, so uses of it report nothing more
    } else {
      simpleStmt(s);
    }
  }

  private void simpleStmt(Stmt s) {
    if (s == null) return;
    switch (s) {
      case Stmt.Send sd -> sendStmt(sd);
      case Stmt.DeclStmt d -> error(d.pos(), "syntax error: unexpected " + d.decl().kind().token() + ", expecting expression");
      case Stmt.ExprStmt e -> exprStmt(e);
      case Stmt.Assign a -> assignStmt(a);
      case Stmt.IncDec i -> incDec(i);
      case Stmt.Empty e -> {}
      default -> error(s.pos(), "unsupported: " + s.getClass().getSimpleName() + " as a simple statement");
    }
  }

  private void ifStmt(Stmt.If s) {
    openScope("if");
    initStmt(s.init(), "if");
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
    initStmt(s.init(), "for");
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
    boolean chanRange = false;
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
        case dev.gosem.api.types.Chan c -> {
          if (!c.dir().canRecv()) {
            errorAt(x, "cannot range over " + describe(x) + " (receive from send-only channel)");
          } else {
            chanRange = true;
            key = c.elem();
          }
        }
        case null, default -> errorAt(x, "cannot range over " + describe(x));
      }
      if (chanRange && s.value() != null) {
        errorAt(s.value(), "range over " + describe(x) + " permits only one iteration variable");
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
    initStmt(s.init(), "switch");
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
      // Like Go's checker, only integer, float and string constants are checked for duplicates:
      // switch { case x > 1, true: … case true: … } is legal (fuzzer finding F2).
      if (v.val instanceof Val.BoolV) continue;
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
    initStmt(s.init(), "switch");
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


}
