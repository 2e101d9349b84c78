package dev.gosem.api.ast;

import dev.gosem.api.Pos;
import java.util.List;

/** Decl is a top-level declaration: a function or a var/const group. */
public sealed interface Decl extends Node {

  /**
   * FuncDecl is {@code func name(params) (results) { body }}. Results with names are named
   * results; a result Field without a name is an unnamed result.
   */
  record FuncDecl(String name, List<Field> params, List<Field> results, Stmt.Block body, Pos pos)
      implements Decl {
    public FuncDecl {
      params = List.copyOf(params);
      results = List.copyOf(results);
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
