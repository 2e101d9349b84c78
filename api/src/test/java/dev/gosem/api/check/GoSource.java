package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.ast.UnaryOp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * GoSource parses Go source text of the gosem subset into the program model, so checker tests
 * can state a program as the Go file they mirror and compare diagnostics with {@code go build}
 * on the very same text. It is a test tool, not a full Go parser: it assumes well-formed input
 * and throws IllegalArgumentException at the first syntax error.
 *
 * <p>Positions follow the model's conventions, which are those at which Go's type checker
 * reports: an expression's start, except a Selector's (its selected name, where Go reports
 * "x.f undefined"), an Index's and a SliceExpr's (their '[', as Go's syntax tree has them), a
 * KeyValue's (its ':') and a FuncType's (its '('); an assignment's or inc/dec's operator; a statement's keyword, a
 * labelled branch's label; a function's name; a block's braces. Columns count bytes, as Go's do.
 */
public final class GoSource {
  private GoSource() {}

  public static Program program(String src) {
    return program("main.go", src);
  }

  public static Program program(String file, String src) {
    return new Program("t", List.of(new Parser(file, src).file()), Program.DEFAULT_GO_VERSION);
  }

  /**
   * A program of several packages written as a txtar-like archive: each file starts with a line
   * {@code -- dir/name.go --}. Files at the top are package main; a file in directory d belongs
   * to the package with import path {@code example/d} (module example), named by its package
   * clause. Positions name files by their path ({@code geom/geom.go}), as go build reports them.
   */
  public static Program module(String archive) {
    java.util.Map<String, List<File>> byDir = new java.util.LinkedHashMap<>();
    java.util.Map<String, String> names = new java.util.HashMap<>();
    String[] parts = archive.split("(?m)^-- ");
    for (String part : parts) {
      if (part.isBlank()) continue;
      int eol = part.indexOf('\n');
      String header = part.substring(0, eol).strip();
      if (!header.endsWith(" --")) throw new IllegalArgumentException("bad file header: " + header);
      String path = header.substring(0, header.length() - 3).strip();
      String text = part.substring(eol + 1);
      int slash = path.lastIndexOf('/');
      String dir = slash < 0 ? "" : path.substring(0, slash);
      File f = new Parser(path, text).file();
      File named = new File(path.substring(slash + 1), f.packageName(), f.imports(), f.decls(), f.pos(), f.buildConstraint());
      byDir.computeIfAbsent(dir, k -> new ArrayList<>()).add(named);
      names.putIfAbsent(dir, f.packageName());
    }
    List<dev.gosem.api.GoPackage> pkgs = new ArrayList<>();
    for (var e : byDir.entrySet()) {
      if (e.getKey().isEmpty()) continue;
      pkgs.add(new dev.gosem.api.GoPackage("example/" + e.getKey(), names.get(e.getKey()), e.getValue()));
    }
    return new Program("t", byDir.getOrDefault("", List.of()), Program.DEFAULT_GO_VERSION, pkgs);
  }

  static Program program(String goVersion, String file, String src) {
    return new Program("t", List.of(new Parser(file, src).file()), goVersion);
  }

  // ---------------------------------------------------------------------------------------
  // scanner
  // ---------------------------------------------------------------------------------------

  enum T { IDENT, INT, FLOAT, RUNE, STRING, OP, KEYWORD, SEMI, EOF }

  record Tok(T kind, String text, Pos pos) {
    boolean is(String s) {
      return (kind == T.OP || kind == T.KEYWORD) && text.equals(s);
    }
  }

  private static final java.util.Set<String> KEYWORDS = java.util.Set.of(
      "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
      "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
      "return", "select", "struct", "switch", "type", "var");

  private static final String[] OPS = {
      "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=",
      "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^",
      "+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}",
      ",", ";", ".", ":", "~"};

  static List<Tok> scan(String file, String src) {
    byte[] b = src.getBytes(StandardCharsets.UTF_8);
    List<Tok> out = new ArrayList<>();
    int i = 0;
    int line = 1;
    int lineStart = 0;
    while (true) {
      // skip blanks and comments; a newline may insert a semicolon
      boolean newline = false;
      while (i < b.length) {
        byte c = b[i];
        if (c == '\n') {
          newline = true;
          i++;
          line++;
          lineStart = i;
        } else if (c == ' ' || c == '\t' || c == '\r') {
          i++;
        } else if (c == '/' && i + 1 < b.length && b[i + 1] == '/') {
          while (i < b.length && b[i] != '\n') i++;
        } else if (c == '/' && i + 1 < b.length && b[i + 1] == '*') {
          i += 2;
          while (i + 1 < b.length && !(b[i] == '*' && b[i + 1] == '/')) {
            if (b[i] == '\n') {
              newline = true;
              line++;
              lineStart = i + 1;
            }
            i++;
          }
          i += 2;
        } else {
          break;
        }
        if (newline && needsSemi(out)) {
          out.add(new Tok(T.SEMI, "\n", new Pos(file, line - 1, 0)));
          newline = false;
        }
      }
      if (i >= b.length) {
        if (needsSemi(out)) out.add(new Tok(T.SEMI, "\n", new Pos(file, line, 0)));
        out.add(new Tok(T.EOF, "", new Pos(file, line, i - lineStart + 1)));
        return out;
      }
      Pos pos = new Pos(file, line, i - lineStart + 1);
      int start = i;
      byte c = b[i];
      if (isLetter(c)) {
        while (i < b.length && (isLetter(b[i]) || isDigit(b[i]))) i++;
        String s = new String(b, start, i - start, StandardCharsets.UTF_8);
        out.add(new Tok(KEYWORDS.contains(s) ? T.KEYWORD : T.IDENT, s, pos));
      } else if (isDigit(c) || (c == '.' && i + 1 < b.length && isDigit(b[i + 1]))) {
        boolean isFloat = false;
        if (c == '0' && i + 1 < b.length && (b[i + 1] == 'x' || b[i + 1] == 'X' || b[i + 1] == 'b'
            || b[i + 1] == 'B' || b[i + 1] == 'o' || b[i + 1] == 'O')) {
          i += 2;
          while (i < b.length && (isHex(b[i]) || b[i] == '_')) i++;
        } else {
          while (i < b.length && (isDigit(b[i]) || b[i] == '_')) i++;
          if (i < b.length && b[i] == '.') {
            isFloat = true;
            i++;
            while (i < b.length && isDigit(b[i])) i++;
          }
          if (i < b.length && (b[i] == 'e' || b[i] == 'E')) {
            isFloat = true;
            i++;
            if (b[i] == '+' || b[i] == '-') i++;
            while (i < b.length && isDigit(b[i])) i++;
          }
        }
        out.add(new Tok(isFloat ? T.FLOAT : T.INT, new String(b, start, i - start, StandardCharsets.UTF_8), pos));
      } else if (c == '"' || c == '\'') {
        i++;
        while (b[i] != c) {
          if (b[i] == '\\') i++;
          i++;
        }
        i++;
        out.add(new Tok(c == '"' ? T.STRING : T.RUNE, new String(b, start, i - start, StandardCharsets.UTF_8), pos));
      } else if (c == '`') {
        i++;
        while (b[i] != '`') {
          if (b[i] == '\n') {
            line++;
            lineStart = i + 1;
          }
          i++;
        }
        i++;
        out.add(new Tok(T.STRING, new String(b, start, i - start, StandardCharsets.UTF_8), pos));
      } else {
        String op = null;
        for (String o : OPS) {
          if (i + o.length() <= b.length && startsWith(b, i, o)) {
            op = o;
            break;
          }
        }
        if (op == null) throw new IllegalArgumentException(pos + ": unexpected character " + (char) c);
        i += op.length();
        out.add(new Tok(op.equals(";") ? T.SEMI : T.OP, op, pos));
      }
    }
  }

  private static boolean startsWith(byte[] b, int i, String o) {
    for (int k = 0; k < o.length(); k++) if (b[i + k] != o.charAt(k)) return false;
    return true;
  }

  private static boolean needsSemi(List<Tok> out) {
    if (out.isEmpty()) return false;
    Tok t = out.getLast();
    return switch (t.kind) {
      case IDENT, INT, FLOAT, RUNE, STRING -> true;
      case KEYWORD -> t.text.equals("break") || t.text.equals("continue") || t.text.equals("fallthrough")
          || t.text.equals("return");
      case OP -> t.text.equals("++") || t.text.equals("--") || t.text.equals(")") || t.text.equals("]")
          || t.text.equals("}");
      default -> false;
    };
  }

  private static boolean isLetter(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c & 0x80) != 0;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(byte c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  // ---------------------------------------------------------------------------------------
  // parser
  // ---------------------------------------------------------------------------------------

  private static final class Parser {
    private final String file;
    private final List<Tok> toks;
    private int p;
    /** Below zero inside control clauses, where {@code T {} is a block, not a literal. */
    private int exprLev;

    Parser(String file, String src) {
      this.file = file;
      this.toks = scan(file, src);
    }

    private Tok tok() {
      return toks.get(p);
    }

    private Tok peek(int n) {
      return toks.get(Math.min(p + n, toks.size() - 1));
    }

    private Tok next() {
      return toks.get(p++);
    }

    private boolean is(String s) {
      return tok().is(s);
    }

    private boolean got(String s) {
      if (is(s)) {
        p++;
        return true;
      }
      return false;
    }

    private Tok want(String s) {
      if (!is(s)) throw err("expected " + s + ", found " + tok().text);
      return next();
    }

    private void semi() {
      if (tok().kind == T.SEMI) {
        p++;
        return;
      }
      if (is(")") || is("}")) return;
      throw err("expected ;, found " + tok().text);
    }

    private IllegalArgumentException err(String msg) {
      return new IllegalArgumentException(tok().pos + ": syntax error: " + msg);
    }

    private Expr.Ident ident() {
      Tok t = tok();
      if (t.kind != T.IDENT) throw err("expected name, found " + t.text);
      p++;
      return new Expr.Ident(t.text, t.pos);
    }

    File file() {
      Tok pk = want("package");
      String name = ident().name();
      semi();
      List<Spec.ImportSpec> imports = new ArrayList<>();
      while (is("import")) {
        next();
        if (got("(")) {
          while (!is(")")) {
            imports.add(importSpec());
            semi();
          }
          want(")");
        } else {
          imports.add(importSpec());
        }
        semi();
      }
      List<Decl> decls = new ArrayList<>();
      while (tok().kind != T.EOF) {
        if (is("func")) {
          decls.add(funcDecl());
        } else if (is("var") || is("const")) {
          decls.add(genDecl());
        } else if (is("type")) {
          decls.add(typeDecl());
        } else {
          throw err("non-declaration statement outside function body");
        }
        if (tok().kind != T.EOF) semi();
      }
      return new File(file, name, imports, decls, pk.pos);
    }

    /** {@code "path"}, {@code name "path"}, {@code _ "path"} or {@code . "path"}; the spec's position is the alias's. */
    private Spec.ImportSpec importSpec() {
      Tok s = next();
      if (s.kind == T.IDENT || s.is(".")) {
        Tok path = next();
        return new Spec.ImportSpec(s.text, path.text.substring(1, path.text.length() - 1), s.pos);
      }
      return new Spec.ImportSpec(s.text.substring(1, s.text.length() - 1), s.pos);
    }

    private Decl.FuncDecl funcDecl() {
      want("func");
      Field recv = null;
      if (is("(")) {
        List<Field> r = params();
        recv = r.getFirst();
      }
      Expr.Ident name = ident();
      List<Field> params = params();
      List<Field> results = results();
      Stmt.Block body = is("{") ? block() : null;
      return new Decl.FuncDecl(recv, name.name(), params, results, body, name.pos());
    }

    private Decl.GenDecl genDecl() {
      Tok kw = next();
      Decl.Kind kind = kw.text.equals("var") ? Decl.Kind.VAR : Decl.Kind.CONST;
      List<Spec.ValueSpec> specs = new ArrayList<>();
      boolean grouped = false;
      if (got("(")) {
        grouped = true;
        while (!is(")")) {
          specs.add(valueSpec());
          semi();
        }
        want(")");
      } else {
        specs.add(valueSpec());
      }
      return new Decl.GenDecl(kind, specs, grouped, kw.pos);
    }

    private Spec.ValueSpec valueSpec() {
      List<Expr.Ident> names = new ArrayList<>();
      names.add(ident());
      while (got(",")) names.add(ident());
      Expr type = null;
      if (!is("=") && tok().kind != T.SEMI && !is(")")) type = type();
      List<Expr> values = new ArrayList<>();
      if (got("=")) values = exprList();
      return new Spec.ValueSpec(names, type, values, names.getFirst().pos());
    }

    private Decl.TypeDecl typeDecl() {
      Tok kw = want("type");
      List<Spec.TypeSpec> specs = new ArrayList<>();
      boolean grouped = false;
      if (got("(")) {
        grouped = true;
        while (!is(")")) {
          specs.add(typeSpec());
          semi();
        }
        want(")");
      } else {
        specs.add(typeSpec());
      }
      return new Decl.TypeDecl(specs, grouped, kw.pos);
    }

    private Spec.TypeSpec typeSpec() {
      Expr.Ident name = ident();
      boolean alias = got("=");
      Expr t = type();
      return new Spec.TypeSpec(name, alias, t, name.pos());
    }

    // ---- types ----

    private Expr type() {
      Tok t = tok();
      switch (t.text) {
        case "[" -> {
          next();
          if (got("]")) return new Expr.ArrayType(null, type(), t.pos);
          Expr len;
          if (is("...")) {
            Tok d = next();
            len = new Expr.Ellipsis(null, d.pos);
          } else {
            len = expr();
          }
          want("]");
          return new Expr.ArrayType(len, type(), t.pos);
        }
        case "map" -> {
          next();
          want("[");
          Expr k = type();
          want("]");
          return new Expr.MapType(k, type(), t.pos);
        }
        case "*" -> {
          next();
          return new Expr.Star(type(), t.pos);
        }
        case "(" -> {
          // Go's parser keeps no parentheses around types.
          next();
          Expr x = type();
          want(")");
          return x;
        }
        case "func" -> {
          next();
          return funcType(t.pos);
        }
        case "struct" -> {
          return structType();
        }
        case "interface" -> {
          return interfaceType();
        }
        default -> {
          if (t.kind != T.IDENT) throw err("expected type, found " + t.text);
          Expr x = ident();
          if (is(".")) {
            next();
            Expr.Ident sel = ident();
            x = new Expr.Selector(x, sel.name(), sel.pos());
          }
          if (is("[")) {
            // T[...] in a type is an instantiation for Go's parser (gosem has no generics).
            Tok lbrack = next();
            int saved = exprLev;
            exprLev = 1;
            Expr index = expr();
            exprLev = saved;
            want("]");
            x = new Expr.Index(x, index, lbrack.pos);
          }
          return x;
        }
      }
    }

    /** A func type after its keyword; its pos is the '(' as in Go's syntax tree. */
    private Expr.FuncType funcType(Pos keyword) {
      Pos lparen = tok().pos;
      return new Expr.FuncType(params(), results(), lparen);
    }

    private Expr.StructType structType() {
      Tok kw = want("struct");
      want("{");
      List<Field> fields = new ArrayList<>();
      while (!is("}")) {
        if (is("*") || (tok().kind == T.IDENT && (peek(1).kind == T.SEMI || peek(1).is("}") || peek(1).is(".")))) {
          Pos pos = tok().pos;
          fields.add(new Field(null, type(), pos));
        } else {
          List<Expr.Ident> names = new ArrayList<>();
          names.add(ident());
          while (got(",")) names.add(ident());
          Expr t = type();
          for (Expr.Ident n : names) fields.add(new Field(n.name(), t, n.pos()));
        }
        semi();
      }
      want("}");
      return new Expr.StructType(fields, kw.pos);
    }

    private Expr.InterfaceType interfaceType() {
      Tok kw = want("interface");
      want("{");
      List<Field> methods = new ArrayList<>();
      while (!is("}")) {
        if (tok().kind == T.IDENT && peek(1).is("(")) {
          Expr.Ident name = ident();
          methods.add(new Field(name.name(), funcType(name.pos()), name.pos()));
        } else {
          Pos pos = tok().pos;
          methods.add(new Field(null, type(), pos));
        }
        semi();
      }
      want("}");
      return new Expr.InterfaceType(methods, kw.pos);
    }

    /** A parameter list: names with types, or types alone (Go's grouping rules). */
    private List<Field> params() {
      want("(");
      record Entry(Expr.Ident name, Expr type, Pos pos) {}
      List<Entry> entries = new ArrayList<>();
      while (!is(")")) {
        Pos pos = tok().pos;
        if (tok().kind == T.IDENT && !peek(1).is(",") && !peek(1).is(")") && !peek(1).is(".")) {
          Expr.Ident n = ident();
          entries.add(new Entry(n, paramType(), pos));
        } else {
          entries.add(new Entry(null, paramType(), pos));
        }
        if (!got(",")) break;
      }
      want(")");
      boolean named = entries.stream().anyMatch(e -> e.name != null);
      List<Field> out = new ArrayList<>();
      if (!named) {
        for (Entry e : entries) out.add(new Field(null, e.type, e.pos));
        return out;
      }
      // a, b int: the bare names take the type of the next typed entry
      List<Expr.Ident> pending = new ArrayList<>();
      for (Entry e : entries) {
        if (e.name == null) {
          if (!(e.type instanceof Expr.Ident id)) throw new IllegalArgumentException(e.pos + ": mixed named and unnamed parameters");
          pending.add(id);
          continue;
        }
        for (Expr.Ident n : pending) out.add(new Field(n.name(), e.type, n.pos()));
        pending.clear();
        out.add(new Field(e.name.name(), e.type, e.name.pos()));
      }
      if (!pending.isEmpty()) throw new IllegalArgumentException(pending.getFirst().pos() + ": mixed named and unnamed parameters");
      return out;
    }

    private Expr paramType() {
      if (is("...")) {
        Tok d = next();
        return new Expr.Ellipsis(type(), d.pos);
      }
      return type();
    }

    private List<Field> results() {
      if (is("(")) return params();
      if (is("{") || tok().kind == T.SEMI || is(")") || is(",") || is("]") || is("}") || is("=") || is(":")
          || tok().kind == T.STRING) {
        return List.of();
      }
      Pos pos = tok().pos;
      return List.of(new Field(null, type(), pos));
    }

    // ---- statements ----

    private Stmt.Block block() {
      Tok l = want("{");
      List<Stmt> stmts = stmtList();
      Tok r = want("}");
      return new Stmt.Block(stmts, l.pos, r.pos);
    }

    private List<Stmt> stmtList() {
      List<Stmt> out = new ArrayList<>();
      while (!is("}") && !is("case") && !is("default") && tok().kind != T.EOF) {
        if (tok().kind == T.SEMI) {
          next();
          continue;
        }
        out.add(stmt());
        if (!is("}") && !is("case") && !is("default")) semi();
      }
      return out;
    }

    private Stmt stmt() {
      Tok t = tok();
      switch (t.text) {
        case "var", "const" -> {
          if (t.kind == T.KEYWORD) return new Stmt.DeclStmt(genDecl(), t.pos);
        }
        case "type" -> {
          if (t.kind == T.KEYWORD) return new Stmt.TypeDeclStmt(typeDecl(), t.pos);
        }
        case "return" -> {
          next();
          List<Expr> rs = tok().kind == T.SEMI || is("}") ? List.of() : exprList();
          return new Stmt.Return(rs, t.pos);
        }
        case "break", "continue", "fallthrough" -> {
          if (t.kind != T.KEYWORD) break;
          next();
          Pos pos = t.pos;
          String label = null;
          if (tok().kind == T.IDENT) {
            pos = tok().pos;
            label = next().text;
          }
          Stmt.BranchKind k = switch (t.text) {
            case "break" -> Stmt.BranchKind.BREAK;
            case "continue" -> Stmt.BranchKind.CONTINUE;
            default -> Stmt.BranchKind.FALLTHROUGH;
          };
          return new Stmt.Branch(k, label, pos);
        }
        case "{" -> {
          return block();
        }
        case "if" -> {
          return ifStmt();
        }
        case "for" -> {
          return forStmt();
        }
        case "switch" -> {
          return switchStmt();
        }
        case "defer", "go" -> {
          if (t.kind != T.KEYWORD) break;
          next();
          Expr x = expr();
          if (!(x instanceof Expr.Call c)) throw new IllegalArgumentException(t.pos + ": expression in " + t.text + " must be function call");
          return t.text.equals("defer") ? new Stmt.Defer(c, t.pos) : new Stmt.Go(c, t.pos);
        }
        default -> {}
      }
      if (t.kind == T.IDENT && peek(1).is(":") ) {
        next();
        next();
        if (is("}")) return new Stmt.Labeled(t.text, new Stmt.Empty(tok().pos), t.pos);
        return new Stmt.Labeled(t.text, stmt(), t.pos);
      }
      return simpleStmt(false);
    }

    /** A simple statement; with rangeOk, {@code k, v := range x} yields a Range without body. */
    private Stmt simpleStmt(boolean rangeOk) {
      Pos start = tok().pos;
      if (rangeOk && is("range")) {
        Tok r = next();
        return new Stmt.Range(null, null, false, expr(), null, r.pos);
      }
      List<Expr> lhs = exprList();
      Tok t = tok();
      if (t.kind == T.OP) {
        switch (t.text) {
          case "++", "--" -> {
            next();
            return new Stmt.IncDec(lhs.getFirst(), t.text.equals("++"), t.pos);
          }
          case "=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=" -> {
            next();
            AssignOp op = switch (t.text) {
              case "=" -> AssignOp.ASSIGN;
              case ":=" -> AssignOp.DEFINE;
              default -> {
                String bop = t.text.substring(0, t.text.length() - 1);
                for (AssignOp a : AssignOp.values()) if (a.token().equals(t.text)) yield a;
                throw err("bad op " + bop);
              }
            };
            if (rangeOk && (op == AssignOp.ASSIGN || op == AssignOp.DEFINE) && is("range")) {
              next();
              Expr x = expr();
              Expr k = lhs.get(0);
              Expr v = lhs.size() > 1 ? lhs.get(1) : null;
              return new Stmt.Range(k, v, op == AssignOp.DEFINE, x, null, start);
            }
            List<Expr> rhs = exprList();
            return new Stmt.Assign(lhs, op, rhs, t.pos);
          }
          default -> {}
        }
      }
      if (lhs.size() != 1) throw err("expected 1 expression");
      return new Stmt.ExprStmt(lhs.getFirst(), start);
    }

    private Stmt.If ifStmt() {
      Tok kw = want("if");
      int saved = exprLev;
      exprLev = -1;
      Stmt init = null;
      Expr cond;
      Stmt s = simpleStmt(false);
      if (tok().kind == T.SEMI) {
        next();
        init = s;
        cond = expr();
      } else {
        cond = ((Stmt.ExprStmt) s).x();
      }
      exprLev = saved;
      Stmt.Block then = block();
      Stmt els = null;
      if (got("else")) els = is("if") ? ifStmt() : block();
      return new Stmt.If(init, cond, then, els, kw.pos);
    }

    private Stmt forStmt() {
      Tok kw = want("for");
      int saved = exprLev;
      exprLev = -1;
      Stmt init = null;
      Expr cond = null;
      Stmt post = null;
      if (!is("{")) {
        Stmt s1 = tok().kind == T.SEMI ? null : simpleStmt(true);
        if (s1 instanceof Stmt.Range r) {
          exprLev = saved;
          Stmt.Block body = block();
          return new Stmt.Range(r.key(), r.value(), r.define(), r.x(), body, kw.pos);
        }
        if (tok().kind == T.SEMI) {
          next();
          init = s1;
          if (tok().kind != T.SEMI) cond = expr();
          if (tok().kind != T.SEMI) throw err("expected ;");
          next();
          if (!is("{")) post = simpleStmt(false);
        } else {
          cond = ((Stmt.ExprStmt) s1).x();
        }
      }
      exprLev = saved;
      Stmt.Block body = block();
      return new Stmt.For(init, cond, post, body, kw.pos);
    }

    private Stmt switchStmt() {
      Tok kw = want("switch");
      int saved = exprLev;
      exprLev = -1;
      Stmt init = null;
      Stmt tag = null;
      if (!is("{")) {
        Stmt s1 = tok().kind == T.SEMI ? null : simpleStmt(false);
        if (tok().kind == T.SEMI) {
          next();
          init = s1;
          if (!is("{")) tag = simpleStmt(false);
        } else {
          tag = s1;
        }
      }
      exprLev = saved;
      want("{");
      List<Stmt.CaseClause> clauses = new ArrayList<>();
      while (!is("}")) {
        Tok c = next();
        List<Expr> list = new ArrayList<>();
        if (c.text.equals("case")) {
          list = exprListOrTypes();
        } else if (!c.text.equals("default")) {
          throw new IllegalArgumentException(c.pos + ": expected case or default");
        }
        want(":");
        clauses.add(new Stmt.CaseClause(list, stmtList(), c.pos));
      }
      want("}");
      // type switch: [x :=] y.(type)
      Expr.Ident bind = null;
      Expr guard = null;
      if (tag instanceof Stmt.Assign a && a.op() == AssignOp.DEFINE && a.rhs().size() == 1
          && a.rhs().getFirst() instanceof Expr.TypeAssert ta && ta.type() == null) {
        bind = (Expr.Ident) a.lhs().getFirst();
        guard = ta.x();
      } else if (tag instanceof Stmt.ExprStmt es && es.x() instanceof Expr.TypeAssert ta && ta.type() == null) {
        guard = ta.x();
      }
      if (guard != null) return new Stmt.TypeSwitch(init, bind, guard, clauses, kw.pos);
      Expr tagExpr = null;
      if (tag != null) {
        if (!(tag instanceof Stmt.ExprStmt es)) throw new IllegalArgumentException(kw.pos + ": switch expression must be an expression");
        tagExpr = es.x();
      }
      return new Stmt.Switch(init, tagExpr, clauses, kw.pos);
    }

    private List<Expr> exprListOrTypes() {
      List<Expr> out = new ArrayList<>();
      do {
        out.add(exprOrType());
      } while (got(","));
      return out;
    }

    // ---- expressions ----

    private List<Expr> exprList() {
      List<Expr> out = new ArrayList<>();
      do {
        out.add(expr());
      } while (got(","));
      return out;
    }

    Expr expr() {
      return binary(1);
    }

    private Expr exprOrType() {
      if (is("[") || is("map") || is("struct") || is("interface") || (is("func") && !peek(1).is("("))
          || is("*")) {
        // types and expressions share syntax; let the expression parser handle most of it
      }
      return expr();
    }

    private static BinaryOp binop(Tok t) {
      if (t.kind != T.OP) return null;
      for (BinaryOp op : BinaryOp.values()) if (op.token().equals(t.text)) return op;
      return null;
    }

    private Expr binary(int prec) {
      Expr x = unary();
      while (true) {
        BinaryOp op = binop(tok());
        if (op == null || op.precedence() < prec) return x;
        next();
        Expr y = binary(op.precedence() + 1);
        x = new Expr.Binary(x, op, y, startOf(x));
      }
    }

    private Expr unary() {
      Tok t = tok();
      if (t.kind == T.OP) {
        switch (t.text) {
          case "+", "-", "!", "^", "&" -> {
            next();
            Expr x = unary();
            UnaryOp op = switch (t.text) {
              case "+" -> UnaryOp.PLUS;
              case "-" -> UnaryOp.NEG;
              case "!" -> UnaryOp.NOT;
              case "^" -> UnaryOp.XOR;
              default -> UnaryOp.ADDR;
            };
            return new Expr.Unary(op, x, t.pos);
          }
          case "*" -> {
            next();
            return new Expr.Star(unary(), t.pos);
          }
          default -> {}
        }
      }
      return primary();
    }

    private Expr operand() {
      Tok t = tok();
      switch (t.kind) {
        case INT -> {
          next();
          return new Expr.BasicLit(Expr.LitKind.INT, t.text, t.pos);
        }
        case FLOAT -> {
          next();
          return new Expr.BasicLit(Expr.LitKind.FLOAT, t.text, t.pos);
        }
        case STRING -> {
          next();
          return new Expr.BasicLit(Expr.LitKind.STRING, t.text, t.pos);
        }
        case RUNE -> {
          next();
          return new Expr.BasicLit(Expr.LitKind.RUNE, t.text, t.pos);
        }
        case IDENT -> {
          return ident();
        }
        default -> {}
      }
      switch (t.text) {
        case "(" -> {
          next();
          int saved = exprLev;
          exprLev++;
          if (exprLev < 1) exprLev = 1;
          Expr x = exprOrTypeInParens();
          exprLev = saved;
          want(")");
          return new Expr.Paren(x, t.pos);
        }
        case "func" -> {
          next();
          Expr.FuncType ft = funcType(t.pos);
          if (is("{")) {
            int saved = exprLev;
            exprLev = 0;
            Stmt.Block body = block();
            exprLev = saved;
            return new Expr.FuncLit(ft, body, t.pos);
          }
          return ft;
        }
        case "[", "map", "struct", "interface", "*" -> {
          return type();
        }
        default -> throw err("unexpected " + t.text);
      }
    }

    private Expr exprOrTypeInParens() {
      return expr();
    }

    private static boolean isTypeName(Expr x) {
      return x instanceof Expr.Ident || (x instanceof Expr.Selector s && s.x() instanceof Expr.Ident);
    }

    private static boolean isLiteralType(Expr x) {
      return switch (x) {
        case Expr.Ident i -> true;
        case Expr.Selector s -> s.x() instanceof Expr.Ident;
        case Expr.ArrayType a -> true;
        case Expr.StructType s -> true;
        case Expr.MapType m -> true;
        default -> false;
      };
    }

    private Expr primary() {
      Expr x = operand();
      while (true) {
        Tok t = tok();
        if (t.is(".")) {
          next();
          if (got("(")) {
            if (got("type")) {
              want(")");
              x = new Expr.TypeAssert(x, null, startOf(x));
            } else {
              Expr ty = type();
              want(")");
              x = new Expr.TypeAssert(x, ty, startOf(x));
            }
          } else {
            Expr.Ident sel = ident();
            x = new Expr.Selector(x, sel.name(), sel.pos());
          }
        } else if (t.is("[")) {
          Tok lbrack = next();
          int saved = exprLev;
          exprLev++;
          if (exprLev < 1) exprLev = 1;
          Expr lo = null;
          if (!is(":")) lo = expr();
          if (got("]")) {
            exprLev = saved;
            x = new Expr.Index(x, lo, lbrack.pos);
            continue;
          }
          want(":");
          Expr hi = null;
          Expr max = null;
          boolean three = false;
          if (!is("]") && !is(":")) hi = expr();
          if (got(":")) {
            three = true;
            max = expr();
          }
          want("]");
          exprLev = saved;
          x = new Expr.SliceExpr(x, lo, hi, max, three, lbrack.pos);
        } else if (t.is("(")) {
          next();
          int saved = exprLev;
          exprLev++;
          if (exprLev < 1) exprLev = 1;
          List<Expr> args = new ArrayList<>();
          boolean ellipsis = false;
          while (!is(")")) {
            args.add(exprOrType());
            if (got("...")) ellipsis = true;
            if (!got(",")) break;
          }
          want(")");
          exprLev = saved;
          x = new Expr.Call(x, args, ellipsis, startOf(x));
        } else if (t.is("{") && isLiteralType(x) && (exprLev >= 0 || !isTypeName(x))) {
          x = compositeLit(x, startOf(x));
        } else {
          return x;
        }
      }
    }

    /**
     * Go's syntax.StartPos: through selectors and index expressions to their operand (other
     * nodes already hold their start, and a slice expression's pos is its '[' as in Go).
     */
    private static Pos startOf(Expr x) {
      return switch (x) {
        case Expr.Selector s -> startOf(s.x());
        case Expr.Index i -> startOf(i.x());
        default -> x.pos();
      };
    }

    private Expr.CompositeLit compositeLit(Expr type, Pos pos) {
      Tok l = want("{");
      int saved = exprLev;
      exprLev = 0;
      List<Expr> elts = new ArrayList<>();
      while (!is("}")) {
        Expr e = element();
        if (is(":")) {
          Tok colon = next();
          Expr v = element();
          e = new Expr.KeyValue(e, v, colon.pos);
        }
        elts.add(e);
        if (!got(",")) break;
      }
      Tok r = want("}");
      exprLev = saved;
      return new Expr.CompositeLit(type, elts, type == null ? l.pos : pos, r.pos);
    }

    private Expr element() {
      if (is("{")) return compositeLit(null, tok().pos);
      return expr();
    }
  }
}
