package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * DeclGroup builds a parenthesised {@code const ( ... )} or {@code var ( ... )} group, one spec
 * per call, in order. In a const group {@link #next} repeats the previous expressions, which is
 * how enumerations with {@code iota} are written:
 *
 * <pre>{@code
 * Var[] colors = f.constGroup(c -> c.constant("Red", color, iota()).next("Green").next("Blue"));
 * }</pre>
 */
public final class DeclGroup {
  private final Decl.Kind kind;
  private final List<Spec.ValueSpec> specs = new ArrayList<>();
  private final List<Var> vars = new ArrayList<>();
  private boolean built;

  DeclGroup(Decl.Kind kind) {
    this.kind = kind;
  }

  /** {@code name = value} in a const group. */
  public DeclGroup constant(String name, Object value) {
    return spec(Decl.Kind.CONST, name, null, value, Where.here());
  }

  /** {@code name type = value} in a const group. */
  public DeclGroup constant(String name, Type type, Object value) {
    return spec(Decl.Kind.CONST, name, type, value, Where.here());
  }

  /** {@code name} alone in a const group: the previous spec's type and expressions, repeated (with the next iota). */
  public DeclGroup next(String name) {
    Pos p = Where.here();
    requireKind(Decl.Kind.CONST, "next");
    if (specs.isEmpty()) {
      throw new IllegalStateException("const " + name + " is the first of its group, so it needs a value; use constant(...)");
    }
    return add(new Spec.ValueSpec(List.of(new Expr.Ident(name, p)), null, List.of(), p), name, p);
  }

  /** {@code name type} in a var group. */
  public DeclGroup var(String name, Type type) {
    return spec(Decl.Kind.VAR, name, type, null, Where.here());
  }

  /** {@code name type = value} in a var group. */
  public DeclGroup var(String name, Type type, Object value) {
    return spec(Decl.Kind.VAR, name, type, value, Where.here());
  }

  /** {@code name = value} in a var group. */
  public DeclGroup var(String name, Object value) {
    return spec(Decl.Kind.VAR, name, null, value, Where.here());
  }

  private DeclGroup spec(Decl.Kind k, String name, Type type, Object value, Pos p) {
    requireKind(k, k.token());
    if (type == null && value == null) throw new IllegalArgumentException(k.token() + " " + name + " needs a type or a value");
    Spec.ValueSpec spec = new Spec.ValueSpec(List.of(new Expr.Ident(name, p)),
        type == null ? null : TypeExprs.of(type, p),
        value == null ? List.of() : List.of(Go.ex(value, p).expr), p);
    return add(spec, name, p);
  }

  private DeclGroup add(Spec.ValueSpec spec, String name, Pos p) {
    specs.add(spec);
    vars.add(new Var(name, p));
    return this;
  }

  private void requireKind(Decl.Kind k, String what) {
    if (built) throw new IllegalStateException("this " + kind.token() + " group is already built; add specs inside its lambda");
    if (k != kind) throw new IllegalStateException("cannot add a " + what + " spec to a " + kind.token() + " group");
  }

  Decl.GenDecl build(Pos p) {
    built = true;
    return new Decl.GenDecl(kind, specs, true, p);
  }

  Var[] vars() {
    return vars.toArray(Var[]::new);
  }
}
