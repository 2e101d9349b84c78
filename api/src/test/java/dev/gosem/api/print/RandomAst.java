package dev.gosem.api.print;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.ast.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * RandomAst makes random, syntactically valid (not type-correct) files of every shape the model
 * has, for comparing the printer with gofmt. Without {@code data} it keeps to the scalar subset
 * (the shapes of the foundation issue); with it, files also hold type declarations and methods,
 * composite types and literals, function literals, slicing, assertions, switches, type switches,
 * defer and go.
 */
final class RandomAst {
  private static final Pos P = Pos.NONE;
  private static final String[] NAMES = {"a", "b", "c", "x", "yy", "zzz", "é"};
  private static final String[] LITS = {
    "1", "2", "10", "0x1F", "0X1f", "0XAP-2", "1E3", ".5", "1.e5", "0O17", "0B101", "017", "1_000",
    "'a'", "'\\n'", "\"s\"", "\"a b\"", "`raw`", "`two\nlines`"
  };
  private static final String[] TYPE_NAMES = {"int", "string", "T", "Point", "é"};
  private final Random rnd;
  private final boolean data;
  private int labels;

  RandomAst(long seed) {
    this(seed, false);
  }

  RandomAst(long seed, boolean data) {
    this.rnd = new Random(seed);
    this.data = data;
  }

  private <T> T pick(T[] xs) {
    return xs[rnd.nextInt(xs.length)];
  }

  private boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  Expr.Ident ident() {
    return new Expr.Ident(pick(NAMES), P);
  }

  Expr expr(int depth) {
    if (depth <= 0 || chance(0.2)) {
      if (chance(0.6)) return ident();
      String lit = pick(LITS);
      Expr.LitKind kind = switch (lit.charAt(0)) {
        case '\'' -> Expr.LitKind.RUNE;
        case '"', '`' -> Expr.LitKind.STRING;
        default -> lit.contains(".") || lit.contains("E") || lit.contains("P") ? Expr.LitKind.FLOAT : Expr.LitKind.INT;
      };
      return new Expr.BasicLit(kind, lit, P);
    }
    if (data && chance(0.35)) return dataExpr(depth);
    int r = rnd.nextInt(100);
    if (r < 50) return new Expr.Binary(expr(depth - 1), pick(BinaryOp.values()), expr(depth - 1), P);
    if (r < 64) return new Expr.Unary(pick(UnaryOp.values()), expr(depth - 1), P);
    if (r < 74) return new Expr.Paren(expr(depth - 1), P);
    if (r < 88) {
      Expr fun = chance(0.3) ? new Expr.Selector(new Expr.Ident("fmt", P), "Println", P)
          : chance(0.1) ? expr(depth - 1) : ident();
      List<Expr> args = new ArrayList<>();
      int n = rnd.nextInt(4);
      for (int i = 0; i < n; i++) args.add(expr(depth - 1));
      return new Expr.Call(fun, args, P);
    }
    if (r < 95) return new Expr.Index(chance(0.8) ? ident() : expr(depth - 1), expr(depth - 1), P);
    return new Expr.Selector(chance(0.8) ? ident() : expr(depth - 1), "f", P);
  }

  /** An expression of one of the data-model shapes. */
  private Expr dataExpr(int depth) {
    int r = rnd.nextInt(100);
    if (r < 10) return new Expr.Star(expr(depth - 1), P);
    if (r < 30) return compositeLit(depth, literalType(2));
    if (r < 40) return funcLit(depth);
    if (r < 52) {
      Expr lo = chance(0.6) ? expr(depth - 1) : null;
      boolean three = chance(0.3);
      Expr hi = three || chance(0.6) ? expr(depth - 1) : null;
      Expr max = three ? expr(depth - 1) : null;
      return new Expr.SliceExpr(chance(0.8) ? ident() : expr(depth - 1), lo, hi, max, three, P);
    }
    if (r < 60) return new Expr.TypeAssert(chance(0.8) ? ident() : expr(depth - 1), type(2), P);
    if (r < 72) {
      // conversion to a composite type, or a call with a spread argument
      if (chance(0.5)) return new Expr.Call(type(2), List.of(expr(depth - 1)), P);
      List<Expr> args = exprs(1 + rnd.nextInt(2), depth - 1);
      return new Expr.Call(ident(), args, true, P);
    }
    if (r < 80) return new Expr.Unary(UnaryOp.ADDR, compositeLit(depth, typeName()), P);
    if (r < 90) return new Expr.Selector(new Expr.Call(new Expr.Selector(ident(), "M", P), exprs(rnd.nextInt(2), depth - 1), P), "F", P);
    return new Expr.Index(new Expr.Index(ident(), expr(depth - 1), P), expr(depth - 1), P);
  }

  private Expr.CompositeLit compositeLit(int depth, Expr type) {
    List<Expr> elts = new ArrayList<>();
    int n = rnd.nextInt(4);
    boolean keyed = chance(0.4);
    for (int i = 0; i < n; i++) {
      Expr value = chance(0.2) ? compositeLit(depth - 1, null) : expr(depth - 1);
      elts.add(keyed ? new Expr.KeyValue(chance(0.7) ? ident() : expr(1), value, P) : value);
    }
    return new Expr.CompositeLit(type, elts, P);
  }

  private Expr.FuncLit funcLit(int depth) {
    return new Expr.FuncLit(funcType(), block(Math.min(2, depth - 1)), P);
  }

  private Expr.FuncType funcType() {
    List<Field> params = new ArrayList<>();
    boolean named = chance(0.6);
    for (int j = rnd.nextInt(3); j > 0; j--) params.add(new Field(named ? pick(NAMES) : null, type(1), P));
    if (chance(0.15)) params.add(new Field(named ? "rest" : null, new Expr.Ellipsis(type(1), P), P));
    List<Field> results = new ArrayList<>();
    boolean namedResults = chance(0.3);
    for (int j = rnd.nextInt(3); j > 0; j--) results.add(new Field(namedResults ? pick(NAMES) : null, type(1), P));
    return new Expr.FuncType(params, results, P);
  }

  private Expr typeName() {
    return chance(0.85) ? new Expr.Ident(pick(TYPE_NAMES), P)
        : new Expr.Selector(new Expr.Ident("strings", P), "Builder", P);
  }

  /** A type a composite literal may have (go/parser's isLiteralType). */
  private Expr literalType(int depth) {
    return switch (rnd.nextInt(5)) {
      case 0 -> new Expr.ArrayType(chance(0.5) ? null : new Expr.BasicLit(Expr.LitKind.INT, "3", P), type(depth - 1), P);
      case 1 -> new Expr.MapType(type(depth - 1), type(depth - 1), P);
      case 2 -> structType(depth);
      default -> typeName();
    };
  }

  /** A type expression. */
  Expr type(int depth) {
    if (depth <= 0 || chance(0.35)) return typeName();
    int r = rnd.nextInt(100);
    if (r < 20) return new Expr.ArrayType(null, type(depth - 1), P);
    if (r < 30) return new Expr.ArrayType(new Expr.BasicLit(Expr.LitKind.INT, Integer.toString(rnd.nextInt(20)), P), type(depth - 1), P);
    if (r < 45) return new Expr.MapType(type(depth - 1), type(depth - 1), P);
    if (r < 55) return new Expr.Star(type(depth - 1), P);
    if (r < 75) return structType(depth);
    if (r < 88) return interfaceType();
    return funcType();
  }

  private Expr.StructType structType(int depth) {
    List<Field> fields = new ArrayList<>();
    for (int i = rnd.nextInt(5); i > 0; i--) {
      if (chance(0.2)) {
        fields.add(new Field(null, chance(0.7) ? typeName() : new Expr.Star(new Expr.Ident("T", P), P), P));
      } else {
        String name = chance(0.5) ? pick(NAMES) : pick(new String[] {"LongFieldName", "Value", "ÄÖ", "X"});
        fields.add(new Field(name, type(depth - 1), P));
      }
    }
    return new Expr.StructType(fields, P);
  }

  private Expr.InterfaceType interfaceType() {
    List<Field> methods = new ArrayList<>();
    for (int i = rnd.nextInt(4); i > 0; i--) {
      if (chance(0.2)) methods.add(new Field(null, new Expr.Ident(chance(0.5) ? "error" : "Shape", P), P));
      else methods.add(new Field(pick(new String[] {"M", "Area", "String", "Do"}), funcType(), P));
    }
    return new Expr.InterfaceType(methods, P);
  }

  private List<Stmt.CaseClause> clauses(int depth, boolean types) {
    List<Stmt.CaseClause> out = new ArrayList<>();
    boolean hasDefault = false;
    for (int i = rnd.nextInt(4); i > 0; i--) {
      List<Expr> list = new ArrayList<>();
      if (hasDefault || chance(0.8)) {
        for (int j = 1 + rnd.nextInt(2); j > 0; j--) {
          list.add(types ? (chance(0.15) ? new Expr.Ident("nil", P) : type(2)) : expr(2));
        }
      } else {
        hasDefault = true;
      }
      List<Stmt> body = new ArrayList<>(block(depth - 1).stmts());
      if (!types && chance(0.2)) body.add(new Stmt.Branch(Stmt.BranchKind.FALLTHROUGH, null, P));
      out.add(new Stmt.CaseClause(list, body, P));
    }
    return out;
  }

  private Stmt dataStmt(int depth) {
    int r = rnd.nextInt(100);
    if (r < 30) {
      Stmt init = chance(0.3) ? simple(2) : null;
      return new Stmt.Switch(init, chance(0.7) ? expr(3) : null, clauses(depth, false), P);
    }
    if (r < 50) {
      Stmt init = chance(0.2) ? simple(2) : null;
      return new Stmt.TypeSwitch(init, chance(0.6) ? ident() : null, chance(0.8) ? ident() : expr(2), clauses(depth, true), P);
    }
    if (r < 60) return new Stmt.Defer(new Expr.Call(chance(0.5) ? funcLit(depth) : ident(), exprs(rnd.nextInt(3), 2), P), P);
    if (r < 66) return new Stmt.Go(new Expr.Call(chance(0.5) ? funcLit(depth) : ident(), exprs(rnd.nextInt(3), 2), P), P);
    if (r < 76) return new Stmt.TypeDeclStmt(typeDecl(), P);
    if (r < 90) {
      Expr key = chance(0.8) ? ident() : null;
      Expr value = key != null && chance(0.6) ? ident() : null;
      Expr x = chance(0.5) ? compositeLit(2, typeName()) : expr(3);
      return new Stmt.Range(key, value, key != null, x, block(depth - 1), P);
    }
    Expr lhs = chance(0.5) ? ident() : new Expr.Star(ident(), P);
    return new Stmt.Assign(List.of(lhs), AssignOp.ASSIGN, List.of(chance(0.5) ? funcLit(depth) : compositeLit(depth, literalType(2))), P);
  }

  Decl.TypeDecl typeDecl() {
    int n = chance(0.6) ? 1 : 1 + rnd.nextInt(4);
    List<Spec.TypeSpec> specs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = pick(new String[] {"T", "Point", "Shape", "LongTypeName", "é"});
      Expr t = chance(0.5) ? structType(2) : chance(0.3) ? interfaceType() : type(2);
      specs.add(new Spec.TypeSpec(new Expr.Ident(name, P), chance(0.15), t, P));
    }
    return new Decl.TypeDecl(specs, n > 1 || chance(0.2), P);
  }

  private List<Expr> exprs(int n, int depth) {
    List<Expr> xs = new ArrayList<>();
    for (int i = 0; i < n; i++) xs.add(expr(depth));
    return xs;
  }

  /** An assignable operand: a name or an index expression. */
  private Expr lhs() {
    return chance(0.8) ? ident() : new Expr.Index(ident(), expr(2), P);
  }

  Stmt simple(int depth) {
    int r = rnd.nextInt(100);
    if (r < 25) return new Stmt.ExprStmt(new Expr.Call(ident(), exprs(rnd.nextInt(3), depth), P), P);
    if (r < 70) {
      AssignOp op = pick(AssignOp.values());
      int n = op.binary() == null ? 1 + rnd.nextInt(3) : 1;
      List<Expr> lhs = new ArrayList<>();
      for (int i = 0; i < n; i++) lhs.add(op == AssignOp.DEFINE ? ident() : lhs());
      List<Expr> rhs = n > 1 && chance(0.3) ? List.of(new Expr.Call(ident(), exprs(2, depth), P)) : exprs(n, depth);
      return new Stmt.Assign(lhs, op, rhs, P);
    }
    return new Stmt.IncDec(lhs(), chance(0.5), P);
  }

  Stmt stmt(int depth) {
    if (data && depth > 0 && chance(0.25)) return dataStmt(depth);
    int r = rnd.nextInt(100);
    if (depth <= 0 || r < 30) return simple(3);
    if (r < 36) return new Stmt.Return(exprs(rnd.nextInt(3), 3), P);
    if (r < 40) {
      Stmt.BranchKind k = chance(0.5) ? Stmt.BranchKind.BREAK : Stmt.BranchKind.CONTINUE;
      return new Stmt.Branch(k, chance(0.5) ? "L" + rnd.nextInt(3) : null, P);
    }
    if (r < 44) return new Stmt.DeclStmt(genDecl(), P);
    if (r < 48) return block(depth - 1);
    if (r < 60) return ifStmt(depth);
    if (r < 72) {
      Stmt init = chance(0.4) ? simple(2) : chance(0.2) ? new Stmt.Empty(P) : null;
      Stmt post = chance(0.4) ? simple(2) : null;
      Expr cond = chance(0.7) ? expr(3) : null;
      return new Stmt.For(init, cond, post, block(depth - 1), P);
    }
    if (r < 80) {
      Expr key = chance(0.7) ? lhs() : null;
      Expr value = key != null && chance(0.2) ? ident() : null;
      boolean define = key != null && chance(0.7);
      if (define) key = ident();
      return new Stmt.Range(key, value, define, expr(3), block(depth - 1), P);
    }
    if (r < 92) {
      String label = "L" + labels++;
      return new Stmt.Labeled(label, chance(0.2) ? new Stmt.Empty(P) : stmt(depth - 1), P);
    }
    return new Stmt.Empty(P);
  }

  private Stmt.If ifStmt(int depth) {
    Stmt init = chance(0.3) ? simple(2) : null;
    Stmt els = null;
    if (chance(0.3)) els = ifStmt(depth - 1);
    else if (chance(0.4)) els = block(depth - 1);
    return new Stmt.If(init, expr(3), block(depth - 1), els, P);
  }

  Stmt.Block block(int depth) {
    List<Stmt> stmts = new ArrayList<>();
    int n = rnd.nextInt(5);
    for (int i = 0; i < n; i++) stmts.add(stmt(depth));
    return new Stmt.Block(stmts, P, P);
  }

  Decl.GenDecl genDecl() {
    Decl.Kind kind = chance(0.5) ? Decl.Kind.VAR : Decl.Kind.CONST;
    int n = chance(0.5) ? 1 : 1 + rnd.nextInt(5);
    List<Spec.ValueSpec> specs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Expr.Ident> names = new ArrayList<>();
      int k = 1 + (chance(0.2) ? rnd.nextInt(3) : 0);
      for (int j = 0; j < k; j++) names.add(ident());
      Expr type = chance(0.4) ? new Expr.Ident(chance(0.5) ? "int" : "float64", P) : null;
      List<Expr> values = type != null && kind == Decl.Kind.VAR && chance(0.4) ? List.of() : exprs(k, 2);
      if (kind == Decl.Kind.CONST && i > 0 && chance(0.3)) {
        type = null;
        values = List.of(); // implicit repetition
      }
      specs.add(new Spec.ValueSpec(names, type, values, P));
    }
    return new Decl.GenDecl(kind, specs, n > 1 || chance(0.2), P);
  }

  File file(int funcs) {
    List<Decl> decls = new ArrayList<>();
    for (int i = 0; i < funcs; i++) {
      if (chance(0.3)) decls.add(genDecl());
      List<Field> params = new ArrayList<>();
      for (int j = rnd.nextInt(3); j > 0; j--) params.add(new Field(pick(NAMES), new Expr.Ident("int", P), P));
      List<Field> results = new ArrayList<>();
      boolean named = chance(0.3);
      for (int j = rnd.nextInt(3); j > 0; j--) results.add(new Field(named ? pick(NAMES) : null, new Expr.Ident("int", P), P));
      Field recv = null;
      if (data && chance(0.3)) {
        Expr rt = chance(0.5) ? new Expr.Ident("T", P) : new Expr.Star(new Expr.Ident("T", P), P);
        recv = new Field(chance(0.8) ? "t" : null, rt, P);
      }
      if (data && chance(0.2)) params.add(new Field(params.isEmpty() || params.getFirst().name() != null ? "xs" : null,
          new Expr.Ellipsis(type(1), P), P));
      if (data && chance(0.3)) decls.add(typeDecl());
      decls.add(new Decl.FuncDecl(recv, "f" + i, params, results, block(4), P));
    }
    List<Spec.ImportSpec> imports = new ArrayList<>();
    for (String path : new String[] {"os", "fmt", "strings", "math/bits", "fmt"}) {
      if (chance(0.4)) imports.add(new Spec.ImportSpec(path, P));
    }
    return new File("main.go", "main", imports, decls, P);
  }
}
