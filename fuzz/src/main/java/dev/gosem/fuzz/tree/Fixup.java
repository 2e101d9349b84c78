package dev.gosem.fuzz.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixup keeps a tree legal Go after statements were added or removed: a local variable that
 * nothing reads gets a {@code _ = x} after its declaration (Go rejects unused variables). Unused
 * labels and imports need no fixing here; the renderer writes only those that are used.
 */
public final class Fixup {
  private Fixup() {}

  public static Prog program(Prog p) {
    return p.withFuncs(p.funcs().stream().map(f -> f.withBody(block(f.body()))).toList());
  }

  public static List<S> block(List<S> in) {
    List<S> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      S s = closures(nested(in.get(i)));
      out.add(s);
      List<S> rest = in.subList(i + 1, in.size());
      for (String name : declared(s)) {
        if (!Walk.uses(rest, name)) out.add(new S.Assign("_", new E.Ref(typeOf(s, name), name, null)));
      }
    }
    return out;
  }

  private static S nested(S s) {
    return switch (s) {
      case S.If i -> {
        List<S> then = block(i.then());
        if (i.init() != null && !Walk.usesIn(i.cond(), i.init().name()) && !Walk.uses(i.then(), i.init().name())
            && (i.els() == null || !Walk.uses(i.els(), i.init().name()))) {
          then = new ArrayList<>(then);
          then.addFirst(new S.Assign("_", new E.Ref(i.init().type(), i.init().name(), null)));
        }
        yield new S.If(i.init(), i.cond(), then, i.els() == null ? null : block(i.els()));
      }
      case S.For f -> new S.For(f.kind(), f.label(), f.counter(), f.counterType(), f.bound(), block(f.body()));
      case S.Block b -> new S.Block(block(b.body()));
      case S.Range r -> new S.Range(r.key(), r.value(), r.x(), block(r.body()));
      case S.Switch w -> new S.Switch(w.tag(),
          w.cases().stream().map(c -> new S.Case(c.values(), block(c.body()), c.fallthrough())).toList(),
          w.dflt() == null ? null : block(w.dflt()), w.defaultAt());
      case S.TypeSwitch w -> new S.TypeSwitch(w.bind(), w.x(),
          w.cases().stream().map(c -> new S.TypeCase(c.types(), block(c.body()))).toList(),
          w.dflt() == null ? null : block(w.dflt()));
      case S.Recover r -> new S.Recover(r.r(), block(r.then()));
      case S.Select sel -> new S.Select(
          sel.cases().stream().map(k -> new S.SelectCase(k.ch(), k.send(), k.recv(), block(k.body()))).toList(),
          sel.dflt() == null ? null : block(sel.dflt()));
      default -> s;
    };
  }

  /** s with the bodies of the function literals in its expressions fixed up too. */
  private static S closures(S s) {
    boolean[] any = {false};
    for (E e : Walk.exprsOf(s)) Walk.exprs(e, x -> any[0] |= x instanceof E.FuncLit);
    if (!any[0]) return s;
    Prog one = new Prog(0, List.of(), List.of(), List.of(new Fn("_", List.of(), List.of(), null, List.of(s), false)));
    return Rewrite.exprs(one, (k, e) -> e instanceof E.FuncLit f ? new E.FuncLit(f.type(), f.params(), block(f.body())) : e)
        .funcs().getFirst().body().getFirst();
  }

  /** The local variables s declares that must be used later in the same block. */
  private static List<String> declared(S s) {
    return switch (s) {
      case S.Decl d -> List.of(d.name());
      case S.MultiCall m when m.define() -> m.names().stream().filter(n -> !n.equals("_")).toList();
      case S.AssertOk a -> List.of(a.v(), a.ok());
      case S.RecvOk r -> r.v().equals("_") ? List.of(r.ok()) : List.of(r.v(), r.ok());
      default -> List.of();
    };
  }

  private static T typeOf(S s, String name) {
    return switch (s) {
      case S.Decl d -> d.type();
      case S.MultiCall m -> m.types().get(m.names().indexOf(name));
      case S.AssertOk a -> name.equals(a.ok()) ? Ty.BOOL : a.type();
      case S.RecvOk r -> name.equals(r.ok()) ? Ty.BOOL : r.elem();
      default -> throw new IllegalArgumentException(name);
    };
  }
}
