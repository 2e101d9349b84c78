package dev.gosem.ir.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.check.Initializer;
import dev.gosem.api.check.Obj;
import dev.gosem.api.check.TypeInfo;
import dev.gosem.api.constant.Const;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.BlockKind;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Intrinsic;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * FuncLowering turns one function body of the typed program into SSA. Statements become blocks
 * and values as they are walked; variables go through {@link SsaVars}, so no phi is written by
 * hand. After a return, break or continue the current block is null and later statements go
 * into a fresh block with no predecessors, which deadcode removes.
 */
final class FuncLowering {
  /** Where break and continue go inside one loop; label is null for an unlabelled loop. */
  private record Loop(String label, Block breakTo, Block continueTo) {}

  private final TypeInfo info;
  private final Func fn;
  private final SsaVars vars;
  private final Deque<Loop> loops = new ArrayDeque<>();
  private final List<Obj.Var> namedResults = new ArrayList<>();
  private Block cur;

  FuncLowering(TypeInfo info, Func fn) {
    this.info = info;
    this.fn = fn;
    this.vars = new SsaVars(fn, (b, t) -> b.newValue(Op.CONST, t, Pos.NONE).setAux(Consts.zero(t)));
    this.cur = fn.newBlock("entry");
    vars.seal(cur);
  }

  /** Binds parameter objects to Param values and named results to their zero values. */
  void bindParams(List<Obj.Var> params, List<Obj.Var> results) {
    for (int i = 0; i < params.size(); i++) {
      Obj.Var p = params.get(i);
      Value v = cur.newValue(Op.PARAM, fn.params().get(i), p == null ? Pos.NONE : p.pos()).setAuxInt(i);
      if (p != null) vars.write(p, cur, v);
    }
    for (Obj.Var r : results) {
      namedResults.add(r);
      if (r != null) vars.write(r, cur, zero(r.type(), r.pos()));
    }
  }

  /** Lowers the body and closes the function; a void function falling off its end returns. */
  void body(Stmt.Block body) {
    block(body);
    if (cur != null) {
      List<Value> results = new ArrayList<>();
      // Only reachable when the checker proved it unreachable (e.g. after an endless loop).
      for (Type t : fn.results()) results.add(zero(t, body.end()));
      ret(results);
    }
  }

  // ---- statements ----

  private void block(Stmt.Block b) {
    for (Stmt s : b.stmts()) stmt(s);
  }

  private void reachable() {
    if (cur == null) {
      cur = fn.newBlock("unreachable");
      vars.seal(cur);
    }
  }

  void stmt(Stmt s) {
    reachable();
    switch (s) {
      case Stmt.Block b -> block(b);
      case Stmt.ExprStmt e -> exprStmt(e.x());
      case Stmt.DeclStmt d -> {
        if (d.decl().kind() == dev.gosem.api.ast.Decl.Kind.VAR) {
          for (Spec.ValueSpec spec : d.decl().specs()) varSpec(spec);
        }
      }
      case Stmt.Assign a -> assign(a);
      case Stmt.IncDec i -> {
        Type t = type(i.x());
        Value one = cur.newValue(Op.CONST, t, i.pos()).setAux(Types.isFloat(t) ? (Object) 1.0 : (Object) 1L);
        Value x = expr(i.x());
        store(i.x(), cur.newValue(i.inc() ? Op.ADD : Op.SUB, t, i.pos(), x, one));
      }
      case Stmt.Return r -> returnStmt(r);
      case Stmt.If i -> ifStmt(i);
      case Stmt.For f -> forStmt(f, null);
      case Stmt.Range r -> rangeStmt(r, null);
      case Stmt.Labeled l -> labeled(l);
      case Stmt.Branch br -> branch(br);
      case Stmt.Empty e -> {}
      default -> throw Unsupported.at(s.pos(), "the statement " + s.getClass().getSimpleName());
    }
  }

  /** Calls a function that takes and returns nothing, e.g. one of the program's init functions. */
  void callVoid(String name, Pos pos) {
    reachable();
    cur.newValue(Op.CALL, new Tuple(List.of()), pos).setAux(name);
  }

  private void exprStmt(Expr x) {
    expr(x);
  }

  void varSpec(Spec.ValueSpec spec) {
    List<Value> values = spec.values().isEmpty() ? null : values(spec.values(), spec.names().size(), spec.pos());
    for (int i = 0; i < spec.names().size(); i++) {
      Expr.Ident id = spec.names().get(i);
      if (id.name().equals("_")) continue;
      Obj obj = info.objectOf(id);
      Value v = values != null ? values.get(i) : zero(obj.type(), id.pos());
      assignTo(id, obj, v);
    }
  }

  /** One package-level initialization, {@code lhs = value}; blank variables only evaluate it. */
  void initializer(Initializer init) {
    List<Value> vs = values(List.of(init.value()), init.lhs().size(), init.value().pos());
    for (int i = 0; i < init.lhs().size(); i++) {
      Obj.Var v = init.lhs().get(i);
      if (v.name().equals("_")) continue;
      cur.newValue(Op.STORE_GLOBAL, Types.INVALID, init.value().pos(), vs.get(i)).setAux(v.name());
    }
  }

  /** Evaluates right-hand sides: one value per expression, or the n results of a single call. */
  private List<Value> values(List<Expr> rhs, int want, Pos pos) {
    List<Value> out = new ArrayList<>();
    if (rhs.size() == 1 && want > 1) {
      Value call = expr(rhs.getFirst());
      Tuple t = (Tuple) call.type();
      for (int i = 0; i < t.types().size(); i++) {
        out.add(cur.newValue(Op.EXTRACT, t.types().get(i), pos, call).setAuxInt(i));
      }
      return out;
    }
    for (Expr e : rhs) out.add(expr(e));
    return out;
  }

  private void assign(Stmt.Assign a) {
    if (a.op().binary() != null) {
      Expr lhs = a.lhs().getFirst();
      Value v = binary(a.op().binary(), lhs, a.rhs().getFirst(), type(lhs), a.pos());
      store(lhs, v);
      return;
    }
    // All right-hand sides are evaluated before any variable changes: a, b = b, a swaps.
    List<Value> values = values(a.rhs(), a.lhs().size(), a.pos());
    for (int i = 0; i < a.lhs().size(); i++) {
      Expr lhs = a.lhs().get(i);
      if (lhs instanceof Expr.Ident id && a.op() == AssignOp.DEFINE) {
        if (!id.name().equals("_")) assignTo(id, info.objectOf(id), values.get(i));
      } else {
        store(lhs, values.get(i));
      }
    }
  }

  private void store(Expr lhs, Value v) {
    lhs = unparen(lhs);
    if (lhs instanceof Expr.Ident id) {
      if (id.name().equals("_")) return;
      assignTo(id, info.objectOf(id), v);
      return;
    }
    throw Unsupported.at(lhs.pos(), "assignment to " + lhs.getClass().getSimpleName());
  }

  private void assignTo(Expr.Ident id, Obj obj, Value v) {
    if (!(obj instanceof Obj.Var var)) throw Unsupported.at(id.pos(), "assignment to " + id.name());
    if (var.kind() == Obj.Var.Kind.GLOBAL) {
      cur.newValue(Op.STORE_GLOBAL, Types.INVALID, id.pos(), v).setAux(var.name());
    } else {
      vars.write(var, cur, v);
    }
  }

  private void returnStmt(Stmt.Return r) {
    List<Value> results;
    if (r.results().isEmpty()) {
      results = new ArrayList<>();
      for (Obj.Var v : namedResults) results.add(vars.read(v, Consts.irType(v.type()), cur));
    } else {
      results = values(r.results(), fn.results().size(), r.pos());
      // Named results take the returned values (deferred calls, later, can see them).
      for (int i = 0; i < namedResults.size() && i < results.size(); i++) {
        vars.write(namedResults.get(i), cur, results.get(i));
      }
    }
    ret(results);
  }

  private void ret(List<Value> results) {
    cur.end(BlockKind.RETURN, results.toArray(Value[]::new));
    cur = null;
  }

  private void ifStmt(Stmt.If s) {
    if (s.init() != null) stmt(s.init());
    Block then = fn.newBlock("if.then");
    Block join = fn.newBlock("if.end");
    Block els = s.els() == null ? join : fn.newBlock("if.else");
    branchOn(s.cond(), then, els);
    vars.seal(then);
    cur = then;
    block(s.then());
    jump(join);
    if (s.els() != null) {
      vars.seal(els);
      cur = els;
      stmt(s.els());
      jump(join);
    }
    vars.seal(join);
    cur = join;
  }

  private void labeled(Stmt.Labeled l) {
    switch (l.stmt()) {
      case Stmt.For f -> forStmt(f, l.label());
      case Stmt.Range r -> rangeStmt(r, l.label());
      default -> stmt(l.stmt());
    }
  }

  private void forStmt(Stmt.For f, String label) {
    if (f.init() != null) stmt(f.init());
    Block header = fn.newBlock("for.cond");
    Block body = fn.newBlock("for.body");
    Block post = f.post() == null ? header : fn.newBlock("for.post");
    Block exit = fn.newBlock("for.end");
    jump(header);
    cur = header;
    if (f.cond() != null) {
      branchOn(f.cond(), body, exit);
    } else {
      jump(body);
    }
    vars.seal(body);
    cur = body;
    loops.push(new Loop(label, exit, post));
    block(f.body());
    loops.pop();
    jump(post);
    if (post != header) {
      vars.seal(post);
      cur = post;
      stmt(f.post());
      jump(header);
    }
    vars.seal(header);
    vars.seal(exit);
    cur = exit;
  }

  /** {@code for k := range n}: n is evaluated once; a hidden counter runs from 0 to n-1. */
  private void rangeStmt(Stmt.Range r, String label) {
    Type t = type(r.x());
    Value n = expr(r.x());
    Object counter = new Object();
    vars.write(counter, cur, zero(t, r.pos()));
    Block header = fn.newBlock("range.cond");
    Block body = fn.newBlock("range.body");
    Block post = fn.newBlock("range.post");
    Block exit = fn.newBlock("range.end");
    jump(header);
    cur = header;
    Value i = vars.read(counter, t, header);
    cur.end(BlockKind.IF, cur.newValue(Op.LT, Types.BOOL, r.pos(), i, n));
    cur.addSucc(body);
    cur.addSucc(exit);
    vars.seal(body);
    cur = body;
    if (r.key() != null) {
      Value k = vars.read(counter, t, cur);
      if (r.define()) {
        Expr.Ident id = (Expr.Ident) r.key();
        if (!id.name().equals("_")) assignTo(id, info.objectOf(id), k);
      } else {
        store(r.key(), k);
      }
    }
    loops.push(new Loop(label, exit, post));
    block(r.body());
    loops.pop();
    jump(post);
    vars.seal(post);
    cur = post;
    Value one = cur.newValue(Op.CONST, t, r.pos()).setAux(1L);
    vars.write(counter, cur, cur.newValue(Op.ADD, t, r.pos(), vars.read(counter, t, cur), one));
    jump(header);
    vars.seal(header);
    vars.seal(exit);
    cur = exit;
  }

  private void branch(Stmt.Branch br) {
    Loop target = null;
    for (Loop l : loops) {
      if (br.label() == null || br.label().equals(l.label())) {
        target = l;
        break;
      }
    }
    if (target == null) throw Unsupported.at(br.pos(), br.kind().token() + " to " + br.label());
    jump(br.kind() == Stmt.BranchKind.BREAK ? target.breakTo() : target.continueTo());
    cur = null;
  }

  private void jump(Block to) {
    if (cur == null) return;
    cur.end(BlockKind.PLAIN);
    cur.addSucc(to);
    cur = null;
  }

  /** Branches to t or f on a condition, lowering && and || into control flow. */
  private void branchOn(Expr cond, Block t, Block f) {
    cond = unparen(cond);
    if (info.constOf(cond) == null) {
      if (cond instanceof Expr.Binary b && b.op().isLogical()) {
        Block mid = fn.newBlock(b.op() == BinaryOp.LAND ? "and.rhs" : "or.rhs");
        if (b.op() == BinaryOp.LAND) branchOn(b.x(), mid, f);
        else branchOn(b.x(), t, mid);
        vars.seal(mid);
        cur = mid;
        branchOn(b.y(), t, f);
        return;
      }
      if (cond instanceof Expr.Unary u && u.op() == dev.gosem.api.ast.UnaryOp.NOT) {
        branchOn(u.x(), f, t);
        return;
      }
    }
    Value v = expr(cond);
    cur.end(BlockKind.IF, v);
    cur.addSucc(t);
    cur.addSucc(f);
    cur = null;
  }

  // ---- expressions ----

  private static Expr unparen(Expr e) {
    while (e instanceof Expr.Paren p) e = p.x();
    return e;
  }

  private Type type(Expr e) {
    return Consts.irType(info.typeOf(e));
  }

  private Value zero(Type t, Pos pos) {
    return cur.newValue(Op.CONST, Consts.irType(t), pos).setAux(Consts.zero(Consts.irType(t)));
  }

  Value expr(Expr e) {
    Const c = info.constOf(e);
    if (c != null) {
      Type t = type(e);
      return cur.newValue(Op.CONST, t, e.pos()).setAux(Consts.payload(c, t));
    }
    return switch (e) {
      case Expr.Paren p -> expr(p.x());
      case Expr.Ident id -> ident(id);
      case Expr.Binary b -> b.op().isLogical() ? logical(b) : binary(b.op(), b.x(), b.y(), type(e), b.pos());
      case Expr.Unary u -> unary(u);
      case Expr.Call call -> call(call);
      case Expr.Index ix -> index(ix);
      case Expr.Selector s -> throw Unsupported.at(s.pos(), "the value " + s.sel() + " used without a call");
      case Expr.BasicLit l -> throw new IllegalStateException("literal without a constant value: " + l);
      default -> throw Unsupported.at(e.pos(), "the expression " + e.getClass().getSimpleName());
    };
  }

  /**
   * s[i]. Operands are evaluated before the value is placed: either may contain && or ||, which
   * end the current block, and the result belongs to the block where their evaluation ends.
   */
  private Value index(Expr.Index ix) {
    Value s = expr(ix.x());
    Value i = expr(ix.index());
    return cur.newValue(Op.STRINDEX, Types.UINT8, ix.pos(), s, i);
  }

  private Value ident(Expr.Ident id) {
    Obj obj = info.use(id);
    if (obj instanceof Obj.Var v) {
      if (v.kind() == Obj.Var.Kind.GLOBAL) {
        return cur.newValue(Op.LOAD_GLOBAL, Consts.irType(v.type()), id.pos()).setAux(v.name());
      }
      return vars.read(v, Consts.irType(v.type()), cur);
    }
    throw Unsupported.at(id.pos(), "using " + id.name() + " as a value");
  }

  private Value binary(BinaryOp op, Expr x, Expr y, Type resultType, Pos pos) {
    Value a = expr(x);
    Value b = expr(y);
    Op irOp = switch (op) {
      case ADD -> Types.isString(a.type()) ? Op.CONCAT : Op.ADD;
      case SUB -> Op.SUB;
      case MUL -> Op.MUL;
      case QUO -> Op.DIV;
      case REM -> Op.REM;
      case AND -> Op.AND;
      case OR -> Op.OR;
      case XOR -> Op.XOR;
      case AND_NOT -> Op.AND_NOT;
      case SHL -> Op.SHL;
      case SHR -> Op.SHR;
      case EQL -> Op.EQ;
      case NEQ -> Op.NE;
      case LSS -> Op.LT;
      case LEQ -> Op.LE;
      case GTR -> Op.GT;
      case GEQ -> Op.GE;
      case LAND, LOR -> throw new IllegalStateException("logical operators are control flow");
    };
    Type t = op.isComparison() ? Types.BOOL : resultType;
    return cur.newValue(irOp, t, pos, a, b);
  }

  /** {@code x && y} and {@code x || y} as values: y is evaluated only when it decides. */
  private Value logical(Expr.Binary b) {
    Object result = new Object();
    Value x = expr(b.x());
    vars.write(result, cur, x);
    Block rhs = fn.newBlock(b.op() == BinaryOp.LAND ? "and.rhs" : "or.rhs");
    Block join = fn.newBlock(b.op() == BinaryOp.LAND ? "and.end" : "or.end");
    cur.end(BlockKind.IF, x);
    if (b.op() == BinaryOp.LAND) {
      cur.addSucc(rhs);
      cur.addSucc(join);
    } else {
      cur.addSucc(join);
      cur.addSucc(rhs);
    }
    vars.seal(rhs);
    cur = rhs;
    // y may itself branch: its value belongs to the block where its evaluation ends.
    Value y = expr(b.y());
    vars.write(result, cur, y);
    jump(join);
    vars.seal(join);
    cur = join;
    return vars.read(result, Types.BOOL, join);
  }

  private Value unary(Expr.Unary u) {
    Value x = expr(u.x());
    Type t = type(u);
    return switch (u.op()) {
      case PLUS -> x;
      case NEG -> cur.newValue(Op.NEG, t, u.pos(), x);
      case NOT -> cur.newValue(Op.NOT, Types.BOOL, u.pos(), x);
      case XOR -> cur.newValue(Op.COMPL, t, u.pos(), x);
      case ADDR -> throw Unsupported.at(u.pos(), "&x");
    };
  }

  private Value call(Expr.Call call) {
    Expr fun = unparen(call.fun());
    Obj obj = switch (fun) {
      case Expr.Ident id -> info.use(id);
      case Expr.Selector s -> info.selection(s);
      default -> null;
    };
    return switch (obj) {
      case Obj.Func f -> {
        // Arguments first, left to right, so they are defined before the call uses them.
        List<Value> args = values(call.args(), f.type().params().size(), call.pos());
        yield cur.newValue(Op.CALL, resultType(f.type()), call.pos(), args.toArray(Value[]::new)).setAux(f.name());
      }
      case Obj.TypeName tn -> convert(call, type(call));
      case Obj.Builtin b -> builtin(b.name(), call);
      case Obj.StdFunc sf -> std(sf, call);
      case null, default -> throw Unsupported.at(call.pos(), "calling " + fun);
    };
  }

  static Type resultType(Signature sig) {
    List<Type> rs = sig.results().stream().map(Consts::irType).toList();
    return rs.size() == 1 ? rs.getFirst() : new Tuple(rs);
  }

  private Value convert(Expr.Call call, Type to) {
    Value x = expr(call.args().getFirst());
    if (x.type().equals(to)) return x;
    boolean numeric = (Types.isInteger(to) || Types.isFloat(to)) && (Types.isInteger(x.type()) || Types.isFloat(x.type()));
    if (!numeric) throw Unsupported.at(call.pos(), "the conversion from " + x.type() + " to " + to);
    return cur.newValue(Op.CONVERT, to, call.pos(), x);
  }

  private Value builtin(String name, Expr.Call call) {
    switch (name) {
      case "len" -> {
        Value s = expr(call.args().getFirst()); // before cur is read: the argument may branch
        return cur.newValue(Op.STRLEN, Types.INT, call.pos(), s);
      }
      case "print", "println" -> {
        boolean ln = name.equals("println");
        List<Value> args = spread(call.args(), call.pos());
        for (int i = 0; i < args.size(); i++) {
          if (ln && i > 0) intrinsic(Intrinsic.PRINT_SPACE, call.pos());
          intrinsic(Intrinsic.PRINT, call.pos(), args.get(i));
        }
        if (ln) intrinsic(Intrinsic.PRINT_NEWLINE, call.pos());
        return null;
      }
      default -> throw Unsupported.at(call.pos(), "the builtin " + name);
    }
  }

  private Value std(Obj.StdFunc f, Expr.Call call) {
    Intrinsic which = switch (f.qualified()) {
      case "fmt.Println" -> Intrinsic.FMT_PRINTLN;
      case "fmt.Print" -> Intrinsic.FMT_PRINT;
      case "os.Exit" -> Intrinsic.OS_EXIT;
      default -> throw Unsupported.at(call.pos(), f.qualified());
    };
    return intrinsic(which, call.pos(), spread(call.args(), call.pos()).toArray(Value[]::new));
  }

  /**
   * Evaluates the arguments of a variadic call left to right; a single call with several
   * results, as in {@code fmt.Println(divmod(7, 2))}, passes each result as an argument.
   */
  private List<Value> spread(List<Expr> args, Pos pos) {
    if (args.size() == 1 && info.typeOf(args.getFirst()) instanceof Tuple t && t.types().size() > 1) {
      return values(args, t.types().size(), pos);
    }
    List<Value> out = new ArrayList<>();
    for (Expr a : args) out.add(expr(a));
    return out;
  }

  private Value intrinsic(Intrinsic which, Pos pos, Value... args) {
    return cur.newValue(Op.INTRINSIC, new Tuple(List.of()), pos, args).setAux(which);
  }
}
