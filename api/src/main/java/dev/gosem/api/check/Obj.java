package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.constant.Const;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Type;

/**
 * Obj is what a name denotes after type checking. Objects compare by identity: two variables
 * named {@code x} in different scopes are different objects.
 */
public sealed interface Obj {
  String name();

  Pos pos();

  Type type();

  /** Var is a variable: a local, a parameter, a result or a package-level variable. */
  final class Var implements Obj {
    public enum Kind { LOCAL, PARAM, RESULT, GLOBAL }

    private final String name;
    private final Pos pos;
    private final Type type;
    private final Kind kind;

    public Var(String name, Pos pos, Type type, Kind kind) {
      this.name = name;
      this.pos = pos;
      this.type = type;
      this.kind = kind;
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public Type type() { return type; }
    public Kind kind() { return kind; }

    @Override
    public String toString() {
      return "var " + name + " " + type;
    }
  }

  /** Constant is a named constant with its exact value (already of its final type if typed). */
  record Constant(String name, Pos pos, Type type, Const value) implements Obj {}

  /** Func is a function declared in the program. */
  record Func(String name, Pos pos, Signature type, Decl.FuncDecl decl) implements Obj {}

  /** TypeName is a type's name, e.g. {@code int8}. */
  record TypeName(String name, Pos pos, Type type) implements Obj {}

  /** Builtin is a predeclared function such as len, print or println. */
  record Builtin(String name) implements Obj {
    @Override public Pos pos() { return Pos.NONE; }
    @Override public Type type() { return dev.gosem.api.types.Types.INVALID; }
  }

  /** PkgName is an imported package's name in a file. */
  record PkgName(String name, String path, Pos pos) implements Obj {
    @Override public Type type() { return dev.gosem.api.types.Types.INVALID; }
  }

  /**
   * StdFunc is a function of a supported standard package, e.g. {@code fmt.Println}; the
   * selector expression denotes it. Variadic {@code ...any} functions have a null signature.
   */
  record StdFunc(String pkg, String name, Signature signature) implements Obj {
    @Override public Pos pos() { return Pos.NONE; }
    @Override public Type type() { return signature == null ? dev.gosem.api.types.Types.INVALID : signature; }

    public String qualified() {
      return pkg + "." + name;
    }
  }
}
