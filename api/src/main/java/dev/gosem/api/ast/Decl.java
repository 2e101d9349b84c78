package dev.gosem.api.ast;

import dev.gosem.api.Pos;
import java.util.List;

/** Decl is a top-level declaration: a function or method, a var/const group, or a type declaration. */
public sealed interface Decl extends Node {

  /**
   * FuncDecl is {@code func (recv) name(params) (results) { body }}; recv is null for a plain
   * function. Results with names are named results; a result Field without a name is an unnamed
   * result. A final parameter of type {@link Expr.Ellipsis} is variadic.
   */
  record FuncDecl(Field recv, String name, List<Field> params, List<Field> results, Stmt.Block body, Pos pos)
      implements Decl {
    public FuncDecl {
      params = List.copyOf(params);
      results = List.copyOf(results);
    }

    public FuncDecl(String name, List<Field> params, List<Field> results, Stmt.Block body, Pos pos) {
      this(null, name, params, results, body, pos);
    }

    public boolean isMethod() {
      return recv != null;
    }

    public boolean namedResults() {
      return !results.isEmpty() && results.getFirst().name() != null;
    }
  }

  /** GenDecl is a {@code var} or {@code const} declaration, possibly a parenthesised group. */
  record GenDecl(Kind kind, List<Spec.ValueSpec> specs, boolean grouped, Pos pos) implements Decl {
    public GenDecl {
      specs = List.copyOf(specs);
    }
  }

  /** TypeDecl is {@code type T underlying} (or an alias {@code type A = T}), possibly grouped. */
  record TypeDecl(List<Spec.TypeSpec> specs, boolean grouped, Pos pos) implements Decl {
    public TypeDecl {
      specs = List.copyOf(specs);
    }
  }

  /** Kind says whether a GenDecl declares variables or constants. */
  enum Kind {
    VAR("var"),
    CONST("const");

    private final String token;

    Kind(String token) {
      this.token = token;
    }

    public String token() {
      return token;
    }
  }
}
