package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PkgDecl is a package-level var, const, func, method or type, checked lazily so it may be used
 * before it is declared. Methods are not in the package scope; they hang off their type's decl.
 */
final class PkgDecl {
  enum Kind { VAR, CONST, FUNC, TYPE }

  static final int WHITE = 0;
  static final int GREY = 1;
  static final int BLACK = 2;

  final Kind kind;
  final String name;
  final Pos pos;
  final File file;
  final int order;

  // var and const
  Expr.Ident ident;
  Spec.ValueSpec spec;
  int index;
  Expr typeExpr;
  Expr init;
  boolean inherited;
  int iota;
  /** For {@code var a, b = f()}: every declaration of the spec (they are checked together). */
  List<PkgDecl> group;

  // func and method
  Decl.FuncDecl func;
  /** The checked signature, once known. */
  TypeExprs.SigInfo sigInfo;

  // type
  Spec.TypeSpec typeSpec;
  /** The methods declared with this type as receiver base type. */
  final List<PkgDecl> methods = new java.util.ArrayList<>();

  int color = WHITE;
  Obj obj;
  /** The package-level objects this declaration refers to, in order of first reference. */
  final Set<PkgDecl> deps = new LinkedHashSet<>();

  PkgDecl(Kind kind, String name, Pos pos, File file, int order) {
    this.kind = kind;
    this.name = name;
    this.pos = pos;
    this.file = file;
    this.order = order;
  }

  @Override
  public String toString() {
    return kind + " " + name;
  }
}
