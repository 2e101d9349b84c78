package dev.gosem.ir.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.check.Obj;
import dev.gosem.api.check.Selection;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import dev.gosem.ir.ssa.BlockKind;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Intrinsic;
import dev.gosem.ir.ssa.Nil;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls: of functions, methods (static and through interfaces), func values, conversions,
 * builtins and the standard library. Arguments are evaluated left to right before the call,
 * converted to the parameter types, and variadic ones packed into a slice unless spread.
 */
abstract class CallLowering extends ExprLowering {
  CallLowering(Unit unit, Func fn) {
    super(unit, fn);
  }

  @Override
  Value call(Expr.Call call) {
    Expr fun = unparen(call.fun());
    if (isTypeExpr(fun)) return convert(call, type(call));
    switch (fun) {
      case Expr.Ident id -> {
        switch (info.use(id)) {
          case Obj.Builtin b -> {
            return builtin(b.name(), call);
          }
          case Obj.Func f -> {
            List<Value> args = args(call, f.type());
            return add(Op.CALL, resultType(f.type()), call.pos(), args.toArray(Value[]::new)).setAux(unit.funcName(f));
          }
          case null, default -> {}
        }
      }
      case Expr.Selector s -> {
        Selection sel = info.selectionOf(s);
        if (sel != null) {
          switch (sel.kind()) {
            case QUALIFIED -> {
              if (sel.obj() instanceof Obj.StdFunc sf) return std(sf, call);
              if (sel.obj() instanceof Obj.Func f) {
                List<Value> args = args(call, f.type());
                return add(Op.CALL, resultType(f.type()), call.pos(), args.toArray(Value[]::new)).setAux(unit.funcName(f));
              }
            }
            case METHOD_VALUE -> {
              return methodCall(s, sel, call);
            }
            case METHOD_EXPR -> {
              if (sel.obj() instanceof Obj.Func f && !f.isInterfaceMethod()) {
                Signature full = (Signature) sel.type();
                List<Value> args = args(call, full);
                return add(Op.CALL, resultType(full), call.pos(), args.toArray(Value[]::new)).setAux(Unit.methodName(f));
              }
              throw Unsupported.at(call.pos(), "calling an interface method expression");
            }
            case FIELD -> {}
          }
        }
      }
      default -> {}
    }
    // A func value: a variable, a field, a closure, a call's result.
    Value f = expr(fun);
    Signature sig = (Signature) Types.underlying(f.type());
    List<Value> args = new ArrayList<>(List.of(f));
    args.addAll(args(call, sig));
    return add(Op.CALL_VALUE, resultType(sig), call.pos(), args.toArray(Value[]::new));
  }

  /** Whether e spells a type (a conversion's "function"). */
  boolean isTypeExpr(Expr e) {
    e = unparen(e);
    return switch (e) {
      case Expr.Ident id -> info.use(id) instanceof Obj.TypeName;
      case Expr.Selector s -> info.selectionOf(s) instanceof Selection sel && sel.obj() instanceof Obj.TypeName;
      case Expr.Star st -> isTypeExpr(st.x());
      case Expr.ArrayType a -> true;
      case Expr.MapType m -> true;
      case Expr.StructType st -> true;
      case Expr.InterfaceType it -> true;
      case Expr.FuncType ft -> true;
      default -> false;
    };
  }

  /** Evaluates a call's arguments for a signature: f(g()) spreads g's results; variadics pack. */
  List<Value> args(Expr.Call call, Signature sig) {
    List<Value> raw = new ArrayList<>();
    List<Expr> exprs = call.args();
    if (exprs.size() == 1 && info.typeOf(exprs.getFirst()) instanceof Tuple t && t.types().size() > 1) {
      Value tuple = expr(exprs.getFirst());
      for (int i = 0; i < t.types().size(); i++) {
        raw.add(add(Op.EXTRACT, Consts.irType(t.types().get(i)), call.pos(), tuple).setAuxInt(i));
      }
    } else {
      for (Expr a : exprs) raw.add(expr(a));
    }
    List<Type> params = sig.params();
    List<Value> out = new ArrayList<>();
    int fixed = sig.variadic() && !call.ellipsis() ? params.size() - 1 : params.size();
    for (int i = 0; i < fixed && i < raw.size(); i++) out.add(convertTo(raw.get(i), params.get(i), call.pos()));
    if (fixed < params.size()) out.add(pack(raw.subList(Math.min(fixed, raw.size()), raw.size()), (Slice) params.getLast(), call.pos()));
    return out;
  }

  /** The slice a variadic parameter receives: nil when no arguments are given. */
  Value pack(List<Value> values, Slice type, Pos pos) {
    if (values.isEmpty()) return constant(Nil.NIL, type, pos);
    Value n = intConst(values.size(), pos);
    Value s = add(Op.MAKE_SLICE, type, pos, n, n);
    Type et = Consts.irType(type.elem());
    for (int i = 0; i < values.size(); i++) {
      store(add(Op.INDEX_ADDR, new Pointer(et), pos, s, intConst(i, pos)), values.get(i), pos);
    }
    return s;
  }

  // ---- methods ----

  private Value methodCall(Expr.Selector s, Selection sel, Expr.Call call) {
    Place holder = walk(place(s.x()), sel.path(), s.pos());
    switch (sel.obj()) {
      case Obj.Func f when f.isInterfaceMethod() -> {
        Value iface = valueOf(throughPointer(holder, s.pos()), s.pos());
        List<Value> args = new ArrayList<>(List.of(iface));
        args.addAll(args(call, f.type()));
        return add(Op.INVOKE, resultType(f.type()), call.pos(), args.toArray(Value[]::new)).setAux(f.name());
      }
      case Obj.Func f -> {
        Value recv = receiver(holder, f.pointerReceiver(), s.pos());
        List<Value> args = new ArrayList<>(List.of(recv));
        args.addAll(args(call, f.type()));
        return add(Op.CALL, resultType(f.type()), call.pos(), args.toArray(Value[]::new)).setAux(Unit.methodName(f));
      }
      case Obj.StdFunc f -> {
        Value recv = receiver(holder, f.recv() instanceof Pointer, s.pos());
        List<Value> args = new ArrayList<>(List.of(recv));
        args.addAll(args(call, f.signature()));
        return add(Op.CALL_STD, resultType(f.signature()), call.pos(), args.toArray(Value[]::new))
            .setAux(f.pkg() + "." + receiverTypeName(f.recv()) + "." + f.name());
      }
      default -> throw Unsupported.at(call.pos(), "calling ." + s.sel());
    }
  }

  static String receiverTypeName(Type recv) {
    Type t = recv instanceof Pointer p ? p.elem() : recv;
    return t instanceof dev.gosem.api.types.Named n ? n.name() : t.toString();
  }

  @Override
  Value methodValue(Expr.Selector s, Selection sel) {
    if (sel.kind() == Selection.Kind.METHOD_EXPR) {
      if (sel.obj() instanceof Obj.Func f && !f.isInterfaceMethod()
          && (Types.underlying(sel.recv()) instanceof Pointer) == f.pointerReceiver()) {
        return add(Op.MAKE_CLOSURE, sel.type(), s.pos()).setAux(Unit.methodName(f));
      }
      throw Unsupported.at(s.pos(), "this method expression");
    }
    // x.M: the receiver is evaluated now and bound to a wrapper that calls M with it.
    if (!(sel.obj() instanceof Obj.Func f)) throw Unsupported.at(s.pos(), "a method value of a library type");
    Place holder = walk(place(s.x()), sel.path(), s.pos());
    Value recv;
    String target;
    if (f.isInterfaceMethod()) {
      recv = valueOf(throughPointer(holder, s.pos()), s.pos());
      if (!(recv.type() instanceof dev.gosem.api.types.Named n)) throw Unsupported.at(s.pos(), "a method value of an unnamed interface");
      target = Unit.typeName(n) + "." + f.name();
    } else {
      recv = receiver(holder, f.pointerReceiver(), s.pos());
      target = Unit.methodName(f);
    }
    String wrapper = target + "-fm";
    if (unit.newWrapper(wrapper)) unit.module().add(wrapper(wrapper, target, f, recv.type(), s.pos()));
    Value cell = alloc(recv.type(), s.pos());
    store(cell, recv, s.pos());
    return add(Op.MAKE_CLOSURE, f.type(), s.pos(), cell).setAux(wrapper);
  }

  /** The function behind a method value: calls the method on the receiver it was bound to. */
  private static Func wrapper(String name, String target, Obj.Func f, Type recvType, Pos pos) {
    Signature sig = f.type();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < sig.params().size(); i++) names.add("p" + i);
    Func w = new Func(name, names, irTypes(sig.params()), irTypes(sig.results()), pos);
    w.setFreeVars(List.of(new Pointer(recvType)));
    dev.gosem.ir.ssa.Block b = w.newBlock("entry");
    Value cell = b.newValue(Op.FREE_VAR, new Pointer(recvType), pos).setAuxInt(0);
    List<Value> args = new ArrayList<>(List.of(b.newValue(Op.LOAD, recvType, pos, cell)));
    for (int i = 0; i < sig.params().size(); i++) args.add(b.newValue(Op.PARAM, w.params().get(i), pos).setAuxInt(i));
    Op op = f.isInterfaceMethod() ? Op.INVOKE : Op.CALL;
    Value call = b.newValue(op, resultType(sig), pos, args.toArray(Value[]::new)).setAux(f.isInterfaceMethod() ? f.name() : target);
    List<Value> results = new ArrayList<>();
    if (w.results().size() == 1) results.add(call);
    for (int i = 0; w.results().size() > 1 && i < w.results().size(); i++) {
      results.add(b.newValue(Op.EXTRACT, w.results().get(i), pos, call).setAuxInt(i));
    }
    b.end(BlockKind.RETURN, results.toArray(Value[]::new));
    return w;
  }

  /** The receiver a method wants (a pointer or a value) from what the selector reached. */
  Value receiver(Place holder, boolean wantPointer, Pos pos) {
    Type held = holder.address() ? elem(holder.val()) : holder.val().type();
    if (Types.underlying(held) instanceof Pointer) {
      Value ptr = valueOf(holder, pos);
      return wantPointer ? ptr : load(ptr, pos);
    }
    if (!wantPointer) return valueOf(holder, pos);
    if (holder.address()) return holder.val();
    // A pointer method on a value that is not a variable: give it a temporary to point at.
    Value tmp = alloc(held, pos);
    store(tmp, holder.val(), pos);
    return tmp;
  }

  // ---- conversions ----

  private Value convert(Expr.Call call, Type to) {
    Value x = expr(call.args().getFirst());
    if (Consts.isInterface(to)) return convertTo(x, to, call.pos());
    if (x.op() == Op.CONST && x.aux() == Nil.NIL) return constant(Nil.NIL, to, call.pos());
    if (x.type().equals(to)) return x;
    return add(Op.CONVERT, to, call.pos(), x);
  }

  // ---- builtins ----

  private Value builtin(String name, Expr.Call call) {
    List<Expr> a = call.args();
    Pos pos = call.pos();
    switch (name) {
      case "len", "cap" -> {
        Value x = expr(a.getFirst());
        Type u = Types.underlying(x.type());
        if (u instanceof Pointer p) u = Types.underlying(p.elem());
        if (u instanceof Array arr) return intConst(arr.len(), pos);
        if (Types.isString(u)) return add(Op.STRLEN, Types.INT, pos, x);
        return add(name.equals("len") ? Op.LEN : Op.CAP, Types.INT, pos, x);
      }
      case "append" -> {
        Value s = expr(a.getFirst());
        Type st = type(call);
        s = convertTo(s, st, pos);
        if (call.ellipsis()) return add(Op.APPEND_SLICE, st, pos, s, expr(a.get(1)));
        if (a.size() == 1) return s;
        Type et = Consts.irType(((Slice) Types.underlying(st)).elem());
        List<Value> args = new ArrayList<>(List.of(s));
        for (Expr e : a.subList(1, a.size())) args.add(convertTo(expr(e), et, pos));
        return add(Op.APPEND, st, pos, args.toArray(Value[]::new));
      }
      case "copy" -> {
        Value dst = expr(a.get(0));
        Value src = expr(a.get(1));
        return add(Op.COPY_SLICE, Types.INT, pos, dst, src);
      }
      case "make" -> {
        Type t = type(call);
        if (Types.underlying(t) instanceof MapType) {
          for (Expr e : a.subList(1, a.size())) expr(e);
          return add(Op.MAKE_MAP, t, pos);
        }
        if (!(Types.underlying(t) instanceof Slice)) throw Unsupported.at(pos, "make of " + t);
        Value len = expr(a.get(1));
        Value cap = a.size() > 2 ? expr(a.get(2)) : len;
        return add(Op.MAKE_SLICE, t, pos, len, cap);
      }
      case "new" -> {
        return alloc(Consts.irType(((Pointer) type(call)).elem()), pos);
      }
      case "delete" -> {
        Value m = expr(a.get(0));
        Type kt = ((MapType) Types.underlying(m.type())).key();
        add(Op.MAP_DELETE, Types.INVALID, pos, m, convertTo(expr(a.get(1)), kt, pos));
        return null;
      }
      case "panic" -> {
        Value v = convertTo(expr(a.getFirst()), Types.ANY, pos);
        // auxInt 1: panic(nil) panics with a *runtime.PanicNilError (Go 1.21 and later).
        add(Op.PANIC, Types.INVALID, pos, v).setAuxInt(unit.panicNilError() ? 1 : 0);
        cur.end(BlockKind.EXIT);
        cur = null;
        return null;
      }
      case "recover" -> {
        return add(Op.RECOVER, Types.ANY, pos);
      }
      case "print", "println" -> {
        boolean ln = name.equals("println");
        List<Value> args = spread(a, pos);
        for (int i = 0; i < args.size(); i++) {
          if (ln && i > 0) intrinsic(Intrinsic.PRINT_SPACE, pos);
          intrinsic(Intrinsic.PRINT, pos, args.get(i));
        }
        if (ln) intrinsic(Intrinsic.PRINT_NEWLINE, pos);
        return null;
      }
      default -> throw Unsupported.at(pos, "the builtin " + name);
    }
  }

  // ---- the standard library ----

  private Value std(Obj.StdFunc f, Expr.Call call) {
    Intrinsic which = switch (f.qualified()) {
      case "fmt.Println" -> Intrinsic.FMT_PRINTLN;
      case "fmt.Print" -> Intrinsic.FMT_PRINT;
      case "os.Exit" -> Intrinsic.OS_EXIT;
      default -> null;
    };
    // fmt.Println(xs...) passes the slice itself as the variadic parameter: the general call,
    // not the intrinsic, which takes each argument as one operand.
    if (which == null || call.ellipsis()) {
      List<Value> args = args(call, f.signature());
      return add(Op.CALL_STD, resultType(f.signature()), call.pos(), args.toArray(Value[]::new)).setAux(f.qualified());
    }
    List<Value> args = new ArrayList<>();
    for (Value v : spread(call.args(), call.pos())) {
      // Basic values go to fmt as they are (the backend boxes them); others as interface values.
      args.add(which == Intrinsic.OS_EXIT || v.type() instanceof Basic ? v : convertTo(v, Types.ANY, call.pos()));
    }
    return intrinsic(which, call.pos(), args.toArray(Value[]::new));
  }

  /**
   * Evaluates the arguments of a variadic call left to right; a single call with several
   * results, as in {@code fmt.Println(divmod(7, 2))}, passes each result as an argument.
   */
  List<Value> spread(List<Expr> args, Pos pos) {
    List<Value> out = new ArrayList<>();
    if (args.size() == 1 && info.typeOf(args.getFirst()) instanceof Tuple t && t.types().size() > 1) {
      Value tuple = expr(args.getFirst());
      for (int i = 0; i < t.types().size(); i++) {
        out.add(add(Op.EXTRACT, Consts.irType(t.types().get(i)), pos, tuple).setAuxInt(i));
      }
      return out;
    }
    for (Expr a : args) out.add(expr(a));
    return out;
  }

  Value intrinsic(Intrinsic which, Pos pos, Value... args) {
    return add(Op.INTRINSIC, new Tuple(List.of()), pos, args).setAux(which);
  }
}
