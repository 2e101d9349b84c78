package dev.gosem.api.ast;

import dev.gosem.api.Pos;
import java.util.List;

/** Spec is one line of a declaration group or an import. */
public sealed interface Spec extends Node {

  /**
   * ValueSpec is {@code names type = values}; type may be null and values empty. In a const
   * group a spec with neither repeats the previous spec's expressions (implicit repetition).
   */
  record ValueSpec(List<Expr.Ident> names, Expr type, List<Expr> values, Pos pos) implements Spec {
    public ValueSpec {
      names = List.copyOf(names);
      values = List.copyOf(values);
    }
  }

  /** TypeSpec is {@code name type} in a type declaration, or {@code name = type} when alias. */
  record TypeSpec(Expr.Ident name, boolean alias, Expr type, Pos pos) implements Spec {}

  /**
   * ImportSpec is {@code import "path"}, or {@code import alias "path"} when alias is not null
   * (a name, or {@code _} or {@code .}).
   */
  record ImportSpec(String alias, String path, Pos pos) implements Spec {
    public ImportSpec(String path, Pos pos) {
      this(null, path, pos);
    }

    /**
     * The package name an import binds when the imported package's clause agrees with its path:
     * the alias, else the last element of the path (the checker uses the package's real name).
     */
    public String name() {
      if (alias != null) return alias;
      int slash = path.lastIndexOf('/');
      return slash < 0 ? path : path.substring(slash + 1);
    }
  }
}
