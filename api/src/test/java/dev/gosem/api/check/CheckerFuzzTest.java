package dev.gosem.api.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Stmt;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets diagnostics, never an exception from inside the checker: random token-level
 * mutations of the valid and invalid test programs, and model shapes no parser produces.
 * (During development the same mutations were compared with go build's output, which is how
 * several of the checker's finer points were found.)
 */
class CheckerFuzzTest {
  private static final String[] SNIPPETS = {
      "1", "\"s\"", "nil", "1.5", "'c'", "true", "x", "int", "string", "[]int", "*", "&", "[0]", ".X",
      "()", "[1:]", ".(int)", "{}", "...", "map[int]int", "struct{}", "func()", "interface{}", "_",
      "p", "s", "m", "T", "err", "i", "n", "v", "b", "iota", "len", "append", "new", "make"};

  @Test
  void mutatedProgramsGetDiagnosticsNotExceptions() {
    List<CheckCases.Case> corpus = new ArrayList<>(CheckCases.ok().toList());
    corpus.addAll(CheckCases.errors().toList());
    Random rnd = new Random(20261129);
    int checked = 0;
    for (int it = 0; it < 2000; it++) {
      CheckCases.Case c = corpus.get(rnd.nextInt(corpus.size()));
      String src = mutate(c.source(), rnd);
      Program p;
      try {
        p = GoSource.program(src);
      } catch (RuntimeException e) {
        continue; // not parseable: the test parser's limit, not the checker's
      }
      checked++;
      try {
        TypeChecker.check(p);
      } catch (CompileException e) {
        // the expected outcome for most mutants
      } catch (RuntimeException e) {
        fail("checker crashed on a mutant of " + c.name() + ":\n" + src, e);
      }
    }
    assertThat(checked).isGreaterThan(250);
  }

  /** Replaces, deletes or duplicates one token. */
  private static String mutate(String src, Random rnd) {
    List<GoSource.Tok> toks = new ArrayList<>();
    for (GoSource.Tok t : GoSource.scan("main.go", src)) {
      if (t.kind() != GoSource.T.EOF && !(t.kind() == GoSource.T.SEMI && t.text().equals("\n"))) toks.add(t);
    }
    GoSource.Tok t = toks.get(rnd.nextInt(toks.size()));
    String repl = switch (rnd.nextInt(4)) {
      case 0 -> "";
      case 1 -> toks.get(rnd.nextInt(toks.size())).text();
      case 2 -> t.text() + " " + toks.get(rnd.nextInt(toks.size())).text();
      default -> SNIPPETS[rnd.nextInt(SNIPPETS.length)];
    };
    byte[] b = src.getBytes(StandardCharsets.UTF_8);
    int off = 0;
    for (int line = 1; line < t.pos().line(); off++) if (b[off] == '\n') line++;
    int start = off + t.pos().col() - 1;
    int len = t.text().getBytes(StandardCharsets.UTF_8).length;
    return new String(b, 0, start, StandardCharsets.UTF_8) + repl
        + new String(b, start + len, b.length - start - len, StandardCharsets.UTF_8);
  }

  private static final Pos P = new Pos("main.go", 3, 2);

  private static Expr.Ident id(String n) {
    return new Expr.Ident(n, P);
  }

  private static Program mainWith(Stmt... stmts) {
    Stmt.Block body = new Stmt.Block(List.of(stmts), P, P);
    Decl.FuncDecl main = new Decl.FuncDecl("main", List.of(), List.of(), body, P);
    return new Program("t", List.of(new File("main.go", "main", List.of(), List.of(main), P)), "go1.22");
  }

  private static Stmt use(Expr e) {
    return new Stmt.Assign(List.of(id("_")), AssignOp.ASSIGN, List.of(e), P);
  }

  /** Shapes the model allows but no Go parser would produce. */
  @Test
  void oddModelShapesGetDiagnostics() {
    Expr lit = new Expr.BasicLit(Expr.LitKind.INT, "1", P);
    List<Program> odd = List.of(
        mainWith(use(new Expr.KeyValue(lit, lit, P))),
        mainWith(use(new Expr.Ellipsis(id("int"), P))),
        mainWith(use(new Expr.Ellipsis(null, P))),
        mainWith(use(new Expr.TypeAssert(lit, null, P))),
        mainWith(use(new Expr.CompositeLit(null, List.of(lit), P))),
        mainWith(use(new Expr.CompositeLit(new Expr.ArrayType(new Expr.Ellipsis(null, P), id("int"), P),
            List.of(new Expr.KeyValue(id("x"), lit, P)), P))),
        mainWith(use(new Expr.FuncLit(new Expr.FuncType(List.of(), List.of(new Field(null, id("int"), P)), P), null, P))),
        mainWith(use(new Expr.SliceExpr(new Expr.CompositeLit(new Expr.ArrayType(null, id("int"), P), List.of(), P),
            null, null, null, true, P))),
        mainWith(use(new Expr.Call(id("len"), List.of(), true, P))),
        mainWith(use(new Expr.Index(id("int"), lit, P))),
        mainWith(use(new Expr.Star(new Expr.Star(id("int"), P), P))),
        mainWith(use(new Expr.StructType(List.of(new Field(null, new Expr.ArrayType(null, id("int"), P), P)), P))),
        mainWith(use(new Expr.InterfaceType(List.of(new Field("M", id("int"), P)), P))),
        mainWith(use(new Expr.FuncType(List.of(new Field("a", new Expr.Ellipsis(id("int"), P), P),
            new Field("b", id("int"), P)), List.of(new Field(null, new Expr.Ellipsis(id("int"), P), P)), P))),
        mainWith(new Stmt.Branch(Stmt.BranchKind.FALLTHROUGH, null, P)),
        mainWith(new Stmt.TypeSwitch(null, id("_"), lit, List.of(new Stmt.CaseClause(List.of(lit), List.of(), P)), P)),
        mainWith(new Stmt.Switch(null, lit, List.of(new Stmt.CaseClause(List.of(id("int")), List.of(), P),
            new Stmt.CaseClause(List.of(), List.of(), P), new Stmt.CaseClause(List.of(), List.of(), P)), P)),
        mainWith(new Stmt.Range(new Expr.Index(id("x"), lit, P), null, true, lit, new Stmt.Block(List.of(), P, P), P)),
        mainWith(new Stmt.Range(null, null, false, id("nil"), new Stmt.Block(List.of(), P, P), P)),
        mainWith(new Stmt.Defer(new Expr.Call(id("undefined"), List.of(), P), P)),
        mainWith(new Stmt.TypeDeclStmt(new Decl.TypeDecl(List.of(new dev.gosem.api.ast.Spec.TypeSpec(id("T"), false,
            new Expr.MapType(id("T"), id("T"), P), P)), false, P), P)),
        mainWith(new Stmt.Labeled("L", new Stmt.Labeled("L", new Stmt.Empty(P), P), P)));
    for (Program p : odd) {
      try {
        TypeChecker.check(p);
      } catch (CompileException e) {
        assertThat(e.diagnostics()).isNotEmpty();
      } catch (RuntimeException e) {
        fail("checker crashed on " + p.files().getFirst().decls(), e);
      }
    }
  }
}
