package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * TypeExprs spells a type as the expression that names it in Go source. A {@link Named} type is
 * its name (qualified by its package unless it is declared in package main or predeclared), a
 * composite type is spelled out ({@code []int}, {@code map[string]*T}, {@code struct { ... }});
 * the empty interface is {@code any}. {@link Go#BYTE} and {@link Go#RUNE} are spelled byte and
 * rune: they are equal to uint8 and int32 but distinct instances, the only trace of the alias a
 * {@link Basic} can keep. Every node gets the given position.
 */
final class TypeExprs {
  private TypeExprs() {}

  static Expr of(Type t, Pos pos) {
    return switch (t) {
      case null -> throw new IllegalArgumentException("null is not a Go type");
      case Basic b -> basic(b, pos);
      case Named n -> named(n, pos);
      case Pointer p -> new Expr.Star(of(p.elem(), pos), pos);
      case Slice s -> new Expr.ArrayType(null, of(s.elem(), pos), pos);
      case Array a -> new Expr.ArrayType(new Expr.BasicLit(Expr.LitKind.INT, Long.toString(a.len()), pos), of(a.elem(), pos), pos);
      case MapType m -> new Expr.MapType(of(m.key(), pos), of(m.elem(), pos), pos);
      case Struct s -> {
        List<Field> fields = new ArrayList<>();
        for (Struct.Field f : s.fields()) fields.add(new Field(f.embedded() ? null : f.name(), of(f.type(), pos), pos));
        yield new Expr.StructType(fields, pos);
      }
      case Interface i -> {
        if (i.isEmpty()) yield new Expr.Ident("any", pos);
        List<Field> methods = new ArrayList<>();
        for (Interface.Method m : i.methods()) methods.add(new Field(m.name(), funcType(m.sig(), pos), pos));
        yield new Expr.InterfaceType(methods, pos);
      }
      case Signature s -> funcType(s, pos);
      case Tuple tu -> throw new IllegalArgumentException(
          "the tuple type " + tu + " cannot be written in a program: it is the type of a call with several results");
    };
  }

  private static Expr basic(Basic b, Pos pos) {
    if (b.isUntyped() || b.kind() == Kind.INVALID) {
      throw new IllegalArgumentException("type " + b + " cannot be written in a program");
    }
    String name = b == Go.BYTE ? "byte" : b == Go.RUNE ? "rune" : b.toString();
    return new Expr.Ident(name, pos);
  }

  private static Expr named(Named n, Pos pos) {
    if (n.pkg().isEmpty() || n.pkg().equals(FileBuilder.currentPackagePath())) return new Expr.Ident(n.name(), pos);
    return new Expr.Selector(new Expr.Ident(FileBuilder.qualifier(n), pos), n.name(), pos);
  }

  /** {@code func(params) results}; a variadic signature's last parameter is {@code ...elem}. */
  static Expr.FuncType funcType(Signature s, Pos pos) {
    List<Field> params = new ArrayList<>();
    for (int i = 0; i < s.params().size(); i++) {
      Type t = s.params().get(i);
      Expr te = s.variadic() && i == s.params().size() - 1
          ? new Expr.Ellipsis(of(((Slice) t).elem(), pos), pos)
          : of(t, pos);
      params.add(new Field(null, te, pos));
    }
    List<Field> results = new ArrayList<>();
    for (Type t : s.results()) results.add(new Field(null, of(t, pos), pos));
    return new Expr.FuncType(params, results, pos);
  }
}
