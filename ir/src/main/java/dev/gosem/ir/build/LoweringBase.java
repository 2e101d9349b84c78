package dev.gosem.ir.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.check.Obj;
import dev.gosem.api.check.TypeInfo;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.BlockKind;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Nil;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of lowering one function and the helpers every part of it uses: where variables
 * live, the current block, and Go's implicit conversions. Variables that are aggregates
 * (structs, arrays), captured by a closure or whose address is taken live in memory (an Alloc
 * read with Load and written with Store); all others are SSA values through {@link SsaVars}.
 * The lowering is split by concern: {@link ExprLowering} (values and addresses),
 * {@link CallLowering} (calls and builtins) and {@link FuncLowering} (statements).
 */
abstract class LoweringBase {
  /** Where break and continue go; label is null when unlabelled, continueTo null for a switch. */
  record Loop(String label, Block breakTo, Block continueTo) {}

  final Unit unit;
  final TypeInfo info;
  final Func fn;
  final SsaVars vars;
  final Deque<Loop> loops = new ArrayDeque<>();
  final List<Obj.Var> namedResults = new ArrayList<>();
  /** The addresses of this function's variables that live in memory (Allocs or FreeVars). */
  final Map<Obj.Var, Value> cells = new IdentityHashMap<>();
  /** Expressions already evaluated elsewhere: a deferred call's operands inside its wrapper. */
  final Map<Expr, Value> preset = new IdentityHashMap<>();
  /** Variables kept in memory whatever the checker says: the named results of a function that defers. */
  final java.util.Set<Obj.Var> forcedMemory = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  Block cur;
  private int closures;

  LoweringBase(Unit unit, Func fn) {
    this.unit = unit;
    this.info = unit.info();
    this.fn = fn;
    this.vars = new SsaVars(fn, (b, t) -> b.newValue(Op.CONST, t, Pos.NONE).setAux(Consts.zero(t)));
    this.cur = fn.newBlock("entry");
    vars.seal(cur);
  }

  abstract Value expr(Expr e);

  /** The name of the next closure defined in this function: f.func1, f.func2; nested f.func1.1. */
  String nextClosureName() {
    closures++;
    return fn.name().contains(".func") ? fn.name() + "." + closures : fn.name() + ".func" + closures;
  }

  // ---- blocks ----

  Value add(Op op, Type t, Pos pos, Value... args) {
    return cur.newValue(op, t, pos, args);
  }

  void reachable() {
    if (cur == null) {
      cur = fn.newBlock("unreachable");
      vars.seal(cur);
    }
  }

  void jump(Block to) {
    if (cur == null) return;
    cur.end(BlockKind.PLAIN);
    cur.addSucc(to);
    cur = null;
  }

  /** Ends the current block on a bool value: to t if true, else to f. */
  void branch(Value cond, Block t, Block f) {
    cur.end(BlockKind.IF, cond);
    cur.addSucc(t);
    cur.addSucc(f);
    cur = null;
  }

  /** Starts filling a block whose predecessors are all known. */
  void enter(Block b) {
    vars.seal(b);
    cur = b;
  }

  // ---- types and constants ----

  static Expr unparen(Expr e) {
    while (e instanceof Expr.Paren p) e = p.x();
    return e;
  }

  Type type(Expr e) {
    return Consts.irType(info.typeOf(e));
  }

  Value constant(Object payload, Type t, Pos pos) {
    return add(Op.CONST, t, pos).setAux(payload);
  }

  Value intConst(long v, Pos pos) {
    return constant(v, Types.INT, pos);
  }

  /** The zero value of t: a constant, or for a struct or array a freshly allocated zero. */
  Value zero(Type t, Pos pos) {
    t = Consts.irType(t);
    if (Consts.isAggregate(t)) return add(Op.LOAD, t, pos, alloc(t, pos));
    return constant(Consts.zero(t), t, pos);
  }

  Value alloc(Type t, Pos pos) {
    return add(Op.ALLOC, new Pointer(t), pos).setAux(t);
  }

  static Type elem(Value pointer) {
    return ((Pointer) Types.underlying(pointer.type())).elem();
  }

  Value load(Value pointer, Pos pos) {
    return add(Op.LOAD, elem(pointer), pos, pointer);
  }

  void store(Value pointer, Value v, Pos pos) {
    add(Op.STORE, Types.INVALID, pos, pointer, convertTo(v, elem(pointer), pos));
  }

  /**
   * Go's implicit conversion of a value to the type it is assigned to: a concrete value to an
   * interface type, nil to the type it stands for, a value to a named type with the same
   * underlying type (assignability); otherwise the value as it is.
   */
  Value convertTo(Value v, Type target, Pos pos) {
    target = Consts.irType(target);
    if (v.type().equals(target)) return v;
    // Untyped nil (or a nil interface) becomes the target's nil; a typed nil pointer, slice, map
    // or func converted to an interface is a non-nil interface holding it.
    if (v.op() == Op.CONST && v.aux() == Nil.NIL
        && (!Consts.isInterface(target) || Consts.isInterface(v.type()) || Types.isUntyped(v.type()))) {
      return constant(Nil.NIL, target, pos);
    }
    if (Consts.isInterface(target)) return add(Op.MAKE_INTERFACE, target, pos, v);
    if (Types.underlying(v.type()).equals(Types.underlying(target))) return add(Op.CONVERT, target, pos, v);
    return v;
  }

  // ---- variables ----

  /** Whether a local variable lives in memory rather than in SSA values. */
  boolean inMemory(Obj.Var v) {
    if (v.kind() == Obj.Var.Kind.GLOBAL) return unit.globalInMemory(v);
    return info.needsHeap(v) || Consts.isAggregate(v.type()) || forcedMemory.contains(v);
  }

  /** Declares a new local variable (each execution makes a fresh one) with its initial value. */
  void declare(Obj.Var v, Value init, Pos pos) {
    if (v == null || v.name().equals("_")) return;
    Value x = convertTo(init, v.type(), pos);
    if (inMemory(v)) {
      Value cell = alloc(Consts.irType(v.type()), pos);
      cells.put(v, cell);
      store(cell, x, pos);
    } else {
      vars.write(v, cur, x);
    }
  }

  Value readVar(Obj.Var v, Pos pos) {
    Type t = Consts.irType(v.type());
    if (v.kind() == Obj.Var.Kind.GLOBAL && !inMemory(v)) {
      return add(Op.LOAD_GLOBAL, t, pos).setAux(unit.globalName(v));
    }
    if (inMemory(v)) return load(varAddr(v, pos), pos);
    return vars.read(v, t, cur);
  }

  void writeVar(Obj.Var v, Value x, Pos pos) {
    if (v == null || v.name().equals("_")) return;
    x = convertTo(x, v.type(), pos);
    if (v.kind() == Obj.Var.Kind.GLOBAL && !inMemory(v)) {
      add(Op.STORE_GLOBAL, Types.INVALID, pos, x).setAux(unit.globalName(v));
    } else if (inMemory(v)) {
      store(varAddr(v, pos), x, pos);
    } else {
      vars.write(v, cur, x);
    }
  }

  /** The address of a variable that lives in memory. */
  Value varAddr(Obj.Var v, Pos pos) {
    if (v.kind() == Obj.Var.Kind.GLOBAL) {
      return add(Op.GLOBAL_ADDR, new Pointer(Consts.irType(v.type())), pos).setAux(unit.globalName(v));
    }
    Value cell = cells.get(v);
    if (cell == null) throw new IllegalStateException("variable " + v.name() + " has no memory cell");
    return cell;
  }
}
