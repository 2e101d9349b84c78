package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** FileBuilder collects the imports and top-level declarations of one file. */
public final class FileBuilder {
  private final String name;
  private final String packageName;
  private final Pos pos;
  private final List<Spec.ImportSpec> imports = new ArrayList<>();
  private final List<Decl> decls = new ArrayList<>();

  FileBuilder(String name, String packageName, Pos pos) {
    if (!name.endsWith(".go")) throw new IllegalArgumentException("file name must end in .go: " + name);
    this.name = name;
    this.packageName = packageName;
    this.pos = pos;
  }

  /** Imports packages by path, e.g. {@code imports("fmt", "os")}. */
  public FileBuilder imports(String... paths) {
    Pos p = Where.here();
    for (String path : paths) imports.add(new Spec.ImportSpec(path, p));
    return this;
  }

  /** Declares a function; the lambda adds its parameters, results and statements. */
  public FileBuilder func(String name, Consumer<FuncBuilder> body) {
    FuncBuilder f = new FuncBuilder(name, Where.here());
    body.accept(f);
    decls.add(f.build());
    return this;
  }

  /** {@code var name type = value}; type or value may be null. */
  public Var var(String name, Type type, Object value) {
    Pos p = Where.here();
    decls.add(Decls.value(Decl.Kind.VAR, name, type, value, p));
    return new Var(name, p);
  }

  public Var var(String name, Type type) {
    return var(name, type, null);
  }

  /** {@code const name = value}. */
  public Var constant(String name, Object value) {
    return constant(name, null, value);
  }

  /** {@code const name type = value}. */
  public Var constant(String name, Type type, Object value) {
    Pos p = Where.here();
    decls.add(Decls.value(Decl.Kind.CONST, name, type, value, p));
    return new Var(name, p);
  }

  /** Adds a declaration made directly from the model. */
  public FileBuilder decl(Decl d) {
    decls.add(d);
    return this;
  }

  File build() {
    return new File(name, packageName, imports, decls, pos);
  }

  /** Decls makes single-name var and const declarations. */
  static final class Decls {
    private Decls() {}

    static Decl.GenDecl value(Decl.Kind kind, String name, Type type, Object value, Pos p) {
      Expr t = type == null ? null : TypeExprs.of(type, p);
      List<Expr> values = value == null ? List.of() : List.of(Go.ex(value, p).expr);
      if (t == null && values.isEmpty()) {
        throw new IllegalArgumentException(kind.token() + " " + name + " needs a type or a value");
      }
      Spec.ValueSpec spec = new Spec.ValueSpec(List.of(new Expr.Ident(name, p)), t, values, p);
      return new Decl.GenDecl(kind, List.of(spec), false, p);
    }
  }
}
