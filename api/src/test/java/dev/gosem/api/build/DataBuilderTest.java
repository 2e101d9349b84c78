package dev.gosem.api.build;

import static dev.gosem.api.build.Go.elems;
import static dev.gosem.api.build.Go.embed;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.iface;
import static dev.gosem.api.build.Go.iota;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.method;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Node;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The builder for the data model: positions, type handles, immutability and misuse. */
class DataBuilderTest {
  private static final String SELF = "DataBuilderTest.java";

  private static int here() {
    return StackWalker.getInstance().walk(s -> s.skip(1).findFirst().orElseThrow().getLineNumber());
  }

  private static void assertAt(Pos pos, int line) {
    assertThat(pos.file()).isEqualTo(SELF);
    assertThat(pos.line()).isEqualTo(line);
  }

  private static Program file(Consumer<FileBuilder> body) {
    return Go.program("t", p -> p.file("main.go", body));
  }

  private static Program mainOnly(Consumer<FuncBuilder> body) {
    return file(f -> f.func("main", body));
  }

  private static List<Stmt> mainBody(Program p) {
    for (Decl d : p.files().getFirst().decls()) {
      if (d instanceof Decl.FuncDecl fd && fd.name().equals("main")) return fd.body().stmts();
    }
    throw new AssertionError("no main");
  }

  // ---- positions ----

  @Test
  void declarationsAndStatementsCarryTheJavaCallSite() {
    int[] lines = new int[12];
    Program p = file(f -> {
      lines[0] = here(); Named point = f.type("Point", struct(field("X", INT)));
      lines[1] = here(); f.method(recv("p", ptr(point)), "M", fn -> {});
      lines[2] = here(); f.constGroup(c -> c.constant("A", iota()).next("B"));
      f.func("main", m -> {
        lines[3] = here(); m.switchOn(1, sw -> sw
            .caseOf(1, c -> {})
            .defaultCase(c -> {}));
        lines[4] = here(); m.typeSwitch("v", id("x"), sw -> sw.caseOf(INT, (c, v) -> {}));
        lines[5] = here(); m.rangeOver(id("s"), "k", "v", (b, k, v) -> {});
        lines[6] = here(); m.defer(fmtPrintln());
        lines[7] = here(); m.type("Local", INT);
      });
    });
    List<Decl> decls = p.files().getFirst().decls();
    Decl.TypeDecl type = (Decl.TypeDecl) decls.get(0);
    assertAt(type.pos(), lines[0]);
    assertAt(type.specs().getFirst().type().pos(), lines[0]);
    Decl.FuncDecl m = (Decl.FuncDecl) decls.get(1);
    assertAt(m.pos(), lines[1]);
    assertAt(m.recv().pos(), lines[1]);
    Decl.GenDecl consts = (Decl.GenDecl) decls.get(2);
    assertAt(consts.pos(), lines[2]);
    assertAt(consts.specs().get(1).pos(), lines[2]);
    List<Stmt> body = mainBody(p);
    Stmt.Switch sw = (Stmt.Switch) body.get(0);
    assertAt(sw.pos(), lines[3]);
    assertAt(sw.clauses().get(0).pos(), lines[3] + 1);
    assertAt(sw.clauses().get(1).pos(), lines[3] + 2);
    Stmt.TypeSwitch ts = (Stmt.TypeSwitch) body.get(1);
    assertAt(ts.pos(), lines[4]);
    assertAt(ts.bind().pos(), lines[4]);
    assertAt(body.get(2).pos(), lines[5]);
    assertAt(((Stmt.Range) body.get(2)).value().pos(), lines[5]);
    assertAt(body.get(3).pos(), lines[6]);
    assertAt(body.get(4).pos(), lines[7]);
  }

  @Test
  void expressionsCarryTheJavaCallSite() {
    Var x = id("x");
    int line = here(); List<Ex> es = List.of(x.field("f"), x.call(1), x.method("m"), x.addr(), x.deref(), x.slice(1, 2),
        x.slice3(1, 2, 3), x.assertType(INT), x.index(0), lit(sliceOf(INT), 1, kv(2, 3)),
        func(fn -> fn.param("a", INT)), Go.make(sliceOf(INT), 1), Go.newOf(INT), Go.append(x, 1), Go.nil());
    for (Ex e : es) {
      List<Node> nodes = new ArrayList<>();
      dev.gosem.api.ast.Children.walk(e.expr(), nodes::add);
      for (Node n : nodes) {
        if (n == x.expr()) continue; // the handle keeps its own position
        assertThat(n.pos().file()).isEqualTo(SELF);
        assertThat(n.pos().line()).as("%s", n).isBetween(line, line + 2); // the statement's lines
      }
    }
  }

  // ---- type handles ----

  @Test
  void typeHandlesAreNamedTypesOfPackageMain() {
    Named[] h = new Named[4];
    Program p = file(f -> {
      h[0] = f.type("Point", struct(field("X", INT), field("Y", INT)));
      h[1] = f.type("Other", h[0]);
      h[2] = f.type("List", self -> struct(field("Next", ptr(self))));
      h[3] = f.type("Celsius", FLOAT64);
    });
    assertThat(h[0].pkg()).isEqualTo("main");
    assertThat(h[0].name()).isEqualTo("Point");
    assertThat(h[0].underlying()).isEqualTo(struct(field("X", INT), field("Y", INT)));
    assertThat(h[1].underlying()).as("type Other Point has Point's underlying type").isEqualTo(h[0].underlying());
    Decl.TypeDecl other = (Decl.TypeDecl) p.files().getFirst().decls().get(1);
    assertThat(other.specs().getFirst().type()).as("but is declared as written").isEqualTo(new Expr.Ident("Point", other.pos()));
    Struct list = (Struct) h[2].underlying();
    assertThat(list.fields().getFirst().type()).isEqualTo(ptr(h[2]));
    assertThat(h[3].underlying()).isEqualTo(FLOAT64);
  }

  @Test
  void byteAndRuneAreEqualToTheirTypesButSpelledAsAliases() {
    assertThat(Go.BYTE).isEqualTo(Types.UINT8);
    assertThat(Go.RUNE).isEqualTo(Types.INT32);
    assertThat(Go.ex(sliceOf(Go.BYTE)).expr()).isInstanceOfSatisfying(Expr.ArrayType.class,
        at -> assertThat(((Expr.Ident) at.elem()).name()).isEqualTo("byte"));
    assertThat(((Expr.Ident) Go.ex(Types.UINT8).expr()).name()).isEqualTo("uint8");
    assertThat(((Expr.Ident) Go.ex(Go.RUNE).expr()).name()).isEqualTo("rune");
  }

  @Test
  void eachTypeSwitchClauseGetsItsOwnVariable() {
    List<Var> vs = new ArrayList<>();
    Program p = mainOnly(m -> m.typeSwitch("v", id("x"), sw -> sw
        .caseOf(INT, (c, v) -> {
          vs.add(v);
          c.println(v);
        })
        .caseOf(STRING, (c, v) -> {
          vs.add(v);
          c.println(v);
        })));
    assertThat(vs).hasSize(2);
    assertThat(vs.get(0).expr()).isNotSameAs(vs.get(1).expr());
    assertThat(vs.get(0).name()).isEqualTo("v");
    assertThat(((Stmt.TypeSwitch) mainBody(p).getFirst()).clauses()).hasSize(2);
  }

  @Test
  void keysOfStructLiteralsAreFieldNamesAndOthersAreValues() {
    Named point = new Named("main", "Point", struct(field("X", INT)));
    Expr.CompositeLit s = (Expr.CompositeLit) lit(point, kv("X", 1)).expr();
    assertThat(((Expr.KeyValue) s.elts().getFirst()).key()).isInstanceOf(Expr.Ident.class);
    Expr.CompositeLit m = (Expr.CompositeLit) lit(Go.mapOf(STRING, INT), kv("X", 1)).expr();
    assertThat(((Expr.KeyValue) m.elts().getFirst()).key()).isInstanceOf(Expr.BasicLit.class);
    Expr.CompositeLit nested = (Expr.CompositeLit) lit(sliceOf(ptr(point)), elems(kv("X", 1))).expr();
    Expr.CompositeLit inner = (Expr.CompositeLit) nested.elts().getFirst();
    assertThat(inner.type()).isNull();
    assertThat(((Expr.KeyValue) inner.elts().getFirst()).key()).isInstanceOf(Expr.Ident.class);
  }

  // ---- immutability ----

  @Test
  void theNewNodesHoldImmutableLists() {
    Program p = file(f -> {
      Named point = f.type("Point", struct(field("X", INT), embed(new Named("main", "Base", INT))));
      f.type("Shape", iface(method("Area", List.of(), FLOAT64)));
      f.func("main", m -> {
        m.define("l", lit(sliceOf(point), elems(1)));
        m.define("f", func(fn -> fn.param("a", INT)));
        m.switchOn(1, sw -> sw.caseOf(List.of(1, 2), c -> c.println(1)));
      });
    });
    List<List<?>> lists = new ArrayList<>();
    dev.gosem.api.ast.Children.walk(p.files().getFirst(), n -> {
      switch (n) {
        case Decl.TypeDecl td -> lists.add(td.specs());
        case Expr.StructType st -> lists.add(st.fields());
        case Expr.InterfaceType it -> lists.add(it.methods());
        case Expr.CompositeLit cl -> lists.add(cl.elts());
        case Expr.FuncType ft -> {
          lists.add(ft.params());
          lists.add(ft.results());
        }
        case Stmt.Switch sw -> lists.add(sw.clauses());
        case Stmt.CaseClause c -> {
          lists.add(c.list());
          lists.add(c.body());
        }
        default -> {}
      }
    });
    assertThat(lists).hasSizeGreaterThanOrEqualTo(10);
    for (List<?> list : lists) {
      @SuppressWarnings("unchecked")
      List<Object> l = (List<Object>) list;
      assertThatThrownBy(() -> l.add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void buildersUsedAfterTheirStatementIsBuiltFail() {
    SwitchBuilder[] sw = new SwitchBuilder[1];
    TypeSwitchBuilder[] ts = new TypeSwitchBuilder[1];
    DeclGroup[] g = new DeclGroup[1];
    TypeGroup[] tg = new TypeGroup[1];
    file(f -> {
      f.constGroup(c -> g[0] = c.constant("A", 1));
      f.types(t -> tg[0] = t);
      f.func("main", m -> {
        m.switchOn(1, s -> sw[0] = s);
        m.typeSwitch(id("x"), s -> ts[0] = s);
      });
    });
    assertThatThrownBy(() -> sw[0].caseOf(1, c -> {})).isInstanceOf(IllegalStateException.class)
        .hasMessage("this switch is already built; add cases inside its lambda");
    assertThatThrownBy(() -> ts[0].caseNil(c -> {})).isInstanceOf(IllegalStateException.class)
        .hasMessage("this type switch is already built; add cases inside its lambda");
    assertThatThrownBy(() -> g[0].next("B")).isInstanceOf(IllegalStateException.class)
        .hasMessage("this const group is already built; add specs inside its lambda");
    assertThatThrownBy(() -> tg[0].type("T", INT)).isInstanceOf(IllegalStateException.class)
        .hasMessage("this type group is already built; add types inside its lambda");
  }

  // ---- misuse ----

  @Test
  void functionMisuse() {
    assertThatThrownBy(() -> file(f -> f.func("f", fn -> {
      fn.variadic("xs", INT);
      fn.param("y", INT);
    }))).isInstanceOf(IllegalStateException.class)
        .hasMessage("f: parameter y cannot follow the variadic parameter xs; only the final parameter can be variadic");
    assertThatThrownBy(() -> mainOnly(m -> func(fn -> fn.receiver())))
        .isInstanceOf(IllegalStateException.class).hasMessage("func literal is not a method; it has no receiver");
    assertThatThrownBy(() -> file(f -> f.method(recv(INT), "M", fn -> fn.receiver())))
        .isInstanceOf(IllegalStateException.class).hasMessage("M: the receiver has no name");
    assertThatThrownBy(() -> file(f -> f.method(null, "M", fn -> {})))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("method M needs a receiver; use func(...) for a function");
    assertThatThrownBy(() -> func(fn -> {
      fn.namedResult("r", INT);
      fn.result(INT);
    })).isInstanceOf(IllegalStateException.class).hasMessage("func literal: cannot mix named and unnamed results");
    assertThatThrownBy(() -> mainOnly(m -> m.defer(id("f"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the expression in defer must be a function call, not f");
    assertThatThrownBy(() -> mainOnly(m -> m.go(Go.paren(Go.call("f")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the expression in go must be a function call");
    assertThatThrownBy(() -> Go.callSpread("f")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a call with ... needs an argument to spread");
  }

  @Test
  void switchMisuse() {
    assertThatThrownBy(() -> mainOnly(m -> m.switchOn(1, sw -> sw.defaultCase(c -> {}).defaultCase(c -> {}))))
        .isInstanceOf(IllegalStateException.class).hasMessage("this switch already has a default case");
    assertThatThrownBy(() -> mainOnly(m -> m.switchOn(1, sw -> sw.caseOf(List.of(), c -> {}))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a case needs at least one value; use defaultCase for default");
    assertThatThrownBy(() -> mainOnly(m -> m.typeSwitch(id("x"), sw -> sw.caseOf(INT, (c, v) -> {}))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this type switch binds no variable; use typeSwitch(name, x, ...) to get one");
    assertThatThrownBy(() -> mainOnly(m -> m.typeSwitch(id("x"), sw -> sw.defaultCase(c -> {}).defaultCase(c -> {}))))
        .isInstanceOf(IllegalStateException.class).hasMessage("this type switch already has a default case");
    assertThatThrownBy(() -> mainOnly(m -> m.switchInit(in -> Go.lit(1), sw -> {})))
        .isInstanceOf(IllegalStateException.class).hasMessage("the switch clause must be exactly one simple statement, got 0");
  }

  @Test
  void declarationMisuse() {
    assertThatThrownBy(() -> file(f -> f.constGroup(c -> c.next("A"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("const A is the first of its group, so it needs a value; use constant(...)");
    assertThatThrownBy(() -> file(f -> f.constGroup(c -> c.var("a", INT))))
        .isInstanceOf(IllegalStateException.class).hasMessage("cannot add a var spec to a const group");
    assertThatThrownBy(() -> file(f -> f.varGroup(c -> c.constant("a", 1))))
        .isInstanceOf(IllegalStateException.class).hasMessage("cannot add a const spec to a var group");
    assertThatThrownBy(() -> file(f -> f.type("T", (dev.gosem.api.types.Type) null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("type T needs a type, not null");
    assertThatThrownBy(() -> mainOnly(m -> m.rangeOver(id("s"), null, "v", (b, k, v) -> {})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key cannot be null");
    assertThatThrownBy(() -> mainOnly(m -> m.typeSwitch(null, id("x"), sw -> {})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bound name of a type switch cannot be null");
  }

  @Test
  void typeMisuse() {
    assertThatThrownBy(() -> Go.ex(Types.UNTYPED_INT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type untyped int cannot be written in a program");
    assertThatThrownBy(() -> Go.ex(Types.INVALID)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Go.ex(new Tuple(List.of(INT, INT)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tuple type (int, int) cannot be written");
    assertThatThrownBy(() -> embed(INT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an embedded field must be a type name T or *T, not int");
    assertThatThrownBy(() -> Go.arrayOf(-1, INT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Go.pkgType("main", "T")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Go.variadicSig(List.of())).isInstanceOf(IllegalArgumentException.class);
    Named base = new Named("main", "Base", INT);
    assertThat(embed(ptr(base))).isEqualTo(new Struct.Field("Base", ptr(base), true));
    assertThat(new dev.gosem.api.types.Basic(Kind.UINT8)).isEqualTo(Go.BYTE);
  }

  @Test
  void compositeLiteralMisuse() {
    Named point = new Named("main", "Point", struct(field("X", INT)));
    assertThatThrownBy(() -> lit(ptr(point))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid composite literal type *Point: write &Point{...} as lit(Point, ...).addr()");
    assertThatThrownBy(() -> lit(iface(method("M", List.of())))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid composite literal type interface{M()}");
    assertThatThrownBy(() -> lit((dev.gosem.api.types.Type) null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a composite literal needs a type; use elems(...) inside another literal");
    assertThatThrownBy(() -> mainOnly(m -> m.println(kv("a", 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kv(a, 1) is only valid as an element of a composite literal, lit(type, ...)");
    assertThatThrownBy(() -> mainOnly(m -> m.println(elems(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("elems(1 elements) is only valid as an element of a composite literal, lit(type, ...)");
    assertThatThrownBy(() -> kv("a", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use Go.nil() for nil");
    assertThatThrownBy(() -> kv(null, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lit(sliceOf(INT), kv(kv(1, 2), 3))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a key: value pair cannot be a key or value itself");
    assertThatThrownBy(() -> id("s").slice3(1, null, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("middle index required in 3-index slice");
    assertThatThrownBy(() -> id("s").slice3(1, 2, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("final index required in 3-index slice");
  }
}
