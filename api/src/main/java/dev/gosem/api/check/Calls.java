package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.check.Operand.Mode;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls checks calls of functions, methods and func values (arguments against parameters,
 * variadic calls and {@code f(s...)}) and conversions {@code T(x)}. Ported from go/types' call.go.
 */
abstract class Calls extends Literals {
  Calls(Program prog) {
    super(prog);
  }

  /** Checks a call of the builtin named name; returns the kind of expression it is. */
  abstract ExprKind builtinCall(Operand x, Expr.Call call, String name);

  @Override
  ExprKind callExpr(Operand x, Expr.Call call) {
    Operand f = new Operand();
    exprOrType(f, call.fun());
    switch (f.mode) {
      case INVALID -> {
        use(call.args());
        x.invalidate();
        x.expr = call;
        return ExprKind.STATEMENT;
      }
      case TYPEXPR -> {
        conversionCall(x, call, f.type);
        return ExprKind.CONVERSION;
      }
      case BUILTIN -> {
        return builtinCall(x, call, f.builtin);
      }
      default -> {}
    }
    if (!(Types.underlying(f.type) instanceof Signature sig) || f.isNil()) {
      // As Go does, the arguments are not checked then.
      errorAt(f, "invalid operation: cannot call non-function " + describe(f));
      x.invalidate();
      x.expr = call;
      return ExprKind.STATEMENT;
    }
    Tuple resultDisplay = null;
    if (unparen(call.fun()) instanceof Expr.Ident id && info.uses.get(id) instanceof Obj.Func fo) {
      resultDisplay = funcResults.get(fo);
    } else if (f.std != null) {
      StdLib.Fn fn = StdLib.fn(f.std);
      if (fn != null && fn.sig().results().size() > 1) resultDisplay = stdResults(fn);
    } else if (unparen(call.fun()) instanceof Expr.Selector s && info.selections.get(s) instanceof Obj.Func fo) {
      resultDisplay = funcResults.get(fo);
    }
    List<Operand> args = exprList(call.args(), false, null);
    arguments(call, sig, args);
    realCalls.add(call);
    List<Type> results = sig.results();
    if (results.isEmpty()) {
      x.mode = Mode.NOVALUE;
      x.type = NO_VALUE;
    } else if (results.size() == 1) {
      x.mode = Mode.VALUE;
      x.type = results.getFirst();
    } else {
      x.mode = Mode.VALUE;
      x.type = resultDisplay != null ? resultDisplay : new Tuple(results);
    }
    x.val = null;
    x.expr = call;
    return ExprKind.STATEMENT;
  }

  private Tuple stdResults(StdLib.Fn fn) {
    Tuple t = new Tuple(fn.sig().results());
    typeDisplay.put(t, fn.resultsDisplay());
    return t;
  }

  /** Checks the arguments of a call against a signature (variadic and {@code ...} included). */
  void arguments(Expr.Call call, Signature sig, List<Operand> args) {
    for (Operand a : args) {
      if (a.mode == Mode.TYPEXPR) {
        errorAt(a, describe(a) + " used as value");
        return;
      }
      if (a.invalid()) return;
    }
    int nargs = args.size();
    int npars = sig.params().size();
    boolean ddd = call.ellipsis();
    List<Type> params = sig.params();
    if (sig.variadic()) {
      if (ddd) {
        if (call.args().size() == 1 && nargs > 1) {
          error(call.pos(), "cannot use ... with " + nargs + "-valued " + ExprText.of(call.args().getFirst()));
          return;
        }
      } else {
        if (nargs >= npars - 1) {
          List<Type> adjusted = new ArrayList<>(params.subList(0, npars - 1));
          Type elem = ((Slice) params.get(npars - 1)).elem();
          while (adjusted.size() < nargs) adjusted.add(elem);
          params = adjusted;
          npars = nargs;
        } else {
          npars--;
        }
      }
    } else if (ddd) {
      error(call.pos(), "cannot use ... in call to non-variadic " + ExprText.of(call.fun()));
      return;
    }
    if (nargs != npars) {
      Pos at = call.pos();
      String qualifier = "not enough";
      if (nargs > npars) {
        at = startPos(args.get(npars).expr);
        qualifier = "too many";
      } else if (nargs > 0) {
        at = startPos(args.get(nargs - 1).expr);
      }
      error(at, qualifier + " arguments in call to " + ExprText.of(call.fun()) + "\n\thave "
          + typesSummary(operandTypes(args), false) + "\n\twant " + typesSummary(sig.params(), sig.variadic()));
      return;
    }
    String context = "argument to " + ExprText.of(call.fun());
    for (int i = 0; i < nargs; i++) assignment(args.get(i), params.get(i), context);
  }

  private void conversionCall(Operand x, Expr.Call call, Type t) {
    int n = call.args().size();
    x.invalidate();
    switch (n) {
      case 0 -> error(call.pos(), "missing argument in conversion to " + typeString(t));
      case 1 -> {
        expr(x, call.args().getFirst());
        if (!x.invalid()) {
          if (call.ellipsis()) {
            errorAt(call.args().getFirst(), "invalid use of ... in type conversion to " + typeString(t));
            x.invalidate();
            break;
          }
          conversion(x, t);
        }
      }
      default -> {
        use(call.args());
        errorAt(call.args().get(n - 1), "too many arguments in conversion to " + typeString(t));
      }
    }
    x.expr = call;
  }

  static boolean isEmptyInterface(Type t) {
    return Types.underlying(t) instanceof Interface i && i.isEmpty();
  }
}
