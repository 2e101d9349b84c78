package dev.gosem.api.print;

import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Children;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Node;
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
  /**
   * Printing the header of an if, for, switch or range statement outside any brackets, where a
   * composite literal {@code T{...}} of a type name would read as the start of the block: such a
   * literal is parenthesized (the Go spec's "parsing ambiguity" rule).
   */
  private boolean inHeader;

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

  private static String canonical(String constraint) {
    try {
      return dev.gosem.api.buildtags.ConstraintParser.parse(constraint).toString();
    } catch (dev.gosem.api.buildtags.ConstraintSyntaxException e) {
      return constraint;
    }
  }

  String file(File f) {
    if (f.buildConstraint() != null) {
      // gofmt rewrites the line in its canonical spelling; a malformed one is left as written
      text("//go:build " + canonical(f.buildConstraint()));
      newline();
      newline();
    }
    text("package ");
    word(f.packageName(), false);
    List<String> paths = importPaths(f);
    if (!paths.isEmpty()) {
      newline();
      newline();
      text("import ");
      if (paths.size() == 1) {
        text(importLine(paths.getFirst()));
      } else {
        text("(");
        indent++;
        for (String path : paths) {
          newline();
          text(importLine(path));
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
        .sorted((a, b) -> compareBytes(a.path(), b.path()) != 0 ? compareBytes(a.path(), b.path())
            : compareBytes(a.alias() == null ? "" : a.alias(), b.alias() == null ? "" : b.alias()))
        .map(i -> (i.alias() == null ? "" : i.alias() + " ") + "\u0000" + i.path())
        .distinct()
        .toList();
  }

  /** An import as written: {@code "path"} or {@code alias "path"} (importPaths joins them with a NUL). */
  private static String importLine(String aliasAndPath) {
    int nul = aliasAndPath.indexOf('\u0000');
    return aliasAndPath.substring(0, nul) + quoteImport(aliasAndPath.substring(nul + 1));
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
      case Decl.TypeDecl td -> typeDecl(td);
    }
  }

  private void funcDecl(Decl.FuncDecl d) {
    text("func ");
    if (d.recv() != null) {
      parameters(List.of(d.recv()));
      blank();
    }
    word(d.name(), false);
    signature(d.params(), d.results());
    // A body whose braces are on different lines is never joined into a one-liner by gofmt.
    blank();
    block(d.body());
  }

  /** go/printer's signature: the parameters, then a single unnamed result bare or the results in parentheses. */
  private void signature(List<Field> params, List<Field> results) {
    parameters(params);
    if (!results.isEmpty()) {
      blank();
      if (results.size() == 1 && results.getFirst().name() == null) {
        expr(stripParensAlways(results.getFirst().type()));
      } else {
        parameters(results);
      }
    }
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
      expr(stripParensAlways(f.type()));
    }
    tok(")");
  }

  /** A type declaration: one spec after a blank, or a group whose names and types line up in columns. */
  private void typeDecl(Decl.TypeDecl d) {
    text("type");
    blank();
    List<Spec.TypeSpec> specs = d.specs();
    if (!d.grouped() && specs.size() == 1) {
      typeSpec(specs.getFirst());
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
      typeSpec(specs.getFirst());
    } else {
      // go/printer separates name and type by a tabwriter cell (vtab) when a group has several specs.
      List<TabAligner.Line> lines = new ArrayList<>();
      for (Spec.TypeSpec spec : specs) {
        String name = fragment(p -> p.word(spec.name().name(), false));
        String type = fragment(p -> p.typeSpecType(spec));
        lines.add(new TabAligner.Line(List.of(name), type));
      }
      emitAligned(lines);
    }
    indent--;
    newline();
    tok(")");
  }

  private void typeSpec(Spec.TypeSpec spec) {
    word(spec.name().name(), false);
    blank();
    typeSpecType(spec);
  }

  /** The part of a type spec after its name; a declared struct or interface gets one line per field. */
  private void typeSpecType(Spec.TypeSpec spec) {
    if (spec.alias()) {
      tok("=");
      blank();
    }
    switch (spec.type()) {
      case Expr.StructType st -> fieldList("struct", st.fields(), true, true);
      case Expr.InterfaceType it -> fieldList("interface", it.methods(), false, true);
      default -> expr(spec.type());
    }
  }

  /**
   * A struct's fields or an interface's methods (go/printer's fieldList). Empty lists print as
   * {@code struct{}}. A non-empty list prints one field per line, except where the printer may
   * choose (outside type declarations) and go/printer keeps a single small field on one line:
   * {@code struct{ X int }}. Struct field names and types line up in columns when there are
   * several fields; a field that spans several lines ends the column section.
   */
  private void fieldList(String keyword, List<Field> fields, boolean isStruct, boolean declared) {
    text(keyword);
    if (fields.isEmpty()) {
      tok("{");
      tok("}");
      return;
    }
    if (!declared && oneLineFieldList(fields)) {
      tok("{");
      blank();
      field(fields.getFirst(), isStruct);
      blank();
      tok("}");
      return;
    }
    blank();
    tok("{");
    indent++;
    if (isStruct && fields.size() > 1) {
      List<TabAligner.Line> lines = new ArrayList<>();
      for (Field f : fields) {
        if (f.name() == null) {
          lines.add(new TabAligner.Line(List.of(), fragment(p -> p.expr(f.type()))));
        } else {
          lines.add(new TabAligner.Line(List.of(f.name()), fragment(p -> p.expr(f.type()))));
        }
      }
      emitAligned(lines);
    } else {
      for (Field f : fields) {
        newline();
        field(f, isStruct);
      }
    }
    indent--;
    newline();
    tok("}");
  }

  /** A field on its own: {@code name type}, an embedded type, or a method {@code name(params) results}. */
  private void field(Field f, boolean isStruct) {
    if (f.name() == null) {
      expr(f.type());
    } else if (isStruct) {
      word(f.name(), false);
      blank();
      expr(f.type());
    } else {
      word(f.name(), false);
      Expr.FuncType ft = (Expr.FuncType) f.type();
      signature(ft.params(), ft.results());
    }
  }

  /** go/printer's isOneLineFieldList: one field whose type is at most 30 bytes on one line (29 if named). */
  private boolean oneLineFieldList(List<Field> fields) {
    if (fields.size() != 1) return false;
    Field f = fields.getFirst();
    String type = new Printer().exprText(f.type());
    if (type.indexOf('\n') >= 0) return false;
    int size = type.getBytes(StandardCharsets.UTF_8).length + (f.name() != null ? 1 : 0);
    return size <= 30;
  }

  /**
   * Writes lines of tabwriter cells, one per line, aligned in columns. A line whose text goes on
   * over several lines (a multi-line struct type, a function literal) ends the section: the
   * lines after it are aligned on their own, as go/printer's formfeed makes them.
   */
  private void emitAligned(List<TabAligner.Line> lines) {
    List<TabAligner.Line> section = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TabAligner.Line line = lines.get(i);
      section.add(line);
      if (line.trailing().indexOf('\n') >= 0 || i == lines.size() - 1) {
        for (String out : TabAligner.align(section)) {
          newline();
          text(out);
        }
        section.clear();
      }
    }
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
    List<TabAligner.Line> lines = new ArrayList<>();
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
      lines.add(new TabAligner.Line(cells, current));
    }
    emitAligned(lines);
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

  /**
   * Text printed by a separate printer, for one tabwriter cell or the text after the cells; its
   * lines after the first are indented as this printer's current line.
   */
  private String fragment(Consumer<Printer> body) {
    Printer p = new Printer();
    p.indent = indent;
    body.accept(p);
    return p.out.toString();
  }

  // ---- statements ----

  private void block(Stmt.Block b) {
    tok("{");
    stmtList(b.stmts(), true);
    newline();
    tok("}");
  }

  private void stmtList(List<Stmt> list, boolean nextIsRBrace) {
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
      stmt(s, nextIsRBrace && i == last);
    }
    indent--;
  }

  /** The body of a switch: clauses at the switch's indentation, their statements one level in. */
  private void caseBlock(List<Stmt.CaseClause> clauses) {
    tok("{");
    for (int i = 0; i < clauses.size(); i++) {
      Stmt.CaseClause c = clauses.get(i);
      newline();
      if (c.isDefault()) {
        text("default");
      } else {
        text("case");
        blank();
        exprList(c.list(), 1);
      }
      tok(":");
      stmtList(c.body(), i == clauses.size() - 1);
    }
    newline();
    tok("}");
  }

  private void stmt(Stmt s, boolean nextIsRBrace) {
    switch (s) {
      case Stmt.Empty e -> {}
      case Stmt.DeclStmt d -> genDecl(d.decl());
      case Stmt.TypeDeclStmt d -> typeDecl(d.decl());
      case Stmt.Switch sw -> {
        text("switch");
        controlClause(false, sw.init(), sw.tag(), null);
        caseBlock(sw.clauses());
      }
      case Stmt.TypeSwitch sw -> {
        text("switch");
        boolean saved = inHeader;
        inHeader = true;
        if (sw.init() != null && !(sw.init() instanceof Stmt.Empty)) {
          blank();
          stmt(sw.init(), false);
          tok(";");
        }
        blank();
        if (sw.bind() != null) {
          word(sw.bind().name(), false);
          blank();
          tok(":=");
          blank();
        }
        expr1(sw.x(), HIGHEST_PREC, 1);
        tok(".");
        tok("(");
        text("type");
        tok(")");
        inHeader = saved;
        blank();
        caseBlock(sw.clauses());
      }
      case Stmt.Defer d -> {
        text("defer");
        blank();
        expr(d.call());
      }
      case Stmt.Go g -> {
        text("go");
        blank();
        expr(g.call());
      }
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
          // go/printer's indentList: several results spanning several lines each are indented wholesale.
          boolean indentList = r.results().stream().filter(e -> fragment(p -> p.expr(e)).indexOf('\n') >= 0).count() > 1;
          if (indentList) indent++;
          exprList(r.results(), 1);
          if (indentList) indent--;
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
        boolean saved = inHeader;
        inHeader = true;
        expr(stripParens(r.x()));
        inHeader = saved;
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
    boolean saved = inHeader;
    inHeader = true;
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
    inHeader = saved;
    if (needsBlank) blank();
  }

  /**
   * go/printer's stripParens: removes the parentheses around a whole condition unless they
   * enclose a composite literal of a type name (outside further parentheses), which needs them.
   */
  private static Expr stripParens(Expr e) {
    while (e instanceof Expr.Paren p && !hasTypeNameLiteral(p.x())) e = p.x();
    return e;
  }

  /**
   * Whether e, as this printer prints it outside a statement header, shows a composite literal of
   * a type name that is not inside parentheses: go/printer keeps parentheses around such a
   * condition. Literals in the headers of statements nested in function literals are
   * parenthesized by this printer, so they do not count (go/printer's walk stops at parentheses).
   */
  private static boolean hasTypeNameLiteral(Expr e) {
    return new LiteralFinder().find(e, false);
  }

  /**
   * The walk of {@link #hasTypeNameLiteral}; {@code header} mirrors the printer's inHeader, and
   * operands the printer parenthesizes for precedence count as parenthesized.
   */
  private static final class LiteralFinder {
    boolean find(Node n, boolean header) {
      return switch (n) {
        case null -> false;
        case Expr.Paren p -> false;
        case Expr.CompositeLit cl when isTypeName(cl.type()) -> !header;
        case Expr.CompositeLit cl -> false; // go/printer does not look into other literals
        case Expr.Call c -> operand(c.fun(), HIGHEST_PREC, header) || any(c.args(), false);
        case Expr.Selector s -> operand(s.x(), HIGHEST_PREC, header);
        case Expr.Index i -> operand(i.x(), HIGHEST_PREC, header) || find(i.index(), false);
        case Expr.SliceExpr se -> operand(se.x(), HIGHEST_PREC, header)
            || find(se.lo(), false) || find(se.hi(), false) || find(se.max(), false);
        case Expr.TypeAssert ta -> operand(ta.x(), HIGHEST_PREC, header);
        case Expr.Binary b -> operand(b.x(), b.op().precedence(), header) || operand(b.y(), b.op().precedence() + 1, header);
        case Expr.Unary u -> operand(u.x(), UNARY_PREC, header);
        case Expr.Star st -> operand(st.x(), UNARY_PREC, header);
        case Expr.FuncLit fl -> find(fl.body(), false);
        case Stmt.If i -> find(i.init(), true) || find(i.cond(), true) || find(i.then(), false) || find(i.els(), false);
        case Stmt.For f -> find(f.init(), true) || find(f.cond(), true) || find(f.post(), true) || find(f.body(), false);
        case Stmt.Range r -> find(r.x(), true) || find(r.body(), false);
        case Stmt.Switch sw -> find(sw.init(), true) || find(sw.tag(), true) || any(sw.clauses(), false);
        case Stmt.TypeSwitch sw -> find(sw.init(), true) || find(sw.x(), true) || any(sw.clauses(), false);
        default -> any(Children.of(n), header);
      };
    }

    /** An operand printed in a context of precedence prec1: in parentheses if it binds less tightly. */
    private boolean operand(Expr x, int prec1, boolean header) {
      boolean parens = switch (x) {
        case Expr.Binary b -> b.op().precedence() < prec1;
        case Expr.Unary u -> UNARY_PREC < prec1;
        case Expr.Star st -> UNARY_PREC < prec1;
        case null, default -> false;
      };
      return !parens && find(x, header);
    }

    private boolean any(List<? extends Node> nodes, boolean header) {
      for (Node c : nodes) if (find(c, header)) return true;
      return false;
    }
  }

  private static boolean isTypeName(Expr e) {
    return switch (e) {
      case Expr.Ident i -> true;
      case Expr.Selector s -> isTypeName(s.x());
      case null, default -> false;
    };
  }

  private static Expr stripParensAlways(Expr e) {
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
      case Expr.Star x -> {
        // go/printer prints the operand at depth 1; an operand of lower precedence than unary
        // (only possible in a built tree) gets parentheses.
        if (UNARY_PREC < prec1) {
          tok("(");
          tok("*");
          expr1(x.x(), UNARY_PREC, 1);
          tok(")");
        } else {
          tok("*");
          expr1(x.x(), UNARY_PREC, 1);
        }
      }
      case Expr.CompositeLit x -> {
        if (inHeader && isTypeName(x.type())) {
          // T{...} right before a block would start the block: the spec requires parentheses
          tok("(");
          inHeader = false;
          compositeLit(x, depth);
          inHeader = true;
          tok(")");
        } else {
          compositeLit(x, depth);
        }
      }
      case Expr.KeyValue x -> {
        expr(x.key());
        tok(":");
        blank();
        expr(x.value());
      }
      case Expr.FuncLit x -> funcLit(x);
      case Expr.SliceExpr x -> sliceExpr(x, depth);
      case Expr.TypeAssert x -> {
        expr1(x.x(), HIGHEST_PREC, depth);
        tok(".");
        tok("(");
        boolean saved = inHeader;
        inHeader = false;
        if (x.type() != null) {
          expr(x.type());
        } else {
          text("type");
        }
        inHeader = saved;
        tok(")");
      }
      case Expr.ArrayType x -> {
        tok("[");
        if (x.len() != null) {
          boolean saved = inHeader;
          inHeader = false;
          expr(x.len());
          inHeader = saved;
        }
        tok("]");
        expr(x.elem());
      }
      case Expr.MapType x -> {
        text("map");
        lastTok = "";
        tok("[");
        boolean saved = inHeader;
        inHeader = false;
        expr(x.key());
        inHeader = saved;
        tok("]");
        expr(x.value());
      }
      case Expr.StructType x -> fieldList("struct", x.fields(), true, false);
      case Expr.InterfaceType x -> fieldList("interface", x.methods(), false, false);
      case Expr.FuncType x -> {
        text("func");
        lastTok = "";
        signature(x.params(), x.results());
      }
      case Expr.Ellipsis x -> {
        tok("...");
        if (x.elem() != null) expr(x.elem());
      }
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
          boolean saved = inHeader;
          inHeader = false;
          expr0(x.x(), reduceDepth(depth)); // parentheses undo one level of depth
          inHeader = saved;
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
        boolean saved = inHeader;
        inHeader = false;
        expr0(x.index(), depth + 1);
        inHeader = saved;
        tok("]");
      }
      case Expr.Call x -> {
        if (x.args().size() > 1) depth++;
        if (x.fun() instanceof Expr.FuncType || endsInBareFuncType(x.fun())) {
          // conversions to literal function types require parentheses around the type, and so do
          // (in a built tree) types ending in one without results: []func()(x) reads as a result list
          tok("(");
          expr1(x.fun(), HIGHEST_PREC, depth);
          tok(")");
        } else {
          expr1(x.fun(), HIGHEST_PREC, depth);
        }
        tok("(");
        boolean saved = inHeader;
        inHeader = false;
        exprList(x.args(), depth);
        if (x.ellipsis()) tok("...");
        inHeader = saved;
        tok(")");
      }
    }
  }

  /** Whether a type literal ends in {@code func(...)} without results, which a following ( would extend. */
  private static boolean endsInBareFuncType(Expr t) {
    return switch (t) {
      case Expr.ArrayType a -> endsInBareFuncType(a.elem()) || a.elem() instanceof Expr.FuncType f && endsOpen(f);
      case Expr.MapType m -> endsInBareFuncType(m.value()) || m.value() instanceof Expr.FuncType f && endsOpen(f);
      case Expr.Ellipsis e -> false;
      default -> false;
    };
  }

  /** Whether a function type's last token could continue with a parenthesized result list. */
  private static boolean endsOpen(Expr.FuncType f) {
    if (f.results().isEmpty()) return true;
    if (f.results().size() == 1 && f.results().getFirst().name() == null) {
      Expr r = f.results().getFirst().type();
      return r instanceof Expr.FuncType rf ? endsOpen(rf) : endsInBareFuncType(r);
    }
    return false;
  }

  private void compositeLit(Expr.CompositeLit x, int depth) {
    if (x.type() != null) expr1(x.type(), HIGHEST_PREC, depth);
    tok("{");
    boolean saved = inHeader;
    inHeader = false;
    exprList(x.elts(), 1);
    inHeader = saved;
    tok("}");
  }

  /**
   * A function literal. A body with statements goes on lines of its own; an empty one is
   * {@code {}} when gofmt would keep it on the line (the header is on one line, at most 100
   * bytes wide).
   */
  private void funcLit(Expr.FuncLit x) {
    boolean saved = inHeader;
    inHeader = false;
    int start = out.length();
    text("func");
    lastTok = "";
    signature(x.type().params(), x.type().results());
    String header = out.substring(start);
    blank();
    // go/printer's funcBody: a header on more than one line counts as infinitely wide
    boolean fits = header.indexOf('\n') < 0 && header.getBytes(StandardCharsets.UTF_8).length <= 100;
    if (x.body().stmts().stream().allMatch(st -> st instanceof Stmt.Empty) && fits) {
      tok("{");
      tok("}");
    } else {
      block(x.body());
    }
    inHeader = saved;
  }

  /** go/printer's slice expression: blanks around the colons at depth 1 when a bound is binary and there are two or more. */
  private void sliceExpr(Expr.SliceExpr x, int depth) {
    expr1(x.x(), HIGHEST_PREC, 1);
    tok("[");
    boolean saved = inHeader;
    inHeader = false;
    List<Expr> indices = new ArrayList<>(Arrays.asList(x.lo(), x.hi()));
    if (x.slice3() || x.max() != null) indices.add(x.max());
    boolean needsBlanks = false;
    if (depth <= 1) {
      int count = 0;
      boolean binaries = false;
      for (Expr e : indices) {
        if (e != null) {
          count++;
          if (e instanceof Expr.Binary) binaries = true;
        }
      }
      needsBlanks = count > 1 && binaries;
    }
    for (int i = 0; i < indices.size(); i++) {
      Expr e = indices.get(i);
      if (i > 0) {
        if (indices.get(i - 1) != null && needsBlanks) blank();
        tok(":");
        if (e != null && needsBlanks) blank();
      }
      if (e != null) expr0(e, depth + 1);
    }
    inHeader = saved;
    tok("]");
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
        case Expr.Star r -> {
          if (e.op() == BinaryOp.QUO) maxProblem = 5; // "/*" would start a comment
        }
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
