package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** FileBuilder collects the imports and top-level declarations of one file. */
public final class FileBuilder {
  private final String name;
  private final String packageName;
  private final String packagePath;
  private final Pos pos;
  private final List<Spec.ImportSpec> imports = new ArrayList<>();
  private final List<Decl> decls = new ArrayList<>();
  private String buildConstraint;

  /** The file whose lambda is running, so types are written as that file's package sees them. */
  private static final ThreadLocal<FileBuilder> CURRENT = new ThreadLocal<>();

  FileBuilder(String name, String packageName, String packagePath, Pos pos) {
    if (!name.endsWith(".go")) throw new IllegalArgumentException("file name must end in .go: " + name);
    if (name.contains("/")) throw new IllegalArgumentException("a file name has no directory (packages have paths): " + name);
    this.name = name;
    this.packageName = packageName;
    this.packagePath = packagePath;
    this.pos = pos;
  }

  /** Runs a file's lambda with the file as the current one. */
  static void building(FileBuilder f, Runnable body) {
    FileBuilder saved = CURRENT.get();
    CURRENT.set(f);
    try {
      body.run();
    } finally {
      if (saved == null) CURRENT.remove();
      else CURRENT.set(saved);
    }
  }

  /** The import path of the package of the file being built ("main" outside any file). */
  static String currentPackagePath() {
    FileBuilder f = CURRENT.get();
    return f == null ? "main" : f.packagePath;
  }

  /** The name the file being built uses for the package with this path (its import alias). */
  static String qualifier(Named n) {
    FileBuilder f = CURRENT.get();
    if (f != null) {
      for (Spec.ImportSpec imp : f.imports) {
        if (imp.path().equals(n.pkg()) && imp.alias() != null) return imp.alias();
      }
    }
    return n.pkgName();
  }

  /** A new declared type of the current file's package. */
  static Named newNamed(String typeName) {
    FileBuilder f = CURRENT.get();
    return f == null ? new Named("main", typeName, null) : new Named(f.packagePath, f.packageName, typeName, null);
  }

  /**
   * Gives the file a {@code //go:build} line, e.g. {@code build("dev && !prod")}; its syntax is
   * checked when a build selects files (a malformed line is a diagnostic with Go's wording).
   */
  public FileBuilder build(String expression) {
    if (buildConstraint != null) throw new IllegalStateException("file " + name + " already has a //go:build line");
    this.buildConstraint = expression.strip();
    return this;
  }

  /** Imports packages by path, e.g. {@code imports("fmt", "os")}. */
  public FileBuilder imports(String... paths) {
    Pos p = Where.here();
    for (String path : paths) imports.add(new Spec.ImportSpec(path, p));
    return this;
  }

  /**
   * Imports a package under another name, {@code import alias "path"}; the alias may be
   * {@code _} (imported for its initialization only) or {@code .} (not supported by gosem).
   */
  public FileBuilder importAs(String alias, String path) {
    imports.add(new Spec.ImportSpec(alias, path, Where.here()));
    return this;
  }

  /** Declares a function; the lambda adds its parameters, results and statements. */
  public FileBuilder func(String name, Consumer<FuncBuilder> body) {
    FuncBuilder f = new FuncBuilder(name, Where.here());
    body.accept(f);
    decls.add(f.build());
    return this;
  }

  /**
   * Declares a method, e.g. {@code f.method(recv("p", ptr(point)), "Move", fn -> ...)}; in the
   * body, {@link FuncBuilder#receiver()} is the receiver.
   */
  public FileBuilder method(Receiver recv, String name, Consumer<FuncBuilder> body) {
    FuncBuilder f = new FuncBuilder(name, requireRecv(recv, name), Where.here());
    body.accept(f);
    decls.add(f.build());
    return this;
  }

  /** Declares a method whose body lambda also gets the receiver, {@code (fn, p) -> ...}. */
  public FileBuilder method(Receiver recv, String name, BiConsumer<FuncBuilder, Var> body) {
    FuncBuilder f = new FuncBuilder(name, requireRecv(recv, name), Where.here());
    body.accept(f, f.receiver());
    decls.add(f.build());
    return this;
  }

  private static Receiver requireRecv(Receiver recv, String name) {
    if (recv == null) throw new IllegalArgumentException("method " + name + " needs a receiver; use func(...) for a function");
    return recv;
  }

  /**
   * Declares {@code type name underlying} and returns the type's handle, usable wherever a type
   * is: {@code Named point = f.type("Point", struct(field("X", INT), field("Y", INT)))}.
   */
  public Named type(String name, Type underlying) {
    Pos p = Where.here();
    return type(name, self -> underlying, p);
  }

  /**
   * Declares a type whose underlying type refers to the type itself:
   * {@code f.type("Node", self -> struct(field("next", ptr(self))))}.
   */
  public Named type(String name, Function<Named, Type> underlying) {
    Pos p = Where.here();
    return type(name, underlying, p);
  }

  private Named type(String name, Function<Named, Type> underlying, Pos p) {
    Named[] out = new Named[1];
    decls.add(TypeDecls.single(name, underlying, out, p));
    return out[0];
  }

  /** A {@code type ( ... )} group. */
  public FileBuilder types(Consumer<TypeGroup> group) {
    Pos p = Where.here();
    TypeGroup g = new TypeGroup();
    group.accept(g);
    decls.add(g.build(p));
    return this;
  }

  /** A {@code const ( ... )} group; returns the handles of its constants in order. */
  public Var[] constGroup(Consumer<DeclGroup> group) {
    return group(Decl.Kind.CONST, group, Where.here());
  }

  /** A {@code var ( ... )} group; returns the handles of its variables in order. */
  public Var[] varGroup(Consumer<DeclGroup> group) {
    return group(Decl.Kind.VAR, group, Where.here());
  }

  private Var[] group(Decl.Kind kind, Consumer<DeclGroup> body, Pos p) {
    DeclGroup g = new DeclGroup(kind);
    body.accept(g);
    decls.add(g.build(p));
    return g.vars();
  }

  /** {@code var name type = value}; type or value may be null. */
  public Var var(String name, Type type, Object value) {
    Pos p = Where.here();
    decls.add(Decls.value(Decl.Kind.VAR, name, type, value, p));
    return new Var(name, p);
  }

  /**
   * {@code var a, b T = values}: several variables in one spec, e.g. two from one call,
   * {@code vars(names("lo", "hi"), null, call("bounds"))}; type may be null.
   */
  public Var[] vars(String[] names, Type type, Object... values) {
    Pos p = Where.here();
    List<Expr.Ident> ids = new ArrayList<>();
    Var[] out = new Var[names.length];
    for (int i = 0; i < names.length; i++) {
      ids.add(new Expr.Ident(names[i], p));
      out[i] = new Var(names[i], p);
    }
    Expr t = type == null ? null : TypeExprs.of(type, p);
    if (t == null && values.length == 0) throw new IllegalArgumentException("var " + String.join(", ", names) + " needs a type or values");
    decls.add(new Decl.GenDecl(Decl.Kind.VAR, List.of(new Spec.ValueSpec(ids, t, Go.exprs(values, p), p)), false, p));
    return out;
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
    return new File(name, packageName, imports, decls, pos, buildConstraint);
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
