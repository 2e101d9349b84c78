package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.List;
import java.util.function.Function;

/**
 * TypeDecls makes type declarations and their handles. A handle is a {@link Named} of package
 * main whose underlying type is the declared type's (for {@code type T2 T1}, T1's underlying
 * type); the declaration keeps the type as written, so {@code type T2 T1} prints as such.
 */
final class TypeDecls {
  private TypeDecls() {}

  static Spec.TypeSpec spec(Named n, Type declared, boolean alias, Pos p) {
    if (declared == null) throw new IllegalArgumentException("type " + n.name() + " needs a type, not null");
    if (!alias) n.setUnderlying(declared == n ? null : Types.underlying(declared));
    return new Spec.TypeSpec(new Expr.Ident(n.name(), p), alias, TypeExprs.of(declared, p), p);
  }

  /** A single {@code type name ...} declaration; returns the handle through {@code out}. */
  static Decl.TypeDecl single(String name, Function<Named, Type> underlying, Named[] out, Pos p) {
    Named n = FileBuilder.newNamed(name);
    Spec.TypeSpec spec = spec(n, underlying.apply(n), false, p);
    out[0] = n;
    return new Decl.TypeDecl(List.of(spec), false, p);
  }
}
