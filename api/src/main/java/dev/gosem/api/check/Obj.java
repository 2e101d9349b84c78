package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.constant.Const;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;

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

  /**
   * Field is a struct field: its name (for an embedded field, the type's name), type, whether it
   * is embedded, and its index in the struct. Each struct type written in the program has its
   * own fields, so two fields compare by identity like other objects.
   */
  final class Field implements Obj {
    private final String name;
    private final Pos pos;
    private final Type type;
    private final boolean embedded;
    private final int index;

    public Field(String name, Pos pos, Type type, boolean embedded, int index) {
      this.name = name;
      this.pos = pos;
      this.type = type;
      this.embedded = embedded;
      this.index = index;
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public Type type() { return type; }
    public boolean embedded() { return embedded; }
    public int index() { return index; }

    @Override
    public String toString() {
      return "field " + name + " " + type;
    }
  }

  /** Constant is a named constant with its exact value (already of its final type if typed). */
  record Constant(String name, Pos pos, Type type, Const value) implements Obj {}

  /**
   * Func is a function or method declared in the program, or a method of an interface (then
   * decl is null and recv is the interface type, named or not). For a method, recv is the
   * receiver's type as declared, {@code T} or {@code *T}; for a plain function it is null. The
   * signature never includes the receiver.
   */
  record Func(String name, Pos pos, Signature type, Decl.FuncDecl decl, Type recv) implements Obj {
    public Func(String name, Pos pos, Signature type, Decl.FuncDecl decl) {
      this(name, pos, type, decl, null);
    }

    public boolean isMethod() {
      return recv != null;
    }

    /** Whether the method is declared with a pointer receiver {@code *T}. */
    public boolean pointerReceiver() {
      return recv instanceof Pointer;
    }

    /** Whether this is an interface's method, called by dynamic dispatch. */
    public boolean isInterfaceMethod() {
      return recv != null && decl == null && Types.underlying(recv) instanceof Interface;
    }
  }

  /** TypeName is a type's name, e.g. {@code int8} or a declared type {@code T}. */
  record TypeName(String name, Pos pos, Type type) implements Obj {}

  /** Builtin is a predeclared function such as len, append or println. */
  record Builtin(String name) implements Obj {
    @Override public Pos pos() { return Pos.NONE; }
    @Override public Type type() { return Types.INVALID; }
  }

  /** Nil is the predeclared nil; its type is the untyped nil (the value's type is recorded per use). */
  record Nil() implements Obj {
    @Override public String name() { return "nil"; }
    @Override public Pos pos() { return Pos.NONE; }
    @Override public Type type() { return Types.UNTYPED_NIL; }
  }

  /** PkgName is an imported package's name in a file. */
  record PkgName(String name, String path, Pos pos) implements Obj {
    @Override public Type type() { return Types.INVALID; }
  }

  /**
   * StdFunc is a function of a supported standard package, e.g. {@code fmt.Println} or
   * {@code strings.Repeat}, or a method of one of its types ({@code (*strings.Builder).WriteString},
   * then recv is the receiver type). The signature is Go's, variadic where Go's is
   * ({@code fmt.Println} is {@code func(a ...any) (n int, err error)}).
   */
  record StdFunc(String pkg, String name, Signature signature, Type recv) implements Obj {
    public StdFunc(String pkg, String name, Signature signature) {
      this(pkg, name, signature, null);
    }

    @Override public Pos pos() { return Pos.NONE; }
    @Override public Type type() { return signature == null ? Types.INVALID : signature; }

    public boolean isMethod() {
      return recv != null;
    }

    /** Go's name of the function: {@code fmt.Println}, or {@code (*strings.Builder).WriteString}. */
    public String qualified() {
      if (recv == null) return pkg + "." + name;
      String r = recv instanceof Pointer p ? "(*" + ((dev.gosem.api.types.Named) p.elem()).qualifiedName() + ")"
          : ((dev.gosem.api.types.Named) recv).qualifiedName();
      return r + "." + name;
    }
  }
}
