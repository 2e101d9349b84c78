package dev.gosem.ir.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.check.Initializer;
import dev.gosem.api.check.Obj;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.BlockKind;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Nil;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.SelectCases;
import dev.gosem.ir.ssa.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * FuncLowering turns one function body of the typed program into SSA: statements become blocks
 * and values as they are walked. After a return, break, continue or panic the current block is
 * null and later statements go into a fresh block with no predecessors, which deadcode removes.
 */
final class FuncLowering extends DeferLowering {
  FuncLowering(Unit unit, Func fn) {
    super(unit, fn);
  }

  /**
   * Binds parameters to Param values and named results to their zero values; a function that
   * defers then gets its result cells and its defer state.
   */
  void bindParams(List<Obj.Var> params, List<Obj.Var> results, boolean defers) {
    if (defers) {
      for (Obj.Var r : results) if (r != null) forcedMemory.add(r);
    }
    bindParams(params, results);
    if (defers) initDefers(fn.pos());
  }

  /** Binds parameters to Param values and named results to their zero values. */
  void bindParams(List<Obj.Var> params, List<Obj.Var> results) {
    for (int i = 0; i < params.size(); i++) {
      Obj.Var p = params.get(i);
      Value v = add(Op.PARAM, fn.params().get(i), p == null ? Pos.NONE : p.pos()).setAuxInt(i);
      if (p != null) declare(p, v, p.pos());
    }
    for (Obj.Var r : results) {
      namedResults.add(r);
      if (r != null) declare(r, zero(r.type(), r.pos()), r.pos());
    }
  }

  /** Binds a closure's captured variables to the addresses it was made with. */
  void bindFreeVars(List<Obj.Var> captured) {
    for (int i = 0; i < captured.size(); i++) {
      cells.put(captured.get(i), add(Op.FREE_VAR, fn.freeVars().get(i), captured.get(i).pos()).setAuxInt(i));
    }
  }

  @Override
  void lowerClosure(Func closure, Expr.FuncLit lit, List<Obj.Var> captured) {
    FuncLowering l = new FuncLowering(unit, closure);
    l.bindFreeVars(captured);
    List<Obj.Var> params = new ArrayList<>();
    for (Field f : lit.type().params()) params.add(info.fieldVar(f));
    List<Obj.Var> results = new ArrayList<>();
    for (Field f : lit.type().results()) if (f.name() != null) results.add(info.fieldVar(f));
    l.bindParams(params, results, hasDefer(lit.body()));
    l.body(lit.body());
  }

  /** Lowers the body and closes the function; a void function falling off its end returns. */
  void body(Stmt.Block body) {
    block(body.stmts());
    if (cur != null) {
      List<Value> results = new ArrayList<>();
      // Only reachable when the checker proved it unreachable (e.g. after an endless loop).
      for (Type t : fn.results()) results.add(zero(t, body.end()));
      ret(results, body.end());
    }
  }

  // ---- statements ----

  private void block(List<Stmt> stmts) {
    for (Stmt s : stmts) stmt(s);
  }

  void stmt(Stmt s) {
    reachable();
    switch (s) {
      case Stmt.Block b -> block(b.stmts());
      case Stmt.ExprStmt e -> expr(e.x());
      case Stmt.DeclStmt d -> {
        if (d.decl().kind() == dev.gosem.api.ast.Decl.Kind.VAR) {
          for (Spec.ValueSpec spec : d.decl().specs()) varSpec(spec);
        }
      }
      case Stmt.TypeDeclStmt t -> {}
      case Stmt.Assign a -> assign(a);
      case Stmt.IncDec i -> {
        Target t = target(i.x());
        Type type = type(i.x());
        Value one = constant(Types.isFloat(type) ? (Object) 1.0 : (Object) 1L, type, i.pos());
        Value x = read(t, i.pos());
        write(t, add(i.inc() ? Op.ADD : Op.SUB, type, i.pos(), x, one), i.pos());
      }
      case Stmt.Return r -> returnStmt(r);
      case Stmt.If i -> ifStmt(i);
      case Stmt.For f -> forStmt(f, null);
      case Stmt.Range r -> rangeStmt(r, null);
      case Stmt.Switch sw -> switchStmt(sw, null);
      case Stmt.TypeSwitch sw -> typeSwitch(sw, null);
      case Stmt.Labeled l -> labeled(l);
      case Stmt.Branch br -> branchStmt(br);
      case Stmt.Empty e -> {}
      case Stmt.Go g -> goStmt(g);
      case Stmt.Send sd -> {
        Value ch = expr(sd.ch());
        Type elem = ((dev.gosem.api.types.Chan) Types.underlying(ch.type())).elem();
        add(Op.SEND, Types.INVALID, sd.pos(), ch, convertTo(expr(sd.value()), elem, sd.pos()));
      }
      case Stmt.Select sel -> selectStmt(sel, null);
      case Stmt.Defer d -> deferStmt(d);
      default -> throw Unsupported.at(s.pos(), "the statement " + s.getClass().getSimpleName());
    }
  }

  /** Calls a function that takes and returns nothing, e.g. one of the program's init functions. */
  void callVoid(String name, Pos pos) {
    reachable();
    add(Op.CALL, new Tuple(List.of()), pos).setAux(name);
  }

  void varSpec(Spec.ValueSpec spec) {
    List<Value> values = spec.values().isEmpty() ? null : values(spec.values(), spec.names().size(), spec.pos());
    for (int i = 0; i < spec.names().size(); i++) {
      Expr.Ident id = spec.names().get(i);
      if (id.name().equals("_")) continue;
      Obj.Var v = (Obj.Var) info.objectOf(id);
      declare(v, values != null ? values.get(i) : zero(v.type(), id.pos()), id.pos());
    }
  }

  /** One package-level initialization, {@code lhs = value}; blank variables only evaluate it. */
  void initializer(Initializer init) {
    List<Value> vs = values(List.of(init.value()), init.lhs().size(), init.value().pos());
    for (int i = 0; i < init.lhs().size(); i++) writeVar(init.lhs().get(i), vs.get(i), init.value().pos());
  }

  /** Right-hand sides: one value per expression, or the n results of a single multi-valued one. */
  private List<Value> values(List<Expr> rhs, int want, Pos pos) {
    List<Value> out = new ArrayList<>();
    Value tuple;
    if (rhs.size() == 1 && want == 2 && (tuple = commaOk(rhs.getFirst())) != null) {
      Tuple t = (Tuple) tuple.type();
      for (int i = 0; i < 2; i++) out.add(add(Op.EXTRACT, t.types().get(i), pos, tuple).setAuxInt(i));
      return out;
    }
    if (rhs.size() == 1 && want > 1) {
      Value call = expr(rhs.getFirst());
      Tuple t = (Tuple) call.type();
      for (int i = 0; i < t.types().size(); i++) out.add(add(Op.EXTRACT, t.types().get(i), pos, call).setAuxInt(i));
      return out;
    }
    for (Expr e : rhs) out.add(expr(e));
    return out;
  }

  /** For {@code v, ok := m[k]} and {@code v, ok := x.(T)}: the (value, ok) tuple; else null. */
  private Value commaOk(Expr e) {
    e = unparen(e);
    if (e instanceof Expr.Index ix && Types.underlying(info.typeOf(ix.x())) instanceof MapType m) {
      Value map = expr(ix.x());
      Value key = convertTo(expr(ix.index()), m.key(), ix.pos());
      Type vt = Consts.irType(m.elem());
      return add(Op.MAP_LOOKUP, new Tuple(List.of(vt, Types.BOOL)), ix.pos(), map, key).setAuxInt(1);
    }
    if (e instanceof Expr.Unary u && u.op() == dev.gosem.api.ast.UnaryOp.RECV) {
      Value ch = expr(u.x());
      Type elem = Consts.irType(((dev.gosem.api.types.Chan) Types.underlying(ch.type())).elem());
      return add(Op.RECV, new Tuple(List.of(elem, Types.BOOL)), u.pos(), ch).setAuxInt(1);
    }
    if (e instanceof Expr.TypeAssert ta && ta.type() != null) {
      Type t = Consts.irType(info.typeOf(ta.type()));
      return add(Op.TYPE_ASSERT, new Tuple(List.of(t, Types.BOOL)), ta.pos(), expr(ta.x())).setAux(t).setAuxInt(1);
    }
    return null;
  }

  // ---- assignment targets ----

  /** Where an assignment stores: a variable, an address, a map entry, or nowhere (_). */
  private sealed interface Target {
    record Var(Obj.Var v) implements Target {}
    record Addr(Value ptr) implements Target {}
    record MapEntry(Value map, Value key, Type elem) implements Target {}
    record Blank() implements Target {}
  }

  /** Evaluates the operands of an assignment's left side (phase one of Go's assignment). */
  private Target target(Expr lhs) {
    lhs = unparen(lhs);
    if (lhs instanceof Expr.Ident id) {
      if (id.name().equals("_")) return new Target.Blank();
      return new Target.Var((Obj.Var) info.objectOf(id));
    }
    if (qualifiedVar(lhs) != null) return new Target.Var(qualifiedVar(lhs));
    if (lhs instanceof Expr.Index ix && Types.underlying(info.typeOf(ix.x())) instanceof MapType m) {
      Value map = expr(ix.x());
      return new Target.MapEntry(map, convertTo(expr(ix.index()), m.key(), ix.pos()), Consts.irType(m.elem()));
    }
    return new Target.Addr(addr(lhs));
  }

  private Value read(Target t, Pos pos) {
    return switch (t) {
      case Target.Var v -> readVar(v.v(), pos);
      case Target.Addr a -> load(a.ptr(), pos);
      case Target.MapEntry m -> add(Op.MAP_LOOKUP, m.elem(), pos, m.map(), m.key());
      case Target.Blank b -> throw new IllegalStateException("reading _");
    };
  }

  private void write(Target t, Value x, Pos pos) {
    switch (t) {
      case Target.Var v -> writeVar(v.v(), x, pos);
      case Target.Addr a -> store(a.ptr(), x, pos);
      case Target.MapEntry m -> add(Op.MAP_UPDATE, Types.INVALID, pos, m.map(), m.key(), convertTo(x, m.elem(), pos));
      case Target.Blank b -> {}
    }
  }

  private void assign(Stmt.Assign a) {
    if (a.op().binary() != null) {
      Target t = target(a.lhs().getFirst());
      Value x = read(t, a.pos());
      Value y = expr(a.rhs().getFirst());
      Type type = type(a.lhs().getFirst());
      BinaryOp op = a.op().binary();
      Op irOp = switch (op) {
        case ADD -> Types.isString(type) ? Op.CONCAT : Op.ADD;
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
        default -> throw new IllegalStateException("no op-assign for " + op);
      };
      write(t, add(irOp, type, a.pos(), x, y), a.pos());
      return;
    }
    if (a.op() == AssignOp.DEFINE) {
      List<Value> values = values(a.rhs(), a.lhs().size(), a.pos());
      for (int i = 0; i < a.lhs().size(); i++) {
        Expr.Ident id = (Expr.Ident) a.lhs().get(i);
        if (id.name().equals("_")) continue;
        if (info.def(id) instanceof Obj.Var v) declare(v, values.get(i), id.pos());
        else writeVar((Obj.Var) info.use(id), values.get(i), id.pos());
      }
      return;
    }
    // Left operands, then right sides, then the stores left to right: a, b = b, a swaps.
    List<Target> targets = new ArrayList<>();
    for (Expr lhs : a.lhs()) targets.add(target(lhs));
    List<Value> values = values(a.rhs(), a.lhs().size(), a.pos());
    for (int i = 0; i < targets.size(); i++) write(targets.get(i), values.get(i), a.pos());
  }

  private void returnStmt(Stmt.Return r) {
    fn.countReturnStatement();
    List<Value> results = new ArrayList<>();
    if (r.results().isEmpty() && resultCells != null) {
      // a bare return in a function that defers: the cells hold the results (also those named _)
      for (Value cell : resultCells) results.add(load(cell, r.pos()));
    } else if (r.results().isEmpty()) {
      for (Obj.Var v : namedResults) results.add(readVar(v, r.pos()));
    } else {
      List<Value> values = values(r.results(), fn.results().size(), r.pos());
      for (int i = 0; i < values.size(); i++) results.add(convertTo(values.get(i), fn.results().get(i), r.pos()));
      // Named results take the returned values (deferred calls, later, can see them).
      if (resultCells == null) {
        for (int i = 0; i < namedResults.size() && i < results.size(); i++) writeVar(namedResults.get(i), results.get(i), r.pos());
      }
    }
    ret(results, r.pos());
  }

  private void ret(List<Value> results, Pos pos) {
    if (resultCells != null) results = deferReturn(results, pos);
    cur.end(BlockKind.RETURN, results.toArray(Value[]::new));
    cur = null;
  }

  // ---- control flow ----

  private void ifStmt(Stmt.If s) {
    if (s.init() != null) stmt(s.init());
    Block then = fn.newBlock("if.then");
    Block join = fn.newBlock("if.end");
    Block els = s.els() == null ? join : fn.newBlock("if.else");
    branchOn(s.cond(), then, els);
    enter(then);
    block(s.then().stmts());
    jump(join);
    if (s.els() != null) {
      enter(els);
      stmt(s.els());
      jump(join);
    }
    enter(join);
  }

  private void labeled(Stmt.Labeled l) {
    switch (l.stmt()) {
      case Stmt.For f -> forStmt(f, l.label());
      case Stmt.Range r -> rangeStmt(r, l.label());
      case Stmt.Switch sw -> switchStmt(sw, l.label());
      case Stmt.TypeSwitch sw -> typeSwitch(sw, l.label());
      case Stmt.Select sel -> selectStmt(sel, l.label());
      default -> stmt(l.stmt());
    }
  }

  private void forStmt(Stmt.For f, String label) {
    if (f.init() != null) stmt(f.init());
    // Go 1.22: each iteration has its own copy of the variables the init statement declares; only
    // those in memory (captured or address-taken) can tell, so only they get fresh cells.
    List<Obj.Var> perIteration = new ArrayList<>();
    if (info.perIterationLoopVars() && f.init() instanceof Stmt.Assign a && a.op() == AssignOp.DEFINE) {
      for (Expr e : a.lhs()) {
        if (e instanceof Expr.Ident id && info.def(id) instanceof Obj.Var v && inMemory(v) && cells.containsKey(v)) {
          Object key = new Object();
          vars.write(key, cur, cells.remove(v));
          iterationCells.put(v, key);
          perIteration.add(v);
        }
      }
    }
    Block header = fn.newBlock("for.cond");
    Block body = fn.newBlock("for.body");
    Block post = f.post() == null && perIteration.isEmpty() ? header : fn.newBlock("for.post");
    Block exit = fn.newBlock("for.end");
    jump(header);
    cur = header;
    if (f.cond() != null) branchOn(f.cond(), body, exit);
    else jump(body);
    enter(body);
    loops.push(new Loop(label, exit, post));
    block(f.body().stmts());
    loops.pop();
    jump(post);
    if (post != header) {
      enter(post);
      for (Obj.Var v : perIteration) {
        // The next iteration's variable starts with this one's value, before the post statement.
        Value old = load(varAddr(v, f.pos()), f.pos());
        Value cell = alloc(Consts.irType(v.type()), f.pos());
        store(cell, old, f.pos());
        vars.write(iterationCells.get(v), cur, cell);
      }
      if (f.post() != null) stmt(f.post());
      jump(header);
    }
    vars.seal(header);
    enter(exit);
  }

  /**
   * The loops of a range statement share one shape: a hidden counter i from 0 to n (n evaluated
   * once), a body that first binds the iteration variables, and a post block that advances i.
   */
  private void rangeStmt(Stmt.Range r, String label) {
    Type xt = Types.underlying(info.typeOf(r.x()));
    if (xt instanceof dev.gosem.api.types.Chan c) {
      rangeChan(r, c, label);
      return;
    }
    Pos pos = r.pos();
    Value x = expr(r.x());
    Value n;
    if (Types.isInteger(xt)) n = x;
    else if (Types.isString(xt)) n = add(Op.STRLEN, Types.INT, pos, x);
    else if (xt instanceof Array a) n = intConst(a.len(), pos);
    else if (xt instanceof Pointer p) n = intConst(((Array) Types.underlying(p.elem())).len(), pos);
    else if (xt instanceof MapType) {
      x = add(Op.MAP_KEYS, new Slice(((MapType) xt).key()), pos, x);
      n = add(Op.LEN, Types.INT, pos, x);
    } else n = add(Op.LEN, Types.INT, pos, x);
    Type ct = Types.isInteger(xt) ? x.type() : Types.INT;
    sharedRangeVars(r);
    Object counter = new Object();
    Object step = new Object();
    vars.write(counter, cur, constant(0L, ct, pos));
    Block header = fn.newBlock("range.cond");
    Block body = fn.newBlock("range.body");
    Block post = fn.newBlock("range.post");
    Block exit = fn.newBlock("range.end");
    jump(header);
    cur = header;
    Value i = vars.read(counter, ct, header);
    branch(add(Op.LT, Types.BOOL, pos, i, n), body, exit);
    enter(body);
    i = vars.read(counter, ct, cur);
    vars.write(step, cur, constant(1L, ct, pos));
    Value key = i;
    Value value = null;
    switch (xt) {
      case MapType m -> {
        Value k = load(add(Op.INDEX_ADDR, new Pointer(Consts.irType(m.key())), pos, x, i), pos);
        Value found = add(Op.MAP_LOOKUP, new Tuple(List.of(Consts.irType(m.elem()), Types.BOOL)), pos, mapOf(x), k).setAuxInt(1);
        Block live = fn.newBlock("range.entry");
        // an entry deleted before the loop reached it is not produced
        branch(add(Op.EXTRACT, Types.BOOL, pos, found).setAuxInt(1), live, post);
        enter(live);
        key = k;
        value = add(Op.EXTRACT, Consts.irType(m.elem()), pos, found).setAuxInt(0);
      }
      // 0 <= i < len(x) holds here, and x is the slice evaluated once before the loop
      case Slice s -> value = r.value() == null ? null : load(add(Op.INDEX_ADDR, new Pointer(Consts.irType(s.elem())), pos, x, i).setAuxInt(Op.IN_BOUNDS), pos);
      case Array a -> value = r.value() == null ? null : add(Op.INDEX, Consts.irType(a.elem()), pos, x, i);
      case Pointer p -> {
        Type et = Consts.irType(((Array) Types.underlying(p.elem())).elem());
        value = r.value() == null ? null : load(add(Op.INDEX_ADDR, new Pointer(et), pos, x, i), pos);
      }
      default -> {
        if (Types.isString(xt)) {
          Value d = add(Op.STR_DECODE, new Tuple(List.of(Types.INT32, Types.INT)), pos, x, i);
          value = add(Op.EXTRACT, Types.INT32, pos, d).setAuxInt(0);
          vars.write(step, cur, add(Op.EXTRACT, Types.INT, pos, d).setAuxInt(1));
        }
      }
    }
    bindRangeVar(r, r.key(), key);
    if (value != null) bindRangeVar(r, r.value(), value);
    loops.push(new Loop(label, exit, post));
    block(r.body().stmts());
    loops.pop();
    jump(post);
    enter(post);
    Value next = add(Op.ADD, ct, pos, vars.read(counter, ct, cur), vars.read(step, ct, cur));
    vars.write(counter, cur, next);
    jump(header);
    vars.seal(header);
    enter(exit);
  }

  /**
   * Before Go 1.22 the variables a range clause declares are one variable for the whole loop; those
   * in memory (the only ones where it shows) get their cell once, here, before the loop.
   */
  private void sharedRangeVars(Stmt.Range r) {
    if (info.perIterationLoopVars() || !r.define()) return;
    for (Expr e : new Expr[] {r.key(), r.value()}) {
      if (e instanceof Expr.Ident id && !id.name().equals("_") && info.objectOf(id) instanceof Obj.Var v && inMemory(v)) {
        declare(v, zero(v.type(), id.pos()), id.pos());
      }
    }
  }

  /** {@code for v := range ch}: receive until the channel is closed and drained. */
  private void rangeChan(Stmt.Range r, dev.gosem.api.types.Chan c, String label) {
    Pos pos = r.pos();
    Value ch = expr(r.x());
    Type elem = Consts.irType(c.elem());
    sharedRangeVars(r);
    Block header = fn.newBlock("range.recv");
    Block body = fn.newBlock("range.body");
    Block exit = fn.newBlock("range.end");
    jump(header);
    cur = header;
    Value got = add(Op.RECV, new Tuple(List.of(elem, Types.BOOL)), pos, ch).setAuxInt(1);
    branch(add(Op.EXTRACT, Types.BOOL, pos, got).setAuxInt(1), body, exit);
    enter(body);
    bindRangeVar(r, r.key(), add(Op.EXTRACT, elem, pos, got).setAuxInt(0));
    loops.push(new Loop(label, exit, header));
    block(r.body().stmts());
    loops.pop();
    jump(header);
    vars.seal(header);
    enter(exit);
  }

  /**
   * {@code go call}: the call is lowered as usual (callee and arguments evaluated here), then
   * moved into a trampoline function of its own that the new goroutine runs with those values.
   */
  private void goStmt(Stmt.Go g) {
    Pos pos = g.pos();
    Value call = expr(g.call());
    if (call == null || cur == null || cur.values().isEmpty() || cur.values().getLast() != call
        || !GO_CALLS.contains(call.op())) {
      throw Unsupported.at(pos, "go with this call");
    }
    List<Value> args = call.args();
    cur.removeValue(call);
    List<String> names = new ArrayList<>();
    List<Type> types = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      names.add("a" + i);
      types.add(args.get(i).type());
    }
    String name = unit.goTrampolineName(fn.name());
    Func t = new Func(name, names, types, List.of(), pos);
    Block b = t.newBlock("entry");
    Value[] params = new Value[args.size()];
    for (int i = 0; i < params.length; i++) params[i] = b.newValue(Op.PARAM, types.get(i), pos).setAuxInt(i);
    b.newValue(call.op(), call.type(), call.pos(), params).setAux(call.aux()).setAuxInt(call.auxInt());
    b.end(BlockKind.RETURN);
    unit.module().add(t);
    add(Op.GO, new Tuple(List.of()), pos, args.toArray(Value[]::new)).setAux(name);
  }

  private static final java.util.Set<Op> GO_CALLS =
      java.util.EnumSet.of(Op.CALL, Op.CALL_VALUE, Op.INVOKE, Op.CALL_STD, Op.CLOSE);

  /**
   * select: one SELECT value picks a case (the runtime chooses uniformly among the ready ones),
   * then the chosen index branches to the clause bodies, which bind what a receive case got.
   */
  private void selectStmt(Stmt.Select sel, String label) {
    Pos pos = sel.pos();
    List<Value> args = new ArrayList<>();
    List<Boolean> sends = new ArrayList<>();
    List<Type> resultTypes = new ArrayList<>(List.of(Types.INT, Types.BOOL));
    List<Stmt.CommClause> cases = new ArrayList<>();
    boolean hasDefault = false;
    for (Stmt.CommClause c : sel.clauses()) {
      if (c.isDefault()) {
        hasDefault = true;
        continue;
      }
      cases.add(c);
      if (c.comm() instanceof Stmt.Send sd) {
        Value ch = expr(sd.ch());
        Type elem = ((dev.gosem.api.types.Chan) Types.underlying(ch.type())).elem();
        args.add(ch);
        args.add(convertTo(expr(sd.value()), elem, sd.pos()));
        sends.add(true);
      } else {
        Expr.Unary u = (Expr.Unary) unparen(recvOf(c.comm()));
        Value ch = expr(u.x());
        args.add(ch);
        sends.add(false);
        resultTypes.add(Consts.irType(((dev.gosem.api.types.Chan) Types.underlying(ch.type())).elem()));
      }
    }
    SelectCases spec = new SelectCases(sends, !hasDefault);
    Value chosen = add(Op.SELECT, new Tuple(resultTypes), pos, args.toArray(Value[]::new)).setAux(spec);
    Value index = add(Op.EXTRACT, Types.INT, pos, chosen).setAuxInt(0);
    Block exit = fn.newBlock("select.end");
    List<Block> bodies = new ArrayList<>();
    for (int i = 0; i < sel.clauses().size(); i++) bodies.add(fn.newBlock("select.case"));
    Block dflt = null;
    int k = 0;
    for (int i = 0; i < sel.clauses().size(); i++) {
      if (sel.clauses().get(i).isDefault()) {
        dflt = bodies.get(i);
        continue;
      }
      Block next = fn.newBlock("select.next");
      branch(add(Op.EQ, Types.BOOL, pos, index, intConst(k, pos)), bodies.get(i), next);
      enter(next);
      k++;
    }
    if (dflt != null) {
      jump(dflt);
    } else {
      // A blocking select always picks a case.
      cur.end(BlockKind.EXIT);
      cur = null;
    }
    loops.push(new Loop(label, exit, null));
    k = 0;
    for (int i = 0; i < sel.clauses().size(); i++) {
      Stmt.CommClause c = sel.clauses().get(i);
      enter(bodies.get(i));
      if (!c.isDefault()) {
        if (c.comm() instanceof Stmt.Assign a) {
          int ri = 2 + spec.recvIndex(k);
          Value v = add(Op.EXTRACT, resultTypes.get(ri), c.pos(), chosen).setAuxInt(ri);
          Value ok = add(Op.EXTRACT, Types.BOOL, c.pos(), chosen).setAuxInt(1);
          List<Value> got = List.of(v, ok);
          for (int j = 0; j < a.lhs().size(); j++) {
            Expr lhs = a.lhs().get(j);
            if (a.op() == AssignOp.DEFINE) {
              Expr.Ident id = (Expr.Ident) lhs;
              if (id.name().equals("_")) continue;
              if (info.def(id) instanceof Obj.Var var) declare(var, got.get(j), id.pos());
              else writeVar((Obj.Var) info.use(id), got.get(j), id.pos());
            } else {
              write(target(lhs), got.get(j), a.pos());
            }
          }
        }
        k++;
      }
      block(c.body());
      jump(exit);
    }
    loops.pop();
    vars.seal(exit);
    cur = exit;
  }

  private static Expr recvOf(Stmt comm) {
    return switch (comm) {
      case Stmt.ExprStmt es -> es.x();
      case Stmt.Assign a -> a.rhs().getFirst();
      default -> throw new IllegalStateException("not a receive: " + comm);
    };
  }

  private void bindRangeVar(Stmt.Range r, Expr lhs, Value v) {
    if (lhs == null) return;
    if (r.define()) {
      Expr.Ident id = (Expr.Ident) lhs;
      if (id.name().equals("_")) return;
      Obj.Var var = (Obj.Var) info.objectOf(id);
      // Before Go 1.22 one variable serves every iteration: declared once (see sharedRangeVars).
      if (!info.perIterationLoopVars() && cells.containsKey(var)) writeVar(var, v, id.pos());
      else declare(var, v, id.pos());
    } else {
      write(target(lhs), v, r.pos());
    }
  }

  /** The map whose keys a MapKeys value lists. */
  private static Value mapOf(Value keys) {
    return keys.arg(0);
  }

  /** Switch with a tag (or none: true): cases are tested in order until one matches. */
  private void switchStmt(Stmt.Switch sw, String label) {
    if (sw.init() != null) stmt(sw.init());
    Value tag = sw.tag() == null ? null : expr(sw.tag());
    Block exit = fn.newBlock("switch.end");
    List<Block> bodies = new ArrayList<>();
    for (int i = 0; i < sw.clauses().size(); i++) bodies.add(fn.newBlock("switch.case"));
    Block dflt = exit;
    for (int i = 0; i < sw.clauses().size(); i++) {
      Stmt.CaseClause c = sw.clauses().get(i);
      if (c.isDefault()) {
        dflt = bodies.get(i);
        continue;
      }
      for (Expr e : c.list()) {
        Block next = fn.newBlock("switch.next");
        if (tag == null) {
          branchOn(e, bodies.get(i), next);
        } else {
          Value a = tag;
          Value b = expr(e);
          if (Consts.isInterface(a.type())) b = convertTo(b, a.type(), e.pos());
          else if (Consts.isInterface(b.type()) || (b.op() == Op.CONST && b.aux() == Nil.NIL)) a = convertTo(a, b.type(), e.pos());
          branch(add(Op.EQ, Types.BOOL, e.pos(), a, b), bodies.get(i), next);
        }
        enter(next);
      }
    }
    jump(dflt);
    clauseBodies(sw.clauses(), bodies, exit, label);
  }

  /** The clause bodies: each ends by leaving the switch, or by falling through to the next. */
  private void clauseBodies(List<Stmt.CaseClause> clauses, List<Block> bodies, Block exit, String label) {
    loops.push(new Loop(label, exit, null));
    for (int i = 0; i < clauses.size(); i++) {
      enter(bodies.get(i));
      List<Stmt> stmts = clauses.get(i).body();
      boolean fallsThrough = !stmts.isEmpty() && stmts.getLast() instanceof Stmt.Branch b && b.kind() == Stmt.BranchKind.FALLTHROUGH;
      block(fallsThrough ? stmts.subList(0, stmts.size() - 1) : stmts);
      jump(fallsThrough ? bodies.get(i + 1) : exit);
    }
    loops.pop();
    vars.seal(exit);
    cur = exit;
  }

  /** Type switch: each case is a comma-ok assertion (or a nil test), tried in order. */
  private void typeSwitch(Stmt.TypeSwitch sw, String label) {
    if (sw.init() != null) stmt(sw.init());
    Expr xe = sw.x() instanceof Expr.TypeAssert ta ? ta.x() : sw.x();
    Value x = expr(xe);
    Block exit = fn.newBlock("typeswitch.end");
    List<Block> bodies = new ArrayList<>();
    for (int i = 0; i < sw.clauses().size(); i++) bodies.add(fn.newBlock("typeswitch.case"));
    List<Value> bound = new ArrayList<>();
    for (int i = 0; i < sw.clauses().size(); i++) bound.add(x);
    Block dflt = exit;
    for (int i = 0; i < sw.clauses().size(); i++) {
      Stmt.CaseClause c = sw.clauses().get(i);
      if (c.isDefault()) {
        dflt = bodies.get(i);
        continue;
      }
      for (Expr te : c.list()) {
        Block next = fn.newBlock("typeswitch.next");
        if (te instanceof Expr.Ident id && id.name().equals("nil") && !(info.use(id) instanceof Obj.TypeName)) {
          branch(add(Op.EQ, Types.BOOL, te.pos(), x, constant(Nil.NIL, x.type(), te.pos())), bodies.get(i), next);
        } else {
          Type t = Consts.irType(info.typeOf(te));
          Value r = add(Op.TYPE_ASSERT, new Tuple(List.of(t, Types.BOOL)), te.pos(), x).setAux(t).setAuxInt(1);
          if (c.list().size() == 1) bound.set(i, add(Op.EXTRACT, t, te.pos(), r).setAuxInt(0));
          branch(add(Op.EXTRACT, Types.BOOL, te.pos(), r).setAuxInt(1), bodies.get(i), next);
        }
        enter(next);
      }
    }
    jump(dflt);
    loops.push(new Loop(label, exit, null));
    for (int i = 0; i < sw.clauses().size(); i++) {
      enter(bodies.get(i));
      Obj.Var v = info.implicit(sw.clauses().get(i));
      if (v != null) declare(v, bound.get(i), v.pos());
      block(sw.clauses().get(i).body());
      jump(exit);
    }
    loops.pop();
    enter(exit);
  }

  private void branchStmt(Stmt.Branch br) {
    for (Loop l : loops) {
      boolean isBreak = br.kind() == Stmt.BranchKind.BREAK;
      if (br.label() == null ? (isBreak || l.continueTo() != null) : br.label().equals(l.label())) {
        jump(isBreak ? l.breakTo() : l.continueTo());
        cur = null;
        return;
      }
    }
    throw Unsupported.at(br.pos(), br.kind().token() + (br.label() == null ? "" : " " + br.label()));
  }

  /** Branches to t or f on a condition, lowering && and || into control flow. */
  private void branchOn(Expr cond, Block t, Block f) {
    cond = unparen(cond);
    if (info.constOf(cond) == null) {
      if (cond instanceof Expr.Binary b && b.op().isLogical()) {
        Block mid = fn.newBlock(b.op() == BinaryOp.LAND ? "and.rhs" : "or.rhs");
        if (b.op() == BinaryOp.LAND) branchOn(b.x(), mid, f);
        else branchOn(b.x(), t, mid);
        enter(mid);
        branchOn(b.y(), t, f);
        return;
      }
      if (cond instanceof Expr.Unary u && u.op() == dev.gosem.api.ast.UnaryOp.NOT) {
        branchOn(u.x(), f, t);
        return;
      }
    }
    branch(expr(cond), t, f);
  }
}
