package dev.gosem.runtime;

import static dev.gosem.runtime.GoTestValues.f;
import static dev.gosem.runtime.GoTestValues.struct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gosem.runtime.TypeDesc.ChanDir;
import dev.gosem.runtime.TypeDesc.Field;
import dev.gosem.runtime.TypeDesc.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Type descriptors: %T text (as Go 1.19 printed it), identity, layout, zero values, methods. */
class TypeDescTest {
  private static final TypeDesc INT = TypeDesc.INT;
  private static final TypeDesc STRING = TypeDesc.STRING;

  private static TypeDesc fn(List<TypeDesc> params, List<TypeDesc> results, boolean variadic) {
    return TypeDesc.funcOf(params, results, variadic);
  }

  /*
   * fmt.Printf("%T\n", x) in Go 1.19 for the types below (types.go):
   * type T struct { A int; b string }; type E struct { T; X int }
   * type I interface { M(); N(int) string; m() }; type F func(int, ...string) (int, error)
   */
  @Test
  void printsAsPercentT() {
    TypeDesc t = struct("T", f("A", INT), f("b", STRING));
    TypeDesc e = struct("E", Field.embedded("T", t), f("X", INT));
    TypeDesc sig = fn(List.of(INT, TypeDesc.sliceOf(STRING)), List.of(INT, TypeDesc.ERROR), true);
    TypeDesc named = TypeDesc.newNamed("main", "F").define(sig);
    TypeDesc i =
        TypeDesc.newNamed("main", "I")
            .define(
                TypeDesc.interfaceOf(
                    Method.of("N", fn(List.of(INT), List.of(STRING), false)),
                    new Method("m", fn(List.of(), List.of(), false), "main"),
                    Method.of("M", fn(List.of(), List.of(), false))));

    assertThat(TypeDesc.pointerTo(i).string()).isEqualTo("*main.I");
    assertThat(
            TypeDesc.newStruct(
                    f("A", INT),
                    f("b", STRING),
                    Field.embedded("T", t),
                    Field.embedded("E", TypeDesc.pointerTo(e)))
                .string())
        .isEqualTo("struct { A int; b string; main.T; *main.E }");
    assertThat(named.string()).isEqualTo("main.F");
    assertThat(sig.string()).isEqualTo("func(int, ...string) (int, error)");
    assertThat(fn(List.of(), List.of(), false).string()).isEqualTo("func()");
    assertThat(fn(List.of(), List.of(INT), false).string()).isEqualTo("func() int");
    assertThat(fn(List.of(INT, INT), List.of(INT), false).string()).isEqualTo("func(int, int) int");
    assertThat(TypeDesc.mapOf(STRING, TypeDesc.sliceOf(TypeDesc.pointerTo(t))).string())
        .isEqualTo("map[string][]*main.T");
    assertThat(TypeDesc.arrayOf(3, TypeDesc.sliceOf(INT)).string()).isEqualTo("[3][]int");
    assertThat(TypeDesc.chanOf(ChanDir.BOTH, INT).string()).isEqualTo("chan int");
    assertThat(TypeDesc.chanOf(ChanDir.RECV, INT).string()).isEqualTo("<-chan int");
    assertThat(TypeDesc.chanOf(ChanDir.SEND, INT).string()).isEqualTo("chan<- int");
    assertThat(TypeDesc.chanOf(ChanDir.BOTH, TypeDesc.chanOf(ChanDir.RECV, INT)).string())
        .isEqualTo("chan (<-chan int)");
    assertThat(TypeDesc.chanOf(ChanDir.SEND, TypeDesc.chanOf(ChanDir.BOTH, INT)).string())
        .isEqualTo("chan<- chan int");
    assertThat(TypeDesc.sliceOf(TypeDesc.ANY).string()).isEqualTo("[]interface {}");
    assertThat(TypeDesc.sliceOf(TypeDesc.ERROR).string()).isEqualTo("[]error");
    assertThat(
            TypeDesc.sliceOf(
                    TypeDesc.interfaceOf(
                        Method.of("Error", fn(List.of(), List.of(STRING), false))))
                .string())
        .isEqualTo("[]interface { Error() string }");
    assertThat(TypeDesc.sliceOf(TypeDesc.BYTE).string()).isEqualTo("[]uint8");
    assertThat(TypeDesc.sliceOf(TypeDesc.RUNE).string()).isEqualTo("[]int32");
    assertThat(TypeDesc.of(Errors.newError("x")).string()).isEqualTo("*errors.errorString");
    assertThat(TypeDesc.of(Fmt.errorf("x %w", Errors.newError("y"))).string())
        .isEqualTo("*fmt.wrapError");
    assertThat(TypeDesc.newStruct().string()).isEqualTo("struct {}");
    assertThat(TypeDesc.sliceOf(TypeDesc.newStruct(f("A", INT), f("B", INT))).string())
        .isEqualTo("[]struct { A int; B int }");
    // var i interface{ M(); m() }; fmt.Printf("%T\n", &i)
    assertThat(
            TypeDesc.pointerTo(
                    TypeDesc.interfaceOf(
                        new Method("m", fn(List.of(), List.of(), false), "main"),
                        Method.of("M", fn(List.of(), List.of(), false))))
                .string())
        .isEqualTo("*interface { M(); main.m() }");
  }

  @Test
  void derivedTypesAreInternedSoIdentityIsEquality() {
    TypeDesc t = struct("T", f("A", INT));
    assertThat(TypeDesc.sliceOf(INT)).isSameAs(TypeDesc.sliceOf(INT));
    assertThat(TypeDesc.pointerTo(t)).isSameAs(TypeDesc.pointerTo(t));
    assertThat(TypeDesc.mapOf(STRING, t)).isSameAs(TypeDesc.mapOf(STRING, t));
    assertThat(TypeDesc.arrayOf(3, t)).isSameAs(TypeDesc.arrayOf(3, t));
    assertThat(TypeDesc.arrayOf(3, t)).isNotSameAs(TypeDesc.arrayOf(4, t));
    assertThat(fn(List.of(INT, t), List.of(), false))
        .isSameAs(fn(List.of(INT, t), List.of(), false));
    assertThat(fn(List.of(INT), List.of(), false)).isNotSameAs(fn(List.of(), List.of(INT), false));
    assertThat(fn(List.of(TypeDesc.sliceOf(INT)), List.of(), true))
        .isNotSameAs(fn(List.of(TypeDesc.sliceOf(INT)), List.of(), false));
    assertThat(TypeDesc.interfaceOf(Method.of("A", fn(List.of(), List.of(), false)), Method.of("B", fn(List.of(), List.of(), false))))
        .isSameAs(TypeDesc.interfaceOf(Method.of("B", fn(List.of(), List.of(), false)), Method.of("A", fn(List.of(), List.of(), false))));
    assertThat(TypeDesc.interfaceOf()).isSameAs(TypeDesc.ANY);
    // Two declarations named T are two types, though both print main.T.
    TypeDesc other = struct("T", f("A", INT));
    assertThat(other).isNotSameAs(t);
    assertThat(other.string()).isEqualTo(t.string());
    assertThat(TypeDesc.pointerTo(other)).isNotSameAs(TypeDesc.pointerTo(t));
  }

  /* unsafe.Sizeof in Go 1.19 on amd64: 16 16 24 6 8 6 0 16 8 (t5.go). */
  @Test
  void sizesAreGosOnAmd64() {
    assertThat(TypeDesc.newStruct(f("a", TypeDesc.BOOL), f("b", TypeDesc.INT64)).size()).isEqualTo(16);
    assertThat(TypeDesc.newStruct(f("a", TypeDesc.INT64), f("b", TypeDesc.BOOL)).size()).isEqualTo(16);
    assertThat(TypeDesc.newStruct(f("a", INT), f("b", INT), f("c", INT)).size()).isEqualTo(24);
    assertThat(TypeDesc.arrayOf(3, TypeDesc.INT16).size()).isEqualTo(6);
    assertThat(TypeDesc.newStruct(f("a", TypeDesc.INT32), f("b", TypeDesc.newStruct())).size())
        .isEqualTo(8);
    assertThat(
            TypeDesc.newStruct(f("a", TypeDesc.BOOL), f("b", TypeDesc.INT16), f("c", TypeDesc.BOOL))
                .size())
        .isEqualTo(6);
    assertThat(TypeDesc.newStruct().size()).isZero();
    assertThat(TypeDesc.ANY.size()).isEqualTo(16);
    assertThat(TypeDesc.COMPLEX64.size()).isEqualTo(8);
    assertThat(STRING.size()).isEqualTo(16);
    assertThat(TypeDesc.sliceOf(INT).size()).isEqualTo(24);
    assertThat(TypeDesc.newNamed("main", "N").define(TypeDesc.arrayOf(5, TypeDesc.UINT8)).size())
        .isEqualTo(5);
  }

  @Test
  void zeroValuesInTheRepresentation() {
    assertThat(INT.zero()).isEqualTo(0L);
    assertThat(TypeDesc.UINT8.zero()).isEqualTo(0L);
    assertThat(TypeDesc.FLOAT64.zero()).isEqualTo(0.0);
    assertThat(TypeDesc.BOOL.zero()).isEqualTo(false);
    assertThat(STRING.zero()).isEqualTo("");
    assertThat(TypeDesc.sliceOf(INT).zero()).isNull();
    assertThat(TypeDesc.ERROR.zero()).isNull();
    assertThat((long[]) TypeDesc.arrayOf(3, INT).zero()).containsExactly(0, 0, 0);
    assertThat((byte[]) TypeDesc.arrayOf(2, TypeDesc.BYTE).zero()).containsExactly(0, 0);
    assertThat((Object[]) TypeDesc.arrayOf(2, STRING).zero()).containsExactly("", "");
    TypeDesc t = struct("T", f("A", INT), f("S", STRING));
    Object z1 = t.zero();
    Object z2 = t.zero();
    assertThat(z1).isNotSameAs(z2).isEqualTo(z2);
    Object[] structs = (Object[]) TypeDesc.arrayOf(2, t).zero();
    assertThat(structs[0]).isNotSameAs(structs[1]);
    assertThatThrownBy(() -> TypeDesc.newStruct(f("A", INT)).zero())
        .hasMessageContaining("no zero prototype");
  }

  @Test
  void methodSetsOfValueAndPointer() {
    TypeDesc t = struct("T", f("A", INT)).setMethods(new String[] {"M"}, new String[] {"M", "P"});
    TypeDesc iface =
        TypeDesc.interfaceOf(
            Method.of("M", fn(List.of(), List.of(), false)),
            Method.of("P", fn(List.of(), List.of(), false)));
    assertThat(t.hasMethod("M")).isTrue();
    assertThat(t.hasMethod("P")).isFalse();
    assertThat(TypeDesc.pointerTo(t).hasMethod("P")).isTrue();
    assertThat(t.missingMethod(iface)).isEqualTo("P");
    assertThat(TypeDesc.pointerTo(t).implementsInterface(iface)).isTrue();
    assertThat(INT.missingMethod(TypeDesc.ERROR)).isEqualTo("Error");
    assertThat(TypeDesc.of(Errors.newError("e")).implementsInterface(TypeDesc.ERROR)).isTrue();
  }

  @Test
  void dynamicTypesOfInterfaceValues() {
    assertThat(TypeDesc.of(null)).isNull();
    assertThat(TypeDesc.of(1L)).isSameAs(INT);
    assertThat(TypeDesc.of(1.5)).isSameAs(TypeDesc.FLOAT64);
    assertThat(TypeDesc.of(true)).isSameAs(TypeDesc.BOOL);
    assertThat(TypeDesc.of("s")).isSameAs(STRING);
    assertThat(TypeDesc.of(new Unsigned(3))).isSameAs(TypeDesc.UINT64);
    assertThat(TypeDesc.of(new Boxed(TypeDesc.INT8, -1L))).isSameAs(TypeDesc.INT8);
    TypeDesc t = struct("T", f("A", INT));
    Object p = t.zero();
    assertThat(TypeDesc.of(p)).isSameAs(TypeDesc.pointerTo(t));
    assertThat(TypeDesc.valueOf(new Boxed(t, p))).isSameAs(p);
    assertThat(t.box(p)).isEqualTo(new Boxed(t, p));
    assertThat(TypeDesc.pointerTo(t).box(p)).isSameAs(p);
    assertThat(INT.box(5L)).isEqualTo(5L);
    assertThatThrownBy(() -> TypeDesc.of(new Object()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comparability() {
    assertThat(TypeDesc.sliceOf(INT).comparable()).isFalse();
    assertThat(TypeDesc.arrayOf(2, TypeDesc.sliceOf(INT)).comparable()).isFalse();
    assertThat(TypeDesc.newStruct(f("a", TypeDesc.mapOf(INT, INT))).comparable()).isFalse();
    assertThat(TypeDesc.newStruct(f("a", TypeDesc.ANY)).comparable()).isTrue();
    assertThat(TypeDesc.pointerTo(TypeDesc.sliceOf(INT)).comparable()).isTrue();
  }
}
