package dev.gosem.ir.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Node;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.check.Obj;
import dev.gosem.api.check.Selection;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import dev.gosem.ir.ssa.DeferSite;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * defer statements and the frame state they need. A defer evaluates the callee, the receiver
 * and the arguments now, and hands them to a wrapper function (f.deferwrapN, as Go's compiler
 * names them) whose parameters they become and which makes the call: so every deferred call,
 * whatever its kind (function, method, interface method, closure, builtin, library function),
 * is one call of a function of known arity that returns nothing, which each backend can store
 * in a record or in locals. A function that defers keeps its results in cells from its entry
 * (DeferInit): deferred calls may change named results after a return, and a recovered panic
 * returns what the cells hold.
 */
abstract class DeferLowering extends CallLowering {
  /** The cells of the results when the function defers; null when it does not. */
  List<Value> resultCells;
  private int wrappers;

  DeferLowering(Unit unit, Func fn) {
    super(unit, fn);
  }

  /** Whether a body has defer statements of its own (a closure's are the closure's). */
  static boolean hasDefer(Stmt.Block body) {
    boolean[] found = {false};
    walkOwn(body, found);
    return found[0];
  }

  private static void walkOwn(Node n, boolean[] found) {
    if (n == null || found[0] || n instanceof Expr.FuncLit) return;
    if (n instanceof Stmt.Defer) {
      found[0] = true;
      return;
    }
    for (Node c : dev.gosem.api.ast.Children.of(n)) walkOwn(c, found);
  }

  /**
   * Gives every result a cell (named results are their variables, already in memory) and starts
   * the defer state. Called once the parameters and named results are bound.
   */
  void initDefers(Pos pos) {
    resultCells = new ArrayList<>();
    for (int i = 0; i < fn.results().size(); i++) {
      Obj.Var named = i < namedResults.size() ? namedResults.get(i) : null;
      if (named != null && !named.name().equals("_")) {
        resultCells.add(varAddr(named, pos));
      } else {
        Value cell = alloc(fn.results().get(i), pos);
        store(cell, zero(fn.results().get(i), pos), pos);
        resultCells.add(cell);
      }
    }
    add(Op.DEFER_INIT, Types.INVALID, pos, resultCells.toArray(Value[]::new));
  }

  /** A normal exit of a function that defers: results into their cells, the deferred calls, the cells' values. */
  List<Value> deferReturn(List<Value> results, Pos pos) {
    for (int i = 0; i < results.size(); i++) {
      Value r = results.get(i);
      Value cell = resultCells.get(i);
      if (r.op() == Op.LOAD && r.arg(0) == cell) continue;
      store(cell, r, pos);
    }
    add(Op.DEFER_RETURN, Types.INVALID, pos);
    List<Value> out = new ArrayList<>();
    for (Value cell : resultCells) out.add(load(cell, pos));
    return out;
  }

  /** defer call: the operands now, a wrapper making the call later. */
  void deferStmt(Stmt.Defer d) {
    Expr.Call call = d.call();
    Pos pos = d.pos();
    boolean inLoop = loops.stream().anyMatch(l -> l.continueTo() != null);
    String name = nextDeferWrapperName();
    DeferSite site = fn.addDeferSite(name, pos, inLoop);
    Expr fun = unparen(call.fun());
    Operands ops = new Operands();
    Func w;
    if (fun instanceof Expr.FuncLit) {
      // A closure literal: its captured cells are the operands, the wrapper calls its function.
      Value closure = expr(fun);
      for (Value cell : closure.args()) ops.value(cell);
      String target = (String) closure.aux();
      cur.removeValue(closure);
      Signature sig = (Signature) info.typeOf(fun);
      List<Expr> args = evaluateArgs(call, ops);
      int cells = ops.values.size() - args.size();
      w = wrapper(name, ops, pos, (wl, params) -> {
        List<Value> all = new ArrayList<>(params.subList(0, cells));
        all.addAll(wl.args(call, sig));
        wl.add(Op.CALL, resultType(sig), call.pos(), all.toArray(Value[]::new)).setAux(target);
      });
    } else if (fun instanceof Expr.Selector s
        && info.selectionOf(s) instanceof Selection sel
        && sel.kind() == Selection.Kind.METHOD_VALUE) {
      w = methodWrapper(name, s, sel, call, ops, pos);
    } else {
      // Everything else is lowered again inside the wrapper, with the operands as parameters.
      if (isFuncValue(fun)) ops.expr(fun, expr(fun));
      evaluateArgs(call, ops);
      w = wrapper(name, ops, pos, (wl, params) -> wl.expr(call));
    }
    unit.module().add(w);
    add(Op.DEFER, Types.INVALID, pos, ops.values.toArray(Value[]::new)).setAux(site);
  }

  /** x.M(args) deferred: the receiver (value or address, as M wants it) is evaluated now. */
  private Func methodWrapper(String name, Expr.Selector s, Selection sel, Expr.Call call, Operands ops, Pos pos) {
    Place holder = walk(place(s.x()), sel.path(), s.pos());
    switch (sel.obj()) {
      case Obj.Func f when f.isInterfaceMethod() -> {
        ops.value(valueOf(throughPointer(holder, s.pos()), s.pos()));
        evaluateArgs(call, ops);
        return wrapper(name, ops, pos, (wl, params) -> {
          List<Value> all = new ArrayList<>(List.of(params.getFirst()));
          all.addAll(wl.args(call, f.type()));
          wl.add(Op.INVOKE, resultType(f.type()), call.pos(), all.toArray(Value[]::new)).setAux(f.name());
        });
      }
      case Obj.Func f -> {
        ops.value(receiver(holder, f.pointerReceiver(), s.pos()));
        evaluateArgs(call, ops);
        return wrapper(name, ops, pos, (wl, params) -> {
          List<Value> all = new ArrayList<>(List.of(params.getFirst()));
          all.addAll(wl.args(call, f.type()));
          wl.add(Op.CALL, resultType(f.type()), call.pos(), all.toArray(Value[]::new)).setAux(Unit.methodName(f));
        });
      }
      case Obj.StdFunc f -> {
        ops.value(receiver(holder, f.recv() instanceof Pointer, s.pos()));
        evaluateArgs(call, ops);
        String target = f.pkg() + "." + receiverTypeName(f.recv()) + "." + f.name();
        return wrapper(name, ops, pos, (wl, params) -> {
          List<Value> all = new ArrayList<>(List.of(params.getFirst()));
          all.addAll(wl.args(call, f.signature()));
          wl.add(Op.CALL_STD, resultType(f.signature()), call.pos(), all.toArray(Value[]::new)).setAux(target);
        });
      }
      default -> throw Unsupported.at(call.pos(), "deferring ." + s.sel());
    }
  }

  /** Evaluates the call's non-constant arguments as operands; returns them. */
  private List<Expr> evaluateArgs(Expr.Call call, Operands ops) {
    List<Expr> args = call.args();
    if (args.size() == 1 && info.typeOf(args.getFirst()) instanceof Tuple t && t.types().size() > 1) {
      throw Unsupported.at(call.pos(), "deferring a call whose argument is a call with several results");
    }
    List<Expr> evaluated = new ArrayList<>();
    for (Expr a : args) {
      if (info.constOf(a) != null) continue;
      ops.expr(a, expr(a));
      evaluated.add(a);
    }
    return evaluated;
  }

  /** Whether call() would call fun as a func value (not a function, method, builtin or library function). */
  private boolean isFuncValue(Expr fun) {
    if (fun instanceof Expr.Ident id) {
      return !(info.use(id) instanceof Obj.Builtin) && !(info.use(id) instanceof Obj.Func);
    }
    if (fun instanceof Expr.Selector s && info.selectionOf(s) instanceof Selection sel) {
      return switch (sel.kind()) {
        case QUALIFIED -> !(sel.obj() instanceof Obj.StdFunc);
        case METHOD_EXPR -> false;
        default -> true;
      };
    }
    return true;
  }

  /** The evaluated operands of a defer: the values, and the expressions they stand for in the wrapper. */
  private static final class Operands {
    final List<Value> values = new ArrayList<>();
    /** For each value, the expression the wrapper's lowering reads it for (null: used directly). */
    final List<Expr> exprs = new ArrayList<>();

    void value(Value v) {
      values.add(v);
      exprs.add(null);
    }

    void expr(Expr e, Value v) {
      values.add(v);
      exprs.add(e);
    }
  }

  /** What a wrapper does with its parameters. */
  private interface WrapperBody {
    void emit(DeferLowering wl, List<Value> params);
  }

  /** The wrapper: one parameter per operand, presets for the expressions, then the call. */
  private Func wrapper(String name, Operands ops, Pos pos, WrapperBody body) {
    List<String> names = new ArrayList<>();
    List<Type> types = new ArrayList<>();
    for (int i = 0; i < ops.values.size(); i++) {
      names.add("a" + i);
      types.add(ops.values.get(i).type());
    }
    Func w = new Func(name, names, types, List.of(), pos);
    w.markDeferWrapper();
    FuncLowering wl = new FuncLowering(unit, w);
    List<Value> params = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      Value p = wl.add(Op.PARAM, types.get(i), pos).setAuxInt(i);
      params.add(p);
      if (ops.exprs.get(i) != null) wl.preset.put(ops.exprs.get(i), p);
    }
    body.emit(wl, params);
    wl.body(new Stmt.Block(List.of(), pos, pos));
    return w;
  }

  private String nextDeferWrapperName() {
    wrappers++;
    return fn.name() + ".deferwrap" + wrappers;
  }
}
