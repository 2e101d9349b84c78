package dev.gosem.fuzz.tree;

import java.util.List;

/**
 * Size measures a program for the shrinker, which accepts only strictly smaller candidates: every
 * node counts, a reference more than a literal, a call more than both.
 */
public final class Size {
  private Size() {}

  public static int of(Prog p) {
    int n = 0;
    for (S.Const c : p.consts()) n += 3 + of(c.value());
    for (Prog.Global g : p.globals()) n += 3 + (g.init() == null ? 0 : of(g.init()));
    for (Fn f : p.funcs()) n += 5 + f.params().size() + f.results().size() + of(f.body());
    return n;
  }

  public static int of(List<S> list) {
    int n = 0;
    for (S s : list) {
      n += 3;
      for (E e : Walk.exprsOf(s)) n += of(e);
      for (List<S> b : Walk.bodies(s)) n += of(b);
      if (s instanceof S.If i && i.init() != null) n += 3;
    }
    return n;
  }

  public static int of(E e) {
    int n = switch (e) {
      case E.Lit l -> 1;
      case E.Ref r -> 2;
      case E.Call c -> 4;
      case E.CallValue c -> 4;
      case E.MethodCall c -> 4;
      case E.FuncLit f -> 4 + of(f.body());
      default -> 1;
    };
    for (E c : Walk.children(e)) n += of(c);
    return n;
  }
}
