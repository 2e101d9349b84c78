package dev.gosem.api.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.ast.Children;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Node;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * What the checker records for issue 3's data model: selections, captures and heap variables,
 * type switch implicits, elided literal types, builtin signatures, methods and method sets. The
 * programs are Go source (each builds with Go 1.19); nodes are found by their source text.
 */
class DataTypeInfoTest {

  private static TypeInfo check(Program p) {
    return CheckTesting.ok(p);
  }

  private static <T extends Node> List<T> all(Program p, Class<T> kind, Predicate<T> test) {
    List<T> out = new ArrayList<>();
    for (var f : p.files()) {
      Children.walk(f, n -> {
        if (kind.isInstance(n) && test.test(kind.cast(n))) out.add(kind.cast(n));
      });
    }
    return out;
  }

  /** The only expression of this kind whose Go text is text. */
  private static <T extends Expr> T expr(Program p, Class<T> kind, String text) {
    List<T> found = all(p, kind, e -> ExprText.of(e).equals(text));
    assertThat(found).as("expressions " + text).hasSize(1);
    return found.getFirst();
  }

  private static Expr.Selector sel(Program p, String text) {
    return expr(p, Expr.Selector.class, text);
  }

  /** The selector with this text on this line (for texts that occur more than once). */
  private static Expr.Selector sel(Program p, String text, int line) {
    List<Expr.Selector> found = all(p, Expr.Selector.class, e -> ExprText.of(e).equals(text) && e.pos().line() == line);
    assertThat(found).as(text + " on line " + line).hasSize(1);
    return found.getFirst();
  }

  private static Named named(TypeInfo info, String name) {
    return info.namedTypes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
  }

  private static Decl.FuncDecl func(Program p, String name) {
    return all(p, Decl.FuncDecl.class, d -> d.name().equals(name)).getFirst();
  }

  private static Obj.Var local(Program p, TypeInfo info, String name) {
    List<Expr.Ident> ids = all(p, Expr.Ident.class, id -> id.name().equals(name) && info.def(id) instanceof Obj.Var);
    assertThat(ids).as("definitions of " + name).hasSize(1);
    return (Obj.Var) info.def(ids.getFirst());
  }

  static final String EMBEDDING = """
      package main

      import (
      	"fmt"
      	"math"
      	"strings"
      )

      type Point struct{ X, Y int }

      func (p Point) Norm() int  { return p.X*p.X + p.Y*p.Y }
      func (p *Point) Move(d int) { p.X += d }

      type Named struct{ Name string }

      type Shape struct {
      	Named
      	*Point
      	Tags []string
      }

      type Normer interface{ Norm() int }

      func main() {
      	var s Shape
      	s.Point = &Point{1, 2}
      	p := Point{3, 4}
      	pp := &p
      	fmt.Println(s.Name, s.X, pp.Y, p.X)
      	s.Move(1)
      	p.Move(2)
      	_ = pp.Norm()
      	var n Normer = p
      	_ = n.Norm()
      	f := (*Point).Move
      	g := Point.Norm
      	m := p.Move
      	f(pp, 1)
      	m(1)
      	_ = g(p)
      	var b strings.Builder
      	b.WriteString("x")
      	_ = math.Pi
      }
      """;

  @Test
  void fieldSelectionsRecordPathAndDereferences() {
    Program p = GoSource.program(EMBEDDING);
    TypeInfo info = check(p);

    Selection name = info.selectionOf(sel(p, "s.Name"));
    assertThat(name.kind()).isEqualTo(Selection.Kind.FIELD);
    assertThat(name.path()).containsExactly(0, 0);
    assertThat(name.derefs()).containsExactly(false, false);
    assertThat(name.type()).isSameAs(Types.STRING);
    assertThat(name.recv()).isSameAs(named(info, "Shape"));
    assertThat(((Obj.Field) name.obj()).name()).isEqualTo("Name");

    // s.X goes through the embedded *Point: the second step dereferences it.
    Selection x = info.selectionOf(sel(p, "s.X"));
    assertThat(x.path()).containsExactly(1, 0);
    assertThat(x.derefs()).containsExactly(false, true);
    assertThat(x.indirect()).isTrue();

    Selection y = info.selectionOf(sel(p, "pp.Y"));
    assertThat(y.path()).containsExactly(1);
    assertThat(y.derefs()).containsExactly(true);
    assertThat(y.recv()).isEqualTo(new Pointer(named(info, "Point")));

    Selection px = info.selectionOf(sel(p, "p.X", 29));
    assertThat(px.path()).containsExactly(0);
    assertThat(px.derefs()).containsExactly(false);
    assertThat(info.selection(sel(p, "p.X", 29))).isSameAs(px.obj());
  }

  @Test
  void methodSelectionsRecordReceiverAdjustments() {
    Program p = GoSource.program(EMBEDDING);
    TypeInfo info = check(p);
    Named point = named(info, "Point");

    // s.Move(1): promoted through the embedded *Point, already a pointer.
    Selection sMove = info.selectionOf(sel(p, "s.Move"));
    assertThat(sMove.kind()).isEqualTo(Selection.Kind.METHOD_VALUE);
    assertThat(sMove.path()).containsExactly(1);
    assertThat(sMove.derefs()).containsExactly(false);
    assertThat(sMove.recvAdjust()).isEqualTo(Selection.RecvAdjust.NONE);
    assertThat(sMove.pointerReceiver()).isTrue();
    Obj.Func move = (Obj.Func) sMove.obj();
    assertThat(move.recv()).isEqualTo(new Pointer(point));
    assertThat(move.decl()).isSameAs(func(p, "Move"));
    assertThat(info.funcOf(func(p, "Move"))).isSameAs(move);

    // p.Move(2) on an addressable Point: (&p).Move(2).
    Selection pMove = info.selectionOf(sel(p, "p.Move", 31));
    assertThat(pMove.path()).isEmpty();
    assertThat(pMove.recvAdjust()).isEqualTo(Selection.RecvAdjust.ADDRESS);
    assertThat(pMove.type()).isEqualTo(new Signature(List.of(Types.INT), List.of()));

    // pp.Norm() on a *Point with a value method: (*pp).Norm().
    Selection norm = info.selectionOf(sel(p, "pp.Norm"));
    assertThat(norm.recvAdjust()).isEqualTo(Selection.RecvAdjust.DEREF);
    assertThat(norm.pointerReceiver()).isFalse();

    // n.Norm(): dynamic dispatch through the interface.
    Selection nNorm = info.selectionOf(sel(p, "n.Norm"));
    assertThat(nNorm.isInterfaceMethod()).isTrue();
    assertThat(((Obj.Func) nNorm.obj()).recv()).isSameAs(named(info, "Normer"));
    assertThat(nNorm.recvAdjust()).isEqualTo(Selection.RecvAdjust.NONE);

    // Method expressions take the receiver first.
    Selection f = info.selectionOf(sel(p, "(*Point).Move"));
    assertThat(f.kind()).isEqualTo(Selection.Kind.METHOD_EXPR);
    assertThat(f.type()).isEqualTo(new Signature(List.of(new Pointer(point), Types.INT), List.of()));
    Selection g = info.selectionOf(sel(p, "Point.Norm"));
    assertThat(g.type()).isEqualTo(new Signature(List.of(point), List.of(Types.INT)));
    assertThat(info.typeOf(sel(p, "Point.Norm"))).isEqualTo(g.type());
  }

  @Test
  void packageMembersAndStandardMethods() {
    Program p = GoSource.program(EMBEDDING);
    TypeInfo info = check(p);
    Selection println = info.selectionOf(sel(p, "fmt.Println"));
    assertThat(println.kind()).isEqualTo(Selection.Kind.QUALIFIED);
    Obj.StdFunc f = (Obj.StdFunc) println.obj();
    assertThat(f.qualified()).isEqualTo("fmt.Println");
    assertThat(f.signature()).isEqualTo(new Signature(List.of(new Slice(Types.ANY)), List.of(Types.INT, Types.ERROR), true));
    Expr.Call call = all(p, Expr.Call.class, c -> c.fun() instanceof Expr.Selector s && s.sel().equals("Println")).getFirst();
    assertThat(info.typeOf(call)).isEqualTo(new Tuple(List.of(Types.INT, Types.ERROR)));

    Selection write = info.selectionOf(sel(p, "b.WriteString"));
    assertThat(write.kind()).isEqualTo(Selection.Kind.METHOD_VALUE);
    Obj.StdFunc ws = (Obj.StdFunc) write.obj();
    assertThat(ws.qualified()).isEqualTo("(*strings.Builder).WriteString");
    assertThat(ws.signature()).isEqualTo(new Signature(List.of(Types.STRING), List.of(Types.INT, Types.ERROR)));
    assertThat(write.recvAdjust()).isEqualTo(Selection.RecvAdjust.ADDRESS);
    assertThat(write.pointerReceiver()).isTrue();

    Selection pi = info.selectionOf(sel(p, "math.Pi"));
    assertThat(pi.obj()).isInstanceOf(Obj.Constant.class);
    assertThat(info.typeOf(sel(p, "math.Pi"))).isSameAs(Types.FLOAT64);
    assertThat(((dev.gosem.api.constant.Const.Float) info.constOf(sel(p, "math.Pi"))).value().doubleValue())
        .isEqualTo(Math.PI);
  }

  @Test
  void heapVariablesAndAddressTaking() {
    Program p = GoSource.program(EMBEDDING);
    TypeInfo info = check(p);
    Obj.Var pv = local(p, info, "p");
    Obj.Var s = local(p, info, "s");
    Obj.Var pp = local(p, info, "pp");
    Obj.Var b = local(p, info, "b");
    assertThat(info.isAddressTaken(pv)).as("&p and p.Move").isTrue();
    assertThat(info.isAddressTaken(b)).as("b.WriteString has a pointer receiver").isTrue();
    assertThat(info.isAddressTaken(s)).as("s.Move goes through the embedded pointer").isFalse();
    assertThat(info.isAddressTaken(pp)).isFalse();
    assertThat(info.needsHeap(pv)).isTrue();
    assertThat(info.isCaptured(pv)).isFalse();
  }

  @Test
  void closuresCaptureInOrderOfFirstUse() {
    Program p = GoSource.program("""
        package main

        func main() {
        	a, b, c := 1, 2, 3
        	arr := [3]int{}
        	f := func(x int) int {
        		y := x + b
        		g := func() int { return a + y + c }
        		return g() + a
        	}
        	_ = f(1)
        	s := arr[:]
        	q := &arr[1]
        	_, _ = s, q
        	h := func() {}
        	h()
        }
        """);
    TypeInfo info = check(p);
    Obj.Var a = local(p, info, "a");
    Obj.Var b = local(p, info, "b");
    Obj.Var c = local(p, info, "c");
    Obj.Var y = local(p, info, "y");
    Obj.Var x = (Obj.Var) info.fieldVar(all(p, dev.gosem.api.ast.Field.class, fd -> "x".equals(fd.name())).getFirst());
    List<Expr.FuncLit> lits = all(p, Expr.FuncLit.class, l -> true);
    Expr.FuncLit outer = lits.get(0);
    Expr.FuncLit inner = lits.get(1);
    Expr.FuncLit empty = lits.get(2);
    assertThat(info.captures(outer)).containsExactly(b, a, c);
    assertThat(info.captures(inner)).containsExactly(a, y, c);
    assertThat(info.captures(empty)).isEmpty();
    assertThat(info.isCaptured(a)).isTrue();
    assertThat(info.isCaptured(y)).isTrue();
    assertThat(info.isCaptured(x)).isFalse();
    assertThat(x.kind()).isEqualTo(Obj.Var.Kind.PARAM);
    assertThat(info.needsHeap(b)).isTrue();
    Obj.Var arr = local(p, info, "arr");
    assertThat(info.isAddressTaken(arr)).as("arr[:] and &arr[1]").isTrue();
    assertThat(info.typeOf(outer)).isEqualTo(new Signature(List.of(Types.INT), List.of(Types.INT)));
  }

  @Test
  void typeSwitchClausesDeclareImplicitVariables() {
    Program p = GoSource.program("""
        package main

        func main() {
        	var x interface{} = 1
        	switch v := x.(type) {
        	case int:
        		_ = v + 1
        	case string, bool:
        		_ = v
        	case nil:
        		_ = v
        	default:
        		_ = v
        	}
        }
        """);
    TypeInfo info = check(p);
    Stmt.TypeSwitch sw = all(p, Stmt.TypeSwitch.class, t -> true).getFirst();
    List<Type> types = sw.clauses().stream().map(c -> info.implicit(c).type()).toList();
    assertThat(types).containsExactly(Types.INT, Types.ANY, Types.ANY, Types.ANY);
    assertThat(info.def(sw.bind())).isNull();
    Obj.Var inInt = info.implicit(sw.clauses().getFirst());
    Expr.Ident use = all(p, Expr.Ident.class, id -> id.name().equals("v") && info.use(id) == inInt).getFirst();
    assertThat(use.pos().line()).isEqualTo(7);
  }

  @Test
  void elidedLiteralTypesAndArrayLengths() {
    Program p = GoSource.program("""
        package main

        type P struct{ X, Y int }

        func main() {
        	a := []P{{1, 2}, {X: 3}}
        	b := []*P{{1, 2}}
        	c := map[string]P{"k": {5, 6}}
        	d := [...]int{1, 2, 3}
        	e := [][]int{{1}, {}}
        	_, _, _, _, _ = a, b, c, d, e
        }
        """);
    TypeInfo info = check(p);
    Named pt = named(info, "P");
    List<Expr.CompositeLit> elided = all(p, Expr.CompositeLit.class, cl -> cl.type() == null);
    assertThat(elided.stream().map(info::typeOf).toList()).containsExactly(
        pt, pt, new Pointer(pt), pt, new Slice(Types.INT), new Slice(Types.INT));
    Expr.CompositeLit arr = all(p, Expr.CompositeLit.class,
        cl -> cl.type() instanceof Expr.ArrayType at && at.len() != null).getFirst();
    assertThat(info.typeOf(arr)).isEqualTo(new Array(3, Types.INT));
    assertThat(info.typeOf(arr.type())).isEqualTo(new Array(3, Types.INT));
    Expr.CompositeLit m = all(p, Expr.CompositeLit.class, cl -> cl.type() instanceof Expr.MapType).getFirst();
    assertThat(info.typeOf(m)).isEqualTo(new MapType(Types.STRING, pt));
    assertThat(pt.underlying()).isEqualTo(new Struct(List.of(
        new Struct.Field("X", Types.INT, false), new Struct.Field("Y", Types.INT, false))));
  }

  @Test
  void builtinCallsRecordTheirSignatures() {
    Program p = GoSource.program("""
        package main

        type T struct{}

        func main() {
        	s := make([]int, 3)
        	s = append(s, 1, 2)
        	b := append([]byte("a"), "bc"...)
        	n := len(s) + cap(b) + copy(b, "x")
        	t := new(T)
        	m := map[string]int{}
        	delete(m, "k")
        	println(n, t != nil)
        }
        """);
    TypeInfo info = check(p);
    java.util.function.Function<String, Type> fun = name -> info.typeOf(
        all(p, Expr.Call.class, c -> c.fun() instanceof Expr.Ident id && id.name().equals(name)).getFirst().fun());
    Slice ints = new Slice(Types.INT);
    Slice bytes = new Slice(Types.UINT8);
    assertThat(fun.apply("make")).isEqualTo(new Signature(List.of(ints, Types.INT), List.of(ints)));
    List<Expr.Call> appends = all(p, Expr.Call.class, c -> c.fun() instanceof Expr.Ident id && id.name().equals("append"));
    assertThat(info.typeOf(appends.get(0).fun())).isEqualTo(new Signature(List.of(ints, ints), List.of(ints), true));
    assertThat(info.typeOf(appends.get(1).fun())).isEqualTo(new Signature(List.of(bytes, Types.STRING), List.of(bytes)));
    assertThat(fun.apply("len")).isEqualTo(new Signature(List.of(ints), List.of(Types.INT)));
    assertThat(fun.apply("copy")).isEqualTo(new Signature(List.of(bytes, Types.STRING), List.of(Types.INT)));
    Named t = named(info, "T");
    assertThat(fun.apply("new")).isEqualTo(new Signature(List.of(t), List.of(new Pointer(t))));
    assertThat(fun.apply("delete")).isEqualTo(new Signature(List.of(new MapType(Types.STRING, Types.INT), Types.STRING), List.of()));
    assertThat(fun.apply("println")).isEqualTo(new Signature(List.of(Types.INT, Types.BOOL), List.of()));
    assertThat(info.use((Expr.Ident) appends.get(0).fun())).isInstanceOf(Obj.Builtin.class);
  }

  @Test
  void commaOkExpressionsRecordPairs() {
    Program p = GoSource.program("""
        package main

        func main() {
        	m := map[string]int{}
        	v, ok := m["a"]
        	var i interface{} = "s"
        	s, isStr := i.(string)
        	var w int
        	w, ok = m["b"]
        	_, _, _, _, _ = v, ok, s, isStr, w
        	_ = m["c"]
        }
        """);
    TypeInfo info = check(p);
    List<Expr.Index> idx = all(p, Expr.Index.class, e -> true);
    Tuple intBool = new Tuple(List.of(Types.INT, Types.BOOL));
    assertThat(info.typeOf(idx.get(0))).isEqualTo(intBool);
    assertThat(info.typeOf(idx.get(1))).isEqualTo(intBool);
    assertThat(info.typeOf(idx.get(2))).isSameAs(Types.INT);
    Expr.TypeAssert ta = all(p, Expr.TypeAssert.class, e -> true).getFirst();
    assertThat(info.typeOf(ta)).isEqualTo(new Tuple(List.of(Types.STRING, Types.BOOL)));
  }

  @Test
  void methodSetsAndDeclaredTypes() {
    Program p = GoSource.program(EMBEDDING);
    TypeInfo info = check(p);
    Named point = named(info, "Point");
    Named shape = named(info, "Shape");
    assertThat(info.methodSet(point).stream().map(s -> s.obj().name()).toList()).containsExactly("Norm");
    assertThat(info.methodSet(new Pointer(point)).stream().map(s -> s.obj().name()).toList()).containsExactly("Move", "Norm");
    // Shape embeds *Point: both methods are promoted to Shape's value method set.
    List<Selection> shapeMethods = info.methodSet(shape);
    assertThat(shapeMethods.stream().map(s -> s.obj().name()).toList()).containsExactly("Move", "Norm");
    assertThat(shapeMethods.getFirst().path()).containsExactly(1);
    assertThat(shapeMethods.get(1).recvAdjust()).isEqualTo(Selection.RecvAdjust.DEREF);
    Named normer = named(info, "Normer");
    assertThat(normer.underlying()).isInstanceOf(Interface.class);
    assertThat(info.methodSet(normer)).hasSize(1);
    assertThat(info.methodSet(normer).getFirst().isInterfaceMethod()).isTrue();
    assertThat(point.methods().stream().map(Named.NamedMethod::name).toList()).containsExactly("Norm", "Move");
    assertThat(point.method("Move").pointerReceiver()).isTrue();
    assertThat(info.methodObj(point, "Norm")).isSameAs(info.funcOf(func(p, "Norm")));
    assertThat(info.namedTypes().stream().map(Named::name).toList()).containsExactly("Point", "Named", "Shape", "Normer");
    Decl.FuncDecl move = func(p, "Move");
    Obj.Var recv = info.fieldVar(move.recv());
    assertThat(recv.name()).isEqualTo("p");
    assertThat(recv.type()).isEqualTo(new Pointer(point));
  }
}
