package dev.gosem.fuzz.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Walk visits the expressions and statements of a tree. */
public final class Walk {
  private Walk() {}

  /** Calls f on e and every subexpression, parents first. */
  public static void exprs(E e, Consumer<E> f) {
    f.accept(e);
    for (E c : children(e)) exprs(c, f);
  }

  public static List<E> children(E e) {
    return switch (e) {
      case E.Lit l -> List.of();
      case E.Ref r -> List.of();
      case E.Unary u -> List.of(u.x());
      case E.Binary b -> List.of(b.x(), b.y());
      case E.Conv c -> List.of(c.x());
      case E.Call c -> c.args();
      case E.Len l -> List.of(l.x());
      case E.Cap c -> List.of(c.x());
      case E.Index i -> List.of(i.s(), i.i());
      case E.Elem x -> List.of(x.x(), x.i());
      case E.Field f -> List.of(f.x());
      case E.Addr a -> List.of(a.x());
      case E.Deref d -> List.of(d.x());
      case E.CompositeLit c -> {
        List<E> out = new ArrayList<>();
        if (c.keys() != null) out.addAll(c.keys());
        out.addAll(c.values());
        yield out;
      }
      case E.Make m -> m.len() == null ? List.of() : List.of(m.len());
      case E.New n -> List.of();
      case E.Append a -> {
        List<E> out = new ArrayList<>();
        out.add(a.s());
        out.addAll(a.xs());
        yield out;
      }
      case E.SliceOf s -> {
        List<E> out = new ArrayList<>();
        out.add(s.x());
        if (s.lo() != null) out.add(s.lo());
        if (s.hi() != null) out.add(s.hi());
        yield out;
      }
      case E.FuncLit f -> List.of();
      case E.CallValue c -> {
        List<E> out = new ArrayList<>();
        out.add(c.fn());
        out.addAll(c.args());
        yield out;
      }
      case E.MethodCall m -> {
        List<E> out = new ArrayList<>();
        out.add(m.x());
        out.addAll(m.args());
        yield out;
      }
      case E.ToIface t -> List.of(t.x());
      case E.Assert a -> List.of(a.x());
      case E.ErrorsNew n -> List.of();
    };
  }

  /** The expressions a statement holds directly (not those of nested statements). */
  public static List<E> exprsOf(S s) {
    List<E> out = new ArrayList<>();
    switch (s) {
      case S.Decl d -> {
        if (d.init() != null) out.add(d.init());
      }
      case S.Const c -> out.add(c.value());
      case S.Assign a -> out.add(a.value());
      case S.Store st -> {
        out.add(st.target());
        out.add(st.value());
      }
      case S.Delete d -> {
        out.add(d.map());
        out.add(d.key());
      }
      case S.Range r -> out.add(r.x());
      case S.OpAssign o -> out.add(o.value());
      case S.IncDec i -> {}
      case S.Parallel p -> out.addAll(p.values());
      case S.MultiCall m -> out.addAll(m.args());
      case S.Print p -> out.addAll(p.args());
      case S.If i -> {
        if (i.init() != null && i.init().init() != null) out.add(i.init().init());
        out.add(i.cond());
      }
      case S.For f -> out.add(f.bound());
      case S.Branch b -> {}
      case S.Return r -> out.addAll(r.values());
      case S.ExprStmt x -> out.add(x.call());
      case S.Block b -> {}
      case S.Switch w -> {
        if (w.tag() != null) out.add(w.tag());
        for (S.Case c : w.cases()) out.addAll(c.values());
      }
      case S.Exit x -> {}
      case S.AssertOk a -> out.add(a.x());
      case S.TypeSwitch w -> out.add(w.x());
      case S.Defer d -> out.addAll(exprsOf(d.call()));
      case S.Panic p -> out.add(p.value());
      case S.Recover r -> {}
      case S.Go g -> out.addAll(exprsOf(g.call()));
      case S.Send sd -> {
        out.add(sd.ch());
        out.add(sd.value());
      }
      case S.RecvOk r -> out.add(r.ch());
      case S.Select sel -> {
        for (S.SelectCase k : sel.cases()) {
          out.add(k.ch());
          if (k.send() != null) out.add(k.send());
        }
      }
    }
    return out;
  }

  /** The statement lists nested directly in s. */
  public static List<List<S>> bodies(S s) {
    return switch (s) {
      case S.If i -> i.els() == null ? List.of(i.then()) : List.of(i.then(), i.els());
      case S.For f -> List.of(f.body());
      case S.Block b -> List.of(b.body());
      case S.Range r -> List.of(r.body());
      case S.Switch w -> {
        List<List<S>> out = new ArrayList<>();
        for (S.Case c : w.cases()) out.add(c.body());
        if (w.dflt() != null) out.add(w.dflt());
        yield out;
      }
      case S.TypeSwitch w -> {
        List<List<S>> out = new ArrayList<>();
        for (S.TypeCase c : w.cases()) out.add(c.body());
        if (w.dflt() != null) out.add(w.dflt());
        yield out;
      }
      case S.Recover r -> List.of(r.then());
      case S.Select sel -> {
        List<List<S>> out = new ArrayList<>();
        for (S.SelectCase k : sel.cases()) out.add(k.body());
        if (sel.dflt() != null) out.add(sel.dflt());
        yield out;
      }
      default -> List.of();
    };
  }

  /** Calls f on every statement in the list, nested ones included, parents first. */
  public static void stmts(List<S> list, Consumer<S> f) {
    for (S s : list) {
      f.accept(s);
      for (List<S> b : bodies(s)) stmts(b, f);
    }
  }

  /** As {@link #stmts}, also entering the bodies of function literals and the calls of defer and go statements. */
  public static void allStmts(List<S> list, Consumer<S> f) {
    stmts(list, s -> {
      f.accept(s);
      if (s instanceof S.Defer d) f.accept(d.call());
      if (s instanceof S.Go g) f.accept(g.call());
      for (E e : exprsOf(s)) {
        exprs(e, x -> {
          if (x instanceof E.FuncLit fl) allStmts(fl.body(), f);
        });
      }
    });
  }

  /** Whether the name is used (read, or updated with op= or ++) anywhere in the statements. */
  public static boolean uses(List<S> list, String name) {
    boolean[] found = {false};
    stmts(list, s -> {
      if (found[0]) return;
      if (s instanceof S.OpAssign o && o.name().equals(name)) found[0] = true;
      if (s instanceof S.IncDec i && i.name().equals(name)) found[0] = true;
      for (E e : exprsOf(s)) {
        if (usesIn(e, name)) found[0] = true;
      }
    });
    return found[0];
  }

  public static boolean usesIn(E e, String name) {
    boolean[] found = {false};
    exprs(e, x -> {
      if (x instanceof E.Ref r && r.name().equals(name)) found[0] = true;
      // A closure that reads the variable uses it (one that only assigns it does not, as in Go).
      if (x instanceof E.FuncLit f && uses(f.body(), name)) found[0] = true;
    });
    return found[0];
  }


  /** Whether a break or continue in the statements names the label. */
  public static boolean branchesTo(List<S> list, String label) {
    boolean[] found = {false};
    stmts(list, s -> {
      if (s instanceof S.Branch b && label.equals(b.label())) found[0] = true;
    });
    return found[0];
  }
}
