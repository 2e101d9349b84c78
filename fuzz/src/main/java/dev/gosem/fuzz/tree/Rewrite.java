package dev.gosem.fuzz.tree;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrite rebuilds a program with one place changed: the k-th statement list or the k-th
 * expression, counted in a fixed pre-order. Two things that keep programs terminating are never
 * offered for change: a recursive function's base case (its first statement) and the depth
 * argument of a call of a recursive function.
 */
public final class Rewrite {
  public interface ListEdit {
    /** The new list for list number k, or the same list. */
    List<S> apply(int k, List<S> list);
  }

  public interface ExprEdit {
    /** The new expression for expression number k, or the same one. */
    E apply(int k, E e);
  }

  private Rewrite() {}

  private static final class Counter {
    int n;
  }

  public static int countLists(Prog p) {
    Counter c = new Counter();
    lists(p, (k, l) -> l, c);
    return c.n;
  }

  public static int countExprs(Prog p) {
    Counter c = new Counter();
    exprs(p, (k, e) -> e, c);
    return c.n;
  }

  /** The program with list edits applied (each list is offered once, before its nested ones). */
  public static Prog lists(Prog p, ListEdit f) {
    return lists(p, f, new Counter());
  }

  private static Prog lists(Prog p, ListEdit f, Counter c) {
    List<Fn> fns = new ArrayList<>();
    for (Fn fn : p.funcs()) {
      List<S> body = fn.body();
      if (fn.recursive() && !body.isEmpty()) {
        List<S> rest = list(body.subList(1, body.size()), f, c);
        List<S> all = new ArrayList<>();
        all.add(body.getFirst());
        all.addAll(rest);
        fns.add(fn.withBody(all));
      } else {
        fns.add(fn.withBody(list(body, f, c)));
      }
    }
    return p.withFuncs(fns);
  }

  private static List<S> list(List<S> in, ListEdit f, Counter c) {
    List<S> l = f.apply(c.n++, in);
    List<S> out = new ArrayList<>(l.size());
    for (S s : l) out.add(nestedLists(s, f, c));
    return out;
  }

  private static S nestedLists(S s, ListEdit f, Counter c) {
    return switch (s) {
      case S.If i -> new S.If(i.init(), i.cond(), list(i.then(), f, c), i.els() == null ? null : list(i.els(), f, c));
      case S.For x -> new S.For(x.kind(), x.label(), x.counter(), x.counterType(), x.bound(), list(x.body(), f, c));
      case S.Block b -> new S.Block(list(b.body(), f, c));
      case S.Range r -> new S.Range(r.key(), r.value(), r.x(), list(r.body(), f, c));
      case S.Switch w -> {
        List<S.Case> cases = new ArrayList<>();
        for (S.Case k : w.cases()) cases.add(new S.Case(k.values(), list(k.body(), f, c), k.fallthrough()));
        yield new S.Switch(w.tag(), cases, w.dflt() == null ? null : list(w.dflt(), f, c), w.defaultAt());
      }
      case S.TypeSwitch w -> {
        List<S.TypeCase> cases = new ArrayList<>();
        for (S.TypeCase k : w.cases()) cases.add(new S.TypeCase(k.types(), list(k.body(), f, c)));
        yield new S.TypeSwitch(w.bind(), w.x(), cases, w.dflt() == null ? null : list(w.dflt(), f, c));
      }
      case S.Recover r -> new S.Recover(r.r(), list(r.then(), f, c));
      case S.Select sel -> {
        List<S.SelectCase> cases = new ArrayList<>();
        for (S.SelectCase k : sel.cases()) cases.add(new S.SelectCase(k.ch(), k.send(), k.recv(), list(k.body(), f, c)));
        yield new S.Select(cases, sel.dflt() == null ? null : list(sel.dflt(), f, c));
      }
      default -> s;
    };
  }

  /** The program with expression edits applied; an expression that was replaced is not entered. */
  public static Prog exprs(Prog p, ExprEdit f) {
    return exprs(p, f, new Counter());
  }

  private static Prog exprs(Prog p, ExprEdit f, Counter c) {
    Set<String> recursive = new HashSet<>();
    for (Fn fn : p.funcs()) {
      if (fn.recursive()) recursive.add(fn.name());
    }
    Ctx x = new Ctx(f, c, recursive);
    List<S.Const> consts = new ArrayList<>();
    for (S.Const k : p.consts()) consts.add(new S.Const(k.name(), k.type(), x.expr(k.value()), k.typed()));
    List<Prog.Global> globals = new ArrayList<>();
    for (Prog.Global g : p.globals()) globals.add(new Prog.Global(g.name(), g.type(), g.init() == null ? null : x.expr(g.init()), g.typed()));
    List<Fn> fns = new ArrayList<>();
    for (Fn fn : p.funcs()) {
      List<S> body = fn.body();
      if (fn.recursive() && !body.isEmpty()) {
        List<S> all = new ArrayList<>();
        all.add(body.getFirst());
        all.addAll(x.stmts(body.subList(1, body.size())));
        fns.add(fn.withBody(all));
      } else {
        fns.add(fn.withBody(x.stmts(body)));
      }
    }
    return new Prog(p.seed(), p.types(), consts, globals, fns);
  }

  private record Ctx(ExprEdit f, Counter c, Set<String> recursive) {
    E expr(E e) {
      E r = f.apply(c.n++, e);
      if (r != e) return r;
      return switch (e) {
        case E.Lit l -> l;
        case E.Ref r2 -> r2;
        case E.Unary u -> new E.Unary(u.type(), u.op(), expr(u.x()));
        case E.Binary b -> new E.Binary(b.type(), b.op(), expr(b.x()), expr(b.y()));
        case E.Conv v -> new E.Conv(v.type(), expr(v.x()));
        case E.Call call -> new E.Call(call.type(), call.fn(), args(call.fn(), call.args(), call.recursive()), call.recursive());
        case E.Len l -> new E.Len(expr(l.x()));
        case E.Cap l -> new E.Cap(expr(l.x()));
        case E.Index i -> new E.Index(expr(i.s()), expr(i.i()));
        case E.Elem x -> new E.Elem(x.type(), expr(x.x()), expr(x.i()));
        case E.Field fl -> new E.Field(fl.type(), expr(fl.x()), fl.name());
        case E.Addr a -> new E.Addr(a.type(), expr(a.x()));
        case E.Deref d -> new E.Deref(d.type(), expr(d.x()));
        case E.CompositeLit cl -> new E.CompositeLit(cl.type(), cl.keys() == null ? null : exprList(cl.keys()), exprList(cl.values()));
        case E.Make m -> new E.Make(m.type(), m.len() == null ? null : expr(m.len()));
        case E.New n -> n;
        case E.Append a -> new E.Append(a.type(), expr(a.s()), exprList(a.xs()));
        case E.SliceOf sl -> new E.SliceOf(sl.type(), expr(sl.x()), sl.lo() == null ? null : expr(sl.lo()), sl.hi() == null ? null : expr(sl.hi()));
        case E.FuncLit fl -> new E.FuncLit(fl.type(), fl.params(), stmts(fl.body()));
        case E.CallValue cv -> new E.CallValue(cv.type(), expr(cv.fn()), exprList(cv.args()));
        case E.MethodCall mc -> new E.MethodCall(mc.type(), expr(mc.x()), mc.name(), exprList(mc.args()));
        case E.ToIface t -> new E.ToIface(t.type(), expr(t.x()));
        case E.Assert a -> new E.Assert(a.type(), expr(a.x()));
        case E.ErrorsNew n -> n;
      };
    }

    static boolean isReceive(E e) {
      return e instanceof E.Unary u && u.op() == dev.gosem.api.ast.UnaryOp.RECV;
    }

    List<E> args(String fn, List<E> args, boolean self) {
      List<E> out = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        boolean depth = i == 0 && (self || recursive.contains(fn));
        out.add(depth ? args.get(i) : expr(args.get(i)));
      }
      return out;
    }

    List<E> exprList(List<E> es) {
      List<E> out = new ArrayList<>();
      for (E e : es) out.add(expr(e));
      return out;
    }

    List<S> stmts(List<S> list) {
      List<S> out = new ArrayList<>();
      for (S s : list) out.add(stmt(s));
      return out;
    }

    S stmt(S s) {
      return switch (s) {
        case S.Decl d -> new S.Decl(d.name(), d.type(), d.init() == null ? null : expr(d.init()), d.form());
        case S.Const k -> new S.Const(k.name(), k.type(), expr(k.value()), k.typed());
        case S.Assign a -> new S.Assign(a.name(), expr(a.value()));
        case S.Store st -> {
          E target = expr(st.target());
          yield new S.Store(target, expr(st.value()));
        }
        case S.Delete d -> {
          E m = expr(d.map());
          yield new S.Delete(m, expr(d.key()));
        }
        case S.Range r -> {
          E x = expr(r.x());
          yield new S.Range(r.key(), r.value(), x, stmts(r.body()));
        }
        case S.OpAssign o -> new S.OpAssign(o.name(), o.op(), expr(o.value()));
        case S.IncDec i -> i;
        case S.Parallel p -> new S.Parallel(p.names(), exprList(p.values()));
        case S.MultiCall m -> new S.MultiCall(m.names(), m.types(), m.define(), m.fn(), args(m.fn(), m.args(), false), m.recursive());
        case S.Print p -> new S.Print(p.kind(), exprList(p.args()));
        case S.If i -> {
          S.Decl init = i.init() == null ? null : (S.Decl) stmt(i.init());
          E cond = expr(i.cond());
          yield new S.If(init, cond, stmts(i.then()), i.els() == null ? null : stmts(i.els()));
        }
        case S.For x -> new S.For(x.kind(), x.label(), x.counter(), x.counterType(), expr(x.bound()), stmts(x.body()));
        case S.Branch b -> b;
        case S.Return r -> new S.Return(exprList(r.values()));
        case S.ExprStmt x -> {
          E call = expr(x.call());
          yield call instanceof E.Call || call instanceof E.CallValue || call instanceof E.MethodCall || isReceive(call) ? new S.ExprStmt(call) : x;
        }
        case S.Block b -> new S.Block(stmts(b.body()));
        case S.Switch w -> {
          E tag = w.tag() == null ? null : expr(w.tag());
          List<S.Case> cases = new ArrayList<>();
          for (S.Case k : w.cases()) cases.add(new S.Case(exprList(k.values()), stmts(k.body()), k.fallthrough()));
          yield new S.Switch(tag, cases, w.dflt() == null ? null : stmts(w.dflt()), w.defaultAt());
        }
        case S.Exit e -> e;
        case S.AssertOk a -> new S.AssertOk(a.v(), a.ok(), a.type(), expr(a.x()));
        case S.TypeSwitch w -> {
          E x = expr(w.x());
          List<S.TypeCase> cases = new ArrayList<>();
          for (S.TypeCase k : w.cases()) cases.add(new S.TypeCase(k.types(), stmts(k.body())));
          yield new S.TypeSwitch(w.bind(), x, cases, w.dflt() == null ? null : stmts(w.dflt()));
        }
        case S.Defer d -> {
          // A deferred call stays a call: one the shrinker replaced is kept as it was.
          S call = stmt(d.call());
          yield call instanceof S.ExprStmt || call instanceof S.Print ? new S.Defer(call) : d;
        }
        case S.Panic p -> new S.Panic(expr(p.value()));
        case S.Recover r -> new S.Recover(r.r(), stmts(r.then()));
        case S.Go g -> {
          // As a deferred call, a go statement's call stays a call.
          S call = stmt(g.call());
          yield call instanceof S.ExprStmt ? new S.Go(call) : g;
        }
        case S.Send sd -> {
          E ch = expr(sd.ch());
          yield new S.Send(ch, expr(sd.value()));
        }
        case S.RecvOk r -> new S.RecvOk(r.v(), r.ok(), r.elem(), expr(r.ch()));
        case S.Select sel -> {
          List<S.SelectCase> cases = new ArrayList<>();
          for (S.SelectCase k : sel.cases()) {
            E ch = expr(k.ch());
            E send = k.send() == null ? null : expr(k.send());
            cases.add(new S.SelectCase(ch, send, k.recv(), stmts(k.body())));
          }
          yield new S.Select(cases, sel.dflt() == null ? null : stmts(sel.dflt()));
        }
      };
    }
  }
}
