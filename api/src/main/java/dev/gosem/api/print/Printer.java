package dev.gosem.api.print;

import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Printer is one printing of a file. It mirrors {@code go/printer} (the package gofmt formats
 * with) for the layout gofmt gives source with one statement per line, so that its output is a
 * fixed point of gofmt. Method names follow go/printer's where they do the same job.
 */
final class Printer {
  // Precedences as go/token has them: binary operators 1..5, then unary, then primary.
  private static final int LOWEST_PREC = 0;
  private static final int UNARY_PREC = 6;
  private static final int HIGHEST_PREC = 7;

  private final StringBuilder out = new StringBuilder();
  private int indent;
  /** A line break was written and the next text still needs the indentation. */
  private boolean atLineStart;
  /**
   * The last token written, if it was an operator or delimiter directly followed by nothing (no
   * whitespace): a following token that would combine with it into another token needs a blank.
   * "INT" stands for an integer literal; "" means anything else.
   */
  private String lastTok = "";

  // ---- output ----

  private void text(String s) {
    if (atLineStart) {
      out.append("\t".repeat(indent));
      atLineStart = false;
    }
    out.append(s);
  }

  /** An identifier or a literal. */
  private void word(String s, boolean intLit) {
    text(s);
    lastTok = intLit ? "INT" : "";
  }

  /** An operator or delimiter token. */
  private void tok(String t) {
    if (mayCombine(lastTok, t.charAt(0))) text(" ");
    text(t);
    lastTok = t;
  }

  private void blank() {
    text(" ");
    lastTok = "";
  }

  private void newline() {
    out.append('\n');
    atLineStart = true;
    lastTok = "";
  }

  /** go/printer's mayCombine: whether two adjacent tokens would read as a different token. */
  private static boolean mayCombine(String prev, char next) {
    return switch (prev) {
      case "INT" -> next == '.';
      case "+" -> next == '+';
      case "-" -> next == '-';
      case "/" -> next == '*';
      case "<" -> next == '-' || next == '<';
      case "&" -> next == '&' || next == '^';
      default -> false;
    };
  }

  // ---- files and declarations ----

  String file(File f) {
    text("package ");
    word(f.packageName(), false);
    List<String> paths = importPaths(f);
    if (!paths.isEmpty()) {
      newline();
      newline();
      text("import ");
      if (paths.size() == 1) {
        text(quoteImport(paths.getFirst()));
      } else {
        text("(");
        indent++;
        for (String path : paths) {
          newline();
          text(quoteImport(path));
        }
        indent--;
        newline();
        text(")");
      }
    }
    for (Decl d : f.decls()) {
      newline();
      newline();
      decl(d);
    }
    newline();
    return out.toString();
  }

  /** gofmt sorts the imports of a group by path and drops duplicates. */
  private static List<String> importPaths(File f) {
    return f.imports().stream()
        .map(Spec.ImportSpec::path)
        .distinct()
        .sorted(Printer::compareBytes)
        .toList();
  }

  /** Go compares strings bytewise (as UTF-8), which differs from Java's UTF-16 order. */
  private static int compareBytes(String a, String b) {
    return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static String quoteImport(String path) {
    return "\"" + path + "\"";
  }

  private void decl(Decl d) {
    switch (d) {
      case Decl.FuncDecl fd -> funcDecl(fd);
      case Decl.GenDecl gd -> genDecl(gd);
      case Decl.TypeDecl td -> notYet(td);
    }
  }

  /** A node kind the printer cannot print yet: say so rather than print wrong Go. */
  private static void notYet(dev.gosem.api.ast.Node n) {
    throw new UnsupportedOperationException("the Go printer does not print " + n.getClass().getSimpleName() + " yet");
  }

  private void funcDecl(Decl.FuncDecl d) {
    text("func ");
    word(d.name(), false);
    parameters(d.params());
    if (!d.results().isEmpty()) {
      blank();
      if (d.results().size() == 1 && d.results().getFirst().name() == null) {
        expr(d.results().getFirst().type());
      } else {
        parameters(d.results());
      }
    }
    // A body whose braces are on different lines is never joined into a one-liner by gofmt.
    blank();
    block(d.body());
  }

  private void parameters(List<Field> fields) {
    tok("(");
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        tok(",");
        blank();
      }
      Field f = fields.get(i);
      if (f.name() != null) {
        word(f.name(), false);
        blank();
      }
      expr(stripParens(f.type()));
    }
    tok(")");
  }

  private void genDecl(Decl.GenDecl d) {
    text(d.kind().token());
    blank();
    List<Spec.ValueSpec> specs = d.specs();
    if (!d.grouped() && specs.size() == 1) {
      valueSpecPlain(specs.getFirst());
      return;
    }
    tok("(");
    if (specs.isEmpty()) {
      tok(")");
      return;
    }
    indent++;
    if (specs.size() == 1) {
      newline();
      valueSpecPlain(specs.getFirst());
    } else {
      alignedSpecs(specs);
    }
    indent--;
    newline();
    tok(")");
  }

  /** A spec on its own: {@code names type = values}, separated by blanks. */
  private void valueSpecPlain(Spec.ValueSpec s) {
    identList(s.names());
    if (s.type() != null) {
      blank();
      expr(s.type());
    }
    if (!s.values().isEmpty()) {
      blank();
      tok("=");
      blank();
      exprList(s.values(), 1);
    }
  }

  private void identList(List<Expr.Ident> names) {
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        tok(",");
        blank();
      }
      word(names.get(i).name(), false);
    }
  }

  /**
   * Two or more specs of a var/const group: gofmt separates names, type and values by tabwriter
   * cells, so they line up in columns (go/printer's valueSpec and keepTypeColumn). A spec that
   * spans several lines (a raw string with a line break) ends the tabwriter section, so the specs
   * after it are aligned on their own.
   */
  private void alignedSpecs(List<Spec.ValueSpec> specs) {
    boolean[] keepType = keepTypeColumn(specs);
    List<TabAligner.Line> section = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec.ValueSpec s = specs.get(i);
      List<String> cells = new ArrayList<>();
      String current = fragment(p -> p.identList(s.names()));
      if (s.type() != null || keepType[i]) {
        cells.add(current);
        current = s.type() == null ? "" : fragment(p -> p.expr(s.type()));
      }
      if (!s.values().isEmpty()) {
        cells.add(current);
        current = fragment(p -> {
          p.tok("=");
          p.blank();
          p.exprList(s.values(), 1);
        });
      }
      section.add(new TabAligner.Line(cells, current));
      if (current.indexOf('\n') >= 0 || i == specs.size() - 1) {
        for (String line : TabAligner.align(section)) {
          newline();
          text(line);
        }
        section.clear();
      }
    }
  }

  /** go/printer's keepTypeColumn: in a run of specs with values, keep the type column if any has a type. */
  private static boolean[] keepTypeColumn(List<Spec.ValueSpec> specs) {
    boolean[] m = new boolean[specs.size()];
    int i0 = -1;
    boolean keepType = false;
    for (int i = 0; i < specs.size(); i++) {
      Spec.ValueSpec t = specs.get(i);
      if (!t.values().isEmpty()) {
        if (i0 < 0) {
          i0 = i;
          keepType = false;
        }
      } else if (i0 >= 0) {
        if (keepType) Arrays.fill(m, i0, i, true);
        i0 = -1;
      }
      if (t.type() != null) keepType = true;
    }
    if (i0 >= 0 && keepType) Arrays.fill(m, i0, specs.size(), true);
    return m;
  }

  /** Text printed by a separate printer, for one tabwriter cell. */
  private static String fragment(Consumer<Printer> body) {
    Printer p = new Printer();
    body.accept(p);
    return p.out.toString();
  }

  // ---- statements ----

  private void block(Stmt.Block b) {
    tok("{");
    stmtList(b.stmts());
    newline();
    tok("}");
  }

  private void stmtList(List<Stmt> list) {
    indent++;
    int last = list.size() - 1;
    while (last >= 0 && list.get(last) instanceof Stmt.Empty) last--;
    for (int i = 0; i <= last; i++) {
      Stmt s = list.get(i);
      if (s instanceof Stmt.Empty) continue; // gofmt drops empty statements
      newline();
      // Unlike go/printer (which compares a count of non-empty statements with the list's
      // length), "last" ignores trailing empty statements: a labeled empty statement then prints
      // as gofmt prints the source it reparses.
      stmt(s, i == last);
    }
    indent--;
  }

  private void stmt(Stmt s, boolean nextIsRBrace) {
    switch (s) {
      case Stmt.Empty e -> {}
      case Stmt.DeclStmt d -> genDecl(d.decl());
      case Stmt.TypeDeclStmt d -> notYet(d);
      case Stmt.Switch d -> notYet(d);
      case Stmt.TypeSwitch d -> notYet(d);
      case Stmt.Defer d -> notYet(d);
      case Stmt.Go d -> notYet(d);
      case Stmt.Labeled l -> {
        // The label sits one level left of the statement, which follows on the next line.
        indent--;
        word(l.label(), false);
        tok(":");
        indent++;
        if (l.stmt() instanceof Stmt.Empty) {
          if (!nextIsRBrace) {
            newline();
            tok(";");
          }
        } else {
          newline();
          stmt(l.stmt(), nextIsRBrace);
        }
      }
      case Stmt.ExprStmt e -> expr0(e.x(), 1);
      case Stmt.IncDec x -> {
        expr0(x.x(), 2);
        tok(x.inc() ? "++" : "--");
      }
      case Stmt.Assign a -> {
        int depth = a.lhs().size() > 1 && a.rhs().size() > 1 ? 2 : 1;
        exprList(a.lhs(), depth);
        blank();
        tok(a.op().token());
        blank();
        exprList(a.rhs(), depth);
      }
      case Stmt.Return r -> {
        text("return");
        lastTok = "";
        if (!r.results().isEmpty()) {
          blank();
          exprList(r.results(), 1);
        }
      }
      case Stmt.Branch b -> {
        text(b.kind().token());
        lastTok = "";
        if (b.label() != null) {
          blank();
          word(b.label(), false);
        }
      }
      case Stmt.Block b -> block(b);
      case Stmt.If x -> {
        text("if");
        controlClause(false, x.init(), x.cond(), null);
        block(x.then());
        if (x.els() != null) {
          blank();
          text("else");
          blank();
          switch (x.els()) {
            case Stmt.Block b -> block(b);
            case Stmt.If elseIf -> stmt(elseIf, nextIsRBrace);
            default -> {
              // Not valid Go; go/printer wraps such an else branch in braces.
              tok("{");
              indent++;
              newline();
              stmt(x.els(), true);
              indent--;
              newline();
              tok("}");
            }
          }
        }
      }
      case Stmt.For f -> {
        text("for");
        controlClause(true, f.init(), f.cond(), f.post());
        block(f.body());
      }
      case Stmt.Range r -> {
        text("for");
        blank();
        if (r.key() != null) {
          expr(r.key());
          if (r.value() != null) {
            tok(",");
            blank();
            expr(r.value());
          }
          blank();
          tok(r.define() ? ":=" : "=");
          blank();
        }
        text("range");
        blank();
        expr(stripParens(r.x()));
        blank();
        block(r.body());
      }
    }
  }

  /**
   * The header of an if or for statement (go/printer's controlClause): semicolons only when there
   * is an init or post statement, parentheses around the condition dropped.
   */
  private void controlClause(boolean isFor, Stmt init, Expr cond, Stmt post) {
    if (init instanceof Stmt.Empty) init = null;
    if (post instanceof Stmt.Empty) post = null;
    blank();
    boolean needsBlank = false;
    if (init == null && post == null) {
      if (cond != null) {
        expr(stripParens(cond));
        needsBlank = true;
      }
    } else {
      if (init != null) stmt(init, false);
      tok(";");
      blank();
      if (cond != null) {
        expr(stripParens(cond));
        needsBlank = true;
      }
      if (isFor) {
        tok(";");
        blank();
        needsBlank = false;
        if (post != null) {
          stmt(post, false);
          needsBlank = true;
        }
      }
    }
    if (needsBlank) blank();
  }

  /** Removes the parentheses around a whole condition, as gofmt does (no composite literals yet). */
  private static Expr stripParens(Expr e) {
    while (e instanceof Expr.Paren p) e = p.x();
    return e;
  }

  // ---- expressions ----

  String exprText(Expr e) {
    expr(e);
    return out.toString();
  }

  private void expr(Expr e) {
    expr1(e, LOWEST_PREC, 1);
  }

  private void expr0(Expr e, int depth) {
    expr1(e, LOWEST_PREC, depth);
  }

  private void exprList(List<Expr> list, int depth) {
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        tok(",");
        blank();
      }
      expr0(list.get(i), depth);
    }
  }

  /**
   * go/printer's expr1: prec1 is the precedence the context binds with (parentheses are needed
   * around a binary expression that binds less tightly), depth says whether binary expressions are
   * printed in normal (1) or compact (greater than 1) mode.
   */
  private void expr1(Expr e, int prec1, int depth) {
    switch (e) {
      case Expr.Ident x -> word(x.name(), false);
      case Expr.BasicLit x -> word(Numbers.normalize(x), x.kind() == Expr.LitKind.INT);
      case Expr.Star x -> notYet(x);
      case Expr.CompositeLit x -> notYet(x);
      case Expr.KeyValue x -> notYet(x);
      case Expr.FuncLit x -> notYet(x);
      case Expr.SliceExpr x -> notYet(x);
      case Expr.TypeAssert x -> notYet(x);
      case Expr.ArrayType x -> notYet(x);
      case Expr.MapType x -> notYet(x);
      case Expr.StructType x -> notYet(x);
      case Expr.InterfaceType x -> notYet(x);
      case Expr.FuncType x -> notYet(x);
      case Expr.Ellipsis x -> notYet(x);
      case Expr.Binary x -> binaryExpr(x, prec1, cutoff(x, depth), depth);
      case Expr.Unary x -> {
        if (UNARY_PREC < prec1) {
          tok("(");
          expr(x);
          tok(")");
        } else {
          tok(x.op().token());
          expr1(x.x(), UNARY_PREC, depth);
        }
      }
      case Expr.Paren x -> {
        if (x.x() instanceof Expr.Paren) {
          // gofmt prints doubled parentheses once
          expr0(x.x(), depth);
        } else {
          tok("(");
          expr0(x.x(), reduceDepth(depth)); // parentheses undo one level of depth
          tok(")");
        }
      }
      case Expr.Selector x -> {
        expr1(x.x(), HIGHEST_PREC, depth);
        tok(".");
        word(x.sel(), false);
      }
      case Expr.Index x -> {
        expr1(x.x(), HIGHEST_PREC, 1);
        tok("[");
        expr0(x.index(), depth + 1);
        tok("]");
      }
      case Expr.Call x -> {
        if (x.args().size() > 1) depth++;
        expr1(x.fun(), HIGHEST_PREC, depth);
        tok("(");
        exprList(x.args(), depth);
        tok(")");
      }
    }
  }

  /*
   * Binary expressions, as go/printer formats them (algorithm by Russ Cox). Depth 1 is "normal
   * mode", deeper is "compact mode" (inside call arguments when there are several, index
   * expressions, right operands, ...). The only decision is whether there are blanks around the
   * operators of precedence 4 (+ - | ^) and 5 (* / % << >> & &^); operators of lower precedence
   * always have blanks. The cutoff is the precedence from which on there are no blanks:
   *
   *  1. If a binary operator has a unary right operand that would clash with it without a blank
   *     ("/*", "&&" from & and unary &, "&^" from & and unary ^: cutoff 6; "++", "--": cutoff 5).
   *  2. Otherwise, a mix of precedence 4 and 5 operators: cutoff 5 in normal mode (a*b + c), 4 in
   *     compact mode (f(a*b+c, d)).
   *  3. Otherwise cutoff 6 (blanks everywhere) in normal mode, 4 (no blanks) in compact mode.
   *
   * Operands of lower precedence than their operator are parenthesized (when the model has no
   * Paren there) and counted as parenthesized expressions, i.e. not looked into.
   */

  private void binaryExpr(Expr.Binary x, int prec1, int cutoff, int depth) {
    int prec = x.op().precedence();
    if (prec < prec1) {
      tok("(");
      expr0(x, reduceDepth(depth)); // parentheses undo one level of depth
      tok(")");
      return;
    }
    boolean printBlank = prec < cutoff;
    expr1(x.x(), prec, depth + diffPrec(x.x(), prec));
    if (printBlank) blank();
    tok(x.op().token());
    if (printBlank) blank();
    expr1(x.y(), prec + 1, depth + 1);
  }

  private static int cutoff(Expr.Binary e, int depth) {
    Walk w = new Walk();
    w.walk(e);
    if (w.maxProblem > 0) return w.maxProblem + 1;
    if (w.has4 && w.has5) return depth == 1 ? 5 : 4;
    return depth == 1 ? 6 : 4;
  }

  /** go/printer's walkBinary. */
  private static final class Walk {
    boolean has4;
    boolean has5;
    int maxProblem;

    void walk(Expr.Binary e) {
      int prec = e.op().precedence();
      if (prec == 4) has4 = true;
      if (prec == 5) has5 = true;
      if (e.x() instanceof Expr.Binary l && l.op().precedence() >= prec) walk(l);
      switch (e.y()) {
        case Expr.Binary r when r.op().precedence() > prec -> walk(r);
        case Expr.Unary r -> {
          String pair = e.op().token() + r.op().token();
          switch (pair) {
            case "/*", "&&", "&^" -> maxProblem = 5;
            case "++", "--" -> maxProblem = Math.max(maxProblem, 4);
            default -> {}
          }
        }
        default -> {}
      }
    }
  }

  private static int diffPrec(Expr e, int prec) {
    return e instanceof Expr.Binary b && b.op().precedence() == prec ? 0 : 1;
  }

  private static int reduceDepth(int depth) {
    return Math.max(1, depth - 1);
  }
}
