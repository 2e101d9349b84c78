package dev.gosem.api.build;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The fluent builder: positions, immutability of what it builds, and misuse. */
class BuilderTest {
  private static final String SELF = "BuilderTest.java";

  /** The line of the caller, to compare with the positions the builder records. */
  private static int here() {
    return StackWalker.getInstance().walk(s -> s.skip(1).findFirst().orElseThrow().getLineNumber());
  }

  private static Program mainOnly(Consumer<FuncBuilder> body) {
    return Go.program("t", p -> p.file("main.go", f -> f.func("main", body)));
  }

  private static Decl.FuncDecl func(Program p, int i) {
    return (Decl.FuncDecl) p.files().getFirst().decls().get(i);
  }

  private static void assertAt(Pos pos, int line) {
    assertThat(pos.file()).isEqualTo(SELF);
    assertThat(pos.file()).endsWith(".java");
    assertThat(pos.line()).isEqualTo(line);
    assertThat(pos.col()).isZero();
  }

  // ---- positions ----

  @Test
  void nodesCarryTheJavaCallSite() {
    int[] lines = new int[12];
    Var[] vars = new Var[2];
    Ex[] exprs = new Ex[2];
    Program p = Go.program("t", prog -> {
      lines[0] = here(); prog.file("main.go", f -> {
        lines[1] = here(); f.imports("fmt");
        lines[2] = here(); f.var("g", Types.INT, 1);
        lines[3] = here(); f.func("main", m -> {
          lines[4] = here(); vars[0] = m.define("x", 1);
          lines[5] = here(); exprs[0] = vars[0].add(2);
          lines[6] = here(); m.assign(vars[0], exprs[0]);
          lines[7] = here(); m.ifThen(vars[0].gt(1), t -> {
            lines[8] = here(); t.call(fmtPrintln("big"));
          }).orElse(e -> {});
          lines[9] = here(); m.rangeInt("i", 3, (b, i) -> vars[1] = i);
          lines[10] = here(); m.label("L").forever(b -> b.brk("L"));
          lines[11] = here(); exprs[1] = call("f", 1, 2);
        });
      });
    });
    File f = p.files().getFirst();
    assertAt(f.pos(), lines[0]);
    assertAt(f.imports().getFirst().pos(), lines[1]);
    assertAt(f.decls().get(0).pos(), lines[2]);
    Decl.FuncDecl main = func(p, 1);
    assertAt(main.pos(), lines[3]);
    List<Stmt> body = main.body().stmts();
    Stmt.Assign define = (Stmt.Assign) body.get(0);
    assertAt(define.pos(), lines[4]);
    assertAt(define.lhs().getFirst().pos(), lines[4]);
    assertAt(define.rhs().getFirst().pos(), lines[4]);
    assertAt(vars[0].expr().pos(), lines[4]);
    assertAt(exprs[0].expr().pos(), lines[5]);
    Stmt.Assign assign = (Stmt.Assign) body.get(1);
    assertAt(assign.pos(), lines[6]);
    Stmt.If ifStmt = (Stmt.If) body.get(2);
    assertAt(ifStmt.pos(), lines[7]);
    assertAt(ifStmt.cond().pos(), lines[7]);
    assertAt(ifStmt.then().stmts().getFirst().pos(), lines[8]);
    assertAt(((Expr.Call) ((Stmt.ExprStmt) ifStmt.then().stmts().getFirst()).x()).pos(), lines[8]);
    assertAt(body.get(3).pos(), lines[9]);
    assertAt(vars[1].expr().pos(), lines[9]);
    Stmt.Labeled labeled = (Stmt.Labeled) body.get(4);
    assertAt(labeled.pos(), lines[10]);
    assertAt(labeled.stmt().pos(), lines[10]);
    assertAt(exprs[1].expr().pos(), lines[11]);
  }

  @Test
  void anExplicitPositionWinsOverTheCallSite() {
    Program p = mainOnly(m -> m.at("prog.go", 7, 3).println(1).println(2));
    List<Stmt> body = func(p, 0).body().stmts();
    assertThat(body.get(0).pos()).isEqualTo(new Pos("prog.go", 7, 3));
    assertThat(body.get(1).pos().file()).isEqualTo(SELF);
    Ex moved = id("x").at(new Pos("g.go", 1, 2));
    assertThat(moved.expr().pos()).isEqualTo(new Pos("g.go", 1, 2));
  }

  // ---- immutability ----

  @Test
  void theBuiltProgramIsImmutable() {
    Program p = Go.program("t", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.var("g", Types.INT, 1);
      f.func("divmod", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        fn.results(Types.INT, Types.INT);
        fn.ret(a.div(b), a.rem(b));
      });
      f.func("main", m -> {
        m.define(Go.names("q", "r"), call("divmod", 7, 2));
        m.call(fmtPrintln(id("q"), id("r")));
      });
    }));
    File f = p.files().getFirst();
    Decl.FuncDecl divmod = func(p, 1);
    Decl.FuncDecl main = func(p, 2);
    Stmt.Assign define = (Stmt.Assign) main.body().stmts().get(0);
    Expr.Call call = (Expr.Call) define.rhs().getFirst();
    Decl.GenDecl g = (Decl.GenDecl) f.decls().get(0);
    Spec.ValueSpec spec = g.specs().getFirst();
    Stmt.Return ret = (Stmt.Return) divmod.body().stmts().getFirst();
    List<List<?>> lists = List.of(p.files(), f.imports(), f.decls(), divmod.params(), divmod.results(),
        main.body().stmts(), define.lhs(), define.rhs(), call.args(), g.specs(), spec.names(), spec.values(),
        ret.results());
    for (List<?> list : lists) {
      @SuppressWarnings("unchecked")
      List<Object> l = (List<Object>) list;
      assertThatThrownBy(() -> l.add(null)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(l::clear).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void theModelCopiesTheListsItIsGiven() {
    List<Stmt> stmts = new ArrayList<>();
    Stmt.Block block = new Stmt.Block(stmts, Pos.NONE, Pos.NONE);
    stmts.add(new Stmt.Empty(Pos.NONE));
    assertThat(block.stmts()).isEmpty();
  }

  @Test
  void buildersUsedAfterTheirBlockIsBuiltFailInsteadOfLosingStatements() {
    BlockBuilder[] kept = new BlockBuilder[1];
    IfChain[] chain = new IfChain[1];
    Program p = mainOnly(m -> {
      m.block(in -> kept[0] = in);
      m.block(in -> chain[0] = in.ifThen(true, t -> {}));
    });
    assertThatThrownBy(() -> kept[0].println(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already built");
    assertThatThrownBy(() -> chain[0].orElse(e -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already built");
    assertThat(func(p, 0).body().stmts()).hasSize(2);
  }

  // ---- misuse ----

  @Test
  void nothingMayFollowAnElse() {
    assertThatThrownBy(() -> mainOnly(m -> {
      IfChain c = m.ifThen(true, t -> {});
      c.orElse(e -> {});
      c.elseIf(false, t -> {});
    })).isInstanceOf(IllegalStateException.class)
        .hasMessage("this if already has an else; nothing can follow it");
    assertThatThrownBy(() -> mainOnly(m -> {
      IfChain c = m.ifThen(true, t -> {});
      c.orElse(e -> {});
      c.orElse(e -> {});
    })).isInstanceOf(IllegalStateException.class)
        .hasMessage("this if already has an else; nothing can follow it");
  }

  @Test
  void aForLoopNeedsABody() {
    assertThatThrownBy(() -> mainOnly(m -> m.forLoop(l -> l.cond(true))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("for loop has no body; call body(b -> ...)");
  }

  @Test
  void aLabelNeedsAStatement() {
    assertThatThrownBy(() -> mainOnly(m -> m.label("dangling")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("label dangling needs a statement after it");
    assertThatThrownBy(() -> mainOnly(m -> m.block(in -> in.println(1).label("end"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("label end needs a statement after it");
    assertThatThrownBy(() -> mainOnly(m -> m.ifInit(s -> {
      s.label("L");
      return Go.lit(true);
    }, t -> {}))).isInstanceOf(IllegalStateException.class).hasMessage("a label needs a statement after it");
  }

  @Test
  void twoLabelsLabelTheSameStatement() {
    Program p = mainOnly(m -> m.label("a").label("b").forever(b -> b.brk("a")));
    Stmt.Labeled a = (Stmt.Labeled) func(p, 0).body().stmts().getFirst();
    assertThat(a.label()).isEqualTo("a");
    Stmt.Labeled b = (Stmt.Labeled) a.stmt();
    assertThat(b.label()).isEqualTo("b");
    assertThat(b.stmt()).isInstanceOf(Stmt.For.class);
  }

  @Test
  void clausesTakeExactlyOneStatement() {
    assertThatThrownBy(() -> mainOnly(m -> m.forLoop(l -> {
      l.init().define("i", 0).expr();
      l.init().define("j", 0);
      l.body(b -> {});
    }))).isInstanceOf(IllegalStateException.class)
        .hasMessage("the init clause must be exactly one simple statement, got 2");
    assertThatThrownBy(() -> mainOnly(m -> m.ifInit(s -> Go.lit(true), t -> {})))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the if clause must be exactly one simple statement, got 0");
  }

  @Test
  void otherMisuse() {
    assertThatThrownBy(() -> Go.program("empty", p -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no files");
    assertThatThrownBy(() -> Go.program("t", p -> p.file("main.java", f -> {})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must end in .go");
    assertThatThrownBy(() -> mainOnly(m -> m.println((Object) null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("null is not a Go expression");
    assertThatThrownBy(() -> Go.program("t", p -> p.file("main.go", f -> f.func("f", fn -> {
      fn.result(Types.INT);
      fn.namedResult("r", Types.INT);
    })))).isInstanceOf(IllegalStateException.class).hasMessage("f: cannot mix named and unnamed results");
    assertThatThrownBy(() -> Go.program("t", p -> p.goVersion("1.22")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("go1.N");
    assertThatThrownBy(() -> Go.lit(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
