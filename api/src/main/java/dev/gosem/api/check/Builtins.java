package dev.gosem.api.check;

import dev.gosem.api.Program;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.check.Operand.Mode;
import dev.gosem.api.check.Universe.BuiltinSpec;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Builtins checks calls of Go's predeclared functions that gosem supports: len, cap, make, new,
 * append, copy, delete, panic, recover, print and println. Each call records the builtin's signature at
 * that call for its function identifier (see TypeInfo). Ported from go/types' builtins.go.
 */
abstract class Builtins extends Calls {
  Builtins(Program prog) {
    super(prog);
  }

  @Override
  ExprKind builtinCall(Operand x, Expr.Call call, String name) {
    BuiltinSpec bin = BuiltinSpec.of(name);
    ExprKind kind = bin.expression ? ExprKind.EXPRESSION : ExprKind.STATEMENT;
    x.expr = call;
    if (!builtin(x, call, bin)) x.invalidate();
    x.expr = call;
    if (!x.invalid() && x.mode != Mode.CONSTANT) realCalls.add(call);
    return kind;
  }

  private void recordBuiltinType(Expr fun, Signature sig) {
    Expr f = fun;
    while (true) {
      recordTypeAndValue(f, sig, null);
      if (f instanceof Expr.Paren p) f = p.x();
      else break;
    }
  }

  private static Signature makeSig(Type result, Type... params) {
    return new Signature(List.of(params), result == null ? List.of() : List.of(result));
  }

  private boolean builtin(Operand x, Expr.Call call, BuiltinSpec id) {
    if (call.ellipsis() && id != BuiltinSpec.APPEND) {
      error(call.pos(), "invalid operation: invalid use of ... with built-in " + id.goName);
      use(call.args());
      return false;
    }
    List<Operand> xlist = null;
    int nargs = call.args().size();
    if (id != BuiltinSpec.MAKE && id != BuiltinSpec.NEW) {
      xlist = exprList(call.args(), false, null);
      nargs = xlist.size();
      if (nargs > 0) {
        x.set(xlist.getFirst());
        if (x.invalid()) return false;
      }
    }
    String msg = null;
    if (nargs < id.nargs) msg = "not enough";
    else if (!id.variadic && nargs > id.nargs) msg = "too many";
    if (msg != null) {
      error(call.pos(), "invalid operation: " + msg + " arguments for " + ExprText.of(call) + " (expected " + id.nargs
          + ", found " + nargs + ")");
      return false;
    }
    switch (id) {
      case APPEND -> {
        return append(x, call, xlist);
      }
      case LEN, CAP -> {
        Mode mode = Mode.INVALID;
        Val val = null;
        Type u = Types.underlying(x.type);
        if (u instanceof Pointer p && Types.underlying(p.elem()) instanceof Array a) u = a;
        if (x.isNil()) u = null;
        switch (u) {
          case Basic b -> {
            if (Universe.isString(b) && id == BuiltinSpec.LEN) {
              if (x.mode == Mode.CONSTANT) {
                mode = Mode.CONSTANT;
                val = x.val instanceof Val.StrV sv ? Val.of(sv.v().length()) : Val.UNKNOWN;
              } else {
                mode = Mode.VALUE;
              }
            }
          }
          case Array a -> {
            mode = Mode.VALUE;
            if (!containsCallOrRecv(call.args().getFirst())) {
              mode = Mode.CONSTANT;
              val = Val.of(a.len());
            }
          }
          case Slice s -> mode = Mode.VALUE;
          case MapType m -> {
            if (id == BuiltinSpec.LEN) mode = Mode.VALUE;
          }
          case null, default -> {}
        }
        if (mode == Mode.INVALID) {
          if (!Universe.isInvalid(Types.underlying(x.type))) {
            errorAt(x, "invalid argument: " + describe(x) + " for " + id.goName);
          }
          return false;
        }
        if (mode != Mode.CONSTANT) recordBuiltinType(call.fun(), makeSig(Types.INT, x.type));
        x.mode = mode;
        x.type = Types.INT;
        x.val = val;
        return true;
      }
      case COPY -> {
        Slice dst = Types.underlying(x.type) instanceof Slice s && !x.isNil() ? s : null;
        Operand y = xlist.get(1);
        if (y.invalid()) return false;
        Type src0 = y.isNil() ? null : Types.underlying(y.type);
        if (src0 != null && Universe.isString(src0)) src0 = new Slice(Universe.BYTE);
        Slice src = src0 instanceof Slice s ? s : null;
        if (dst == null || src == null) {
          errorAt(x, "invalid argument: copy expects slice arguments; found " + describe(x) + " and " + describe(y));
          return false;
        }
        if (!Predicates.identical(dst.elem(), src.elem())) {
          errorAt(x, "invalid argument: arguments to copy " + describe(x) + " and " + describe(y)
              + " have different element types " + typeString(dst.elem()) + " and " + typeString(src.elem()));
          return false;
        }
        if (Universe.isUntyped(y.type)) convertUntyped(y, Types.STRING);
        recordBuiltinType(call.fun(), makeSig(Types.INT, x.type, y.type));
        x.mode = Mode.VALUE;
        x.type = Types.INT;
        x.val = null;
        return true;
      }
      case DELETE -> {
        Type map = x.type;
        if (x.isNil() || !(Types.underlying(map) instanceof MapType m)) {
          errorAt(x, "invalid argument: " + describe(x) + " is not a map");
          return false;
        }
        Operand k = xlist.get(1);
        if (k.invalid()) return false;
        assignment(k, m.key(), "argument to delete");
        if (k.invalid()) return false;
        recordBuiltinType(call.fun(), makeSig(null, map, m.key()));
        x.mode = Mode.NOVALUE;
        x.type = NO_VALUE;
        return true;
      }
      case MAKE -> {
        Expr arg0 = call.args().getFirst();
        Type t = varType(arg0);
        if (Universe.isInvalid(t)) {
          use(call.args().subList(1, call.args().size()));
          return false;
        }
        int min;
        switch (Types.underlying(t)) {
          case Slice s -> min = 2;
          case MapType m -> min = 1;
          default -> {
            errorAt(arg0, "invalid argument: cannot make " + ExprText.of(arg0) + "; type must be slice, map, or channel");
            use(call.args().subList(1, call.args().size()));
            return false;
          }
        }
        if (nargs < min || min + 1 < nargs) {
          error(call.pos(), "invalid operation: " + ExprText.of(call) + " expects " + min + " or " + (min + 1)
              + " arguments; found " + nargs);
          use(call.args().subList(1, call.args().size()));
          return false;
        }
        List<Type> ts = new ArrayList<>();
        ts.add(t);
        List<Long> sizes = new ArrayList<>();
        for (Expr a : call.args().subList(1, call.args().size())) {
          Operand s = new Operand();
          expr(s, a);
          Long size = null;
          if (isValidIndex(s, "index", false)) {
            ts.add(s.type);
            if (s.mode == Mode.CONSTANT && !Val.isUnknown(s.val)) size = Val.toInt(s.val).longValue();
          } else {
            ts.add(Types.INVALID);
          }
          if (size != null) sizes.add(size);
        }
        if (sizes.size() == 2 && sizes.get(0) > sizes.get(1)) {
          errorAt(call.args().get(1), "invalid argument: length and capacity swapped");
        }
        recordBuiltinType(call.fun(), new Signature(ts, List.of(t)));
        x.mode = Mode.VALUE;
        x.type = t;
        x.val = null;
        return true;
      }
      case NEW -> {
        Type t = varType(call.args().getFirst());
        if (Universe.isInvalid(t)) return false;
        x.mode = Mode.VALUE;
        x.type = new Pointer(t);
        x.val = null;
        recordBuiltinType(call.fun(), makeSig(x.type, t));
        return true;
      }
      case PANIC -> {
        if (fn != null && !fn.sig.results().isEmpty()) panics.add(call);
        assignment(x, Universe.ANY, "argument to panic");
        if (x.invalid()) return false;
        recordBuiltinType(call.fun(), makeSig(null, Types.ANY));
        x.mode = Mode.NOVALUE;
        x.type = NO_VALUE;
        return true;
      }
      case RECOVER -> {
        recordBuiltinType(call.fun(), makeSig(Types.ANY));
        x.mode = Mode.VALUE;
        // Go 1.19 spells recover's result type interface{}, not any.
        x.type = Types.ANY;
        x.val = null;
        return true;
      }
      case PRINT, PRINTLN -> {
        List<Type> params = new ArrayList<>();
        for (Operand a : xlist) {
          assignment(a, null, "argument to " + id.goName);
          if (a.invalid()) return false;
          params.add(a.type);
        }
        recordBuiltinType(call.fun(), new Signature(params, List.of()));
        x.mode = Mode.NOVALUE;
        x.type = NO_VALUE;
        return true;
      }
    }
    return false;
  }

  private boolean append(Operand x, Expr.Call call, List<Operand> xlist) {
    Type s = x.type;
    Type elem;
    if (!x.isNil() && Types.underlying(s) instanceof Slice sl) {
      elem = sl.elem();
    } else {
      String cause = x.isNil() ? "have untyped nil" : "have " + describe(x);
      errorAt(x, "first argument to append must be a slice; " + cause);
      return false;
    }
    int nargs = xlist.size();
    if (nargs == 2 && call.ellipsis()) {
      Operand first = x.copy();
      if (assignableTo(first, new Slice(Universe.BYTE), null)) {
        Operand y = xlist.get(1);
        if (y.invalid()) return false;
        if (Universe.isString(y.type) && !y.isNil()) {
          if (Universe.isUntyped(y.type)) convertUntyped(y, Types.STRING);
          recordBuiltinType(call.fun(), new Signature(List.of(s, y.type), List.of(s)));
          x.mode = Mode.VALUE;
          x.type = s;
          x.val = null;
          return true;
        }
      }
    }
    Signature sig = new Signature(List.of(s, new Slice(elem)), List.of(s), true);
    List<Operand> args = new ArrayList<>(xlist);
    args.set(0, x.copy());
    arguments(call, sig, args);
    x.mode = Mode.VALUE;
    x.type = s;
    x.val = null;
    recordBuiltinType(call.fun(), sig);
    return true;
  }

  /** Whether an expression contains a function call (then len/cap of an array is not constant). */
  private boolean containsCallOrRecv(Expr e) {
    boolean[] found = {false};
    dev.gosem.api.ast.Children.walk(e, n -> {
      if (n instanceof Expr.Call c && realCalls.contains(c)) found[0] = true;
    });
    return found[0];
  }
}
