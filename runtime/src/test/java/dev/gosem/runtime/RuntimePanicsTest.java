package dev.gosem.runtime;

import static dev.gosem.runtime.GoTestValues.f;
import static dev.gosem.runtime.GoTestValues.struct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gosem.runtime.TypeDesc.Method;
import dev.gosem.runtime.slice.ByteSlice;
import dev.gosem.runtime.slice.LongSlice;
import dev.gosem.runtime.slice.RefSlice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The panics the data operations raise: each is a recoverable runtime error whose %T and %v are
 * what Go 1.19 printed for
 *
 * <pre>defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()</pre>
 *
 * around the statement shown next to each case.
 */
class RuntimePanicsTest {

  private static String recovered(Executable body) {
    GoPanic p = catchThrowableOfType(GoPanic.class, body::execute);
    assertThat(p).as("expected a Go panic").isNotNull();
    return Fmt.sprintf("%T %v", p.value(), p.value());
  }

  private static final LongSlice S35 = LongSlice.make(3, 5, 8);

  @Test
  void indexAndSliceBounds() {
    long[] arr = new long[3];
    // a := []int{1, 2, 3}; a[k], k = 5
    assertThat(recovered(() -> LongSlice.get(LongSlice.of(1, 2, 3), 5)))
        .isEqualTo("runtime.boundsError runtime error: index out of range [5] with length 3");
    // a := [3]int{}; a[:k], k = 5
    assertThat(recovered(() -> LongSlice.ofArray(arr, 0, 5)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [:5] with length 3");
    // a[k:], k = 5
    assertThat(recovered(() -> LongSlice.ofArray(arr, 5, 3)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [5:3]");
    // a[k:j], k = 2, j = 1
    assertThat(recovered(() -> LongSlice.ofArray(arr, 2, 1)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [2:1]");
    // s := "abc"; s[:k] / s[k:] / s[k], k = 5; s[k:], k = -1
    assertThat(recovered(() -> GoStrings.slice("abc", 0, 5)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [:5] with length 3");
    assertThat(recovered(() -> GoStrings.sliceFrom("abc", 5)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [5:3]");
    assertThat(recovered(() -> GoStrings.byteAt("abc", 5)))
        .isEqualTo("runtime.boundsError runtime error: index out of range [5] with length 3");
    assertThat(recovered(() -> GoStrings.sliceFrom("abc", -1)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [-1:]");
    // a := make([]int, 3, 5)
    // a[:k], k = 6
    assertThat(recovered(() -> LongSlice.slice(S35, 0, 6)))
        .isEqualTo(
            "runtime.boundsError runtime error: slice bounds out of range [:6] with capacity 5");
    // a[k:], k = 4
    assertThat(recovered(() -> LongSlice.sliceFrom(S35, 4)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [4:3]");
    // a[k:4], k = 4 is fine
    assertThat(LongSlice.len(LongSlice.slice(S35, 4, 4))).isZero();
    // a[1:2:k], k = 6
    assertThat(recovered(() -> LongSlice.slice(S35, 1, 2, 6)))
        .isEqualTo(
            "runtime.boundsError runtime error: slice bounds out of range [::6] with capacity 5");
    // a[1:k:3], k = 4
    assertThat(recovered(() -> LongSlice.slice(S35, 1, 4, 3)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [:4:3]");
    // a[k:2:3], k = 3
    assertThat(recovered(() -> LongSlice.slice(S35, 3, 2, 3)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [3:2:]");
    // k = -1 in a[k:2:3], a[1:k:3], a[1:2:k], a[:k], a[k]
    assertThat(recovered(() -> LongSlice.slice(S35, -1, 2, 3)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [-1::]");
    assertThat(recovered(() -> LongSlice.slice(S35, 1, -1, 3)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [:-1:]");
    assertThat(recovered(() -> LongSlice.slice(S35, 1, 2, -1)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [::-1]");
    assertThat(recovered(() -> LongSlice.slice(S35, 0, -1)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [:-1]");
    assertThat(recovered(() -> LongSlice.get(S35, -1)))
        .isEqualTo("runtime.boundsError runtime error: index out of range [-1]");
    // var k uint = 1<<64 - 1; a[k]; a[:k]
    assertThat(recovered(() -> { throw Panics.boundsUnsigned("index", -1L, 3, false); }))
        .isEqualTo(
            "runtime.boundsError runtime error: index out of range [18446744073709551615] with"
                + " length 3");
    assertThat(recovered(() -> { throw Panics.boundsUnsigned(":", -1L, 5, true); }))
        .isEqualTo(
            "runtime.boundsError runtime error: slice bounds out of range [:18446744073709551615]"
                + " with capacity 5");
    // a := [3]int{}; a[1:2:k], k = 6
    assertThat(recovered(() -> LongSlice.ofArray(arr, 1, 2, 6)))
        .isEqualTo("runtime.boundsError runtime error: slice bounds out of range [::6] with length 3");
    // var s []int; _ = (*[2]int)(s)
    assertThat(recovered(() -> { throw Panics.sliceToArrayPointer(0, 2); }))
        .isEqualTo(
            "runtime.boundsError runtime error: cannot convert slice with length 0 to pointer to"
                + " array with length 2");
    // var p *[3]int; p[:]
    assertThat(recovered(() -> LongSlice.ofArray(null, 0, 0)))
        .isEqualTo(
            "runtime.errorString runtime error: invalid memory address or nil pointer dereference");
    // Every slice class and nil slices check the same way.
    assertThat(recovered(() -> RefSlice.get(null, 0)))
        .isEqualTo("runtime.boundsError runtime error: index out of range [0] with length 0");
    assertThat(recovered(() -> ByteSlice.set(ByteSlice.make(2), 2, 1)))
        .isEqualTo("runtime.boundsError runtime error: index out of range [2] with length 2");
  }

  @Test
  void makeAndMaps() {
    // n := -1; make([]int, n)
    assertThat(recovered(() -> LongSlice.make(-1, 8)))
        .isEqualTo("runtime.errorString runtime error: makeslice: len out of range");
    // n := 10; make([]int, n, 5)
    assertThat(recovered(() -> LongSlice.make(10, 5, 8)))
        .isEqualTo("runtime.errorString runtime error: makeslice: cap out of range");
    // n := 1 << 60; make([]int, 0, n); make([]int, n)
    assertThat(recovered(() -> LongSlice.make(0, 1L << 60, 8)))
        .isEqualTo("runtime.errorString runtime error: makeslice: cap out of range");
    assertThat(recovered(() -> RefSlice.make(1L << 60, TypeDesc.STRING)))
        .isEqualTo("runtime.errorString runtime error: makeslice: len out of range");
    // var m map[string]int; m["a"] = 1
    assertThat(recovered(() -> GoMap.put(null, "a", 1L)))
        .isEqualTo("runtime.plainError assignment to entry in nil map");
    // var x interface{} = []int{1}; m := map[interface{}]int{}; m[x] = 1
    TypeDesc ints = TypeDesc.sliceOf(TypeDesc.INT);
    GoMap m = GoMap.make(TypeDesc.mapOf(TypeDesc.ANY, TypeDesc.INT));
    assertThat(recovered(() -> GoMap.put(m, new Boxed(ints, LongSlice.of(1)), 1L)))
        .isEqualTo("runtime.errorString runtime error: hash of unhashable type []int");
    // var x, y interface{} = []int{1}, []int{1}; x == y
    assertThat(
            recovered(
                () ->
                    GoEquality.ifaceEqual(
                        new Boxed(ints, LongSlice.of(1)), new Boxed(ints, LongSlice.of(1)))))
        .isEqualTo("runtime.errorString runtime error: comparing uncomparable type []int");
    // var x interface{} = map[int]int{}; var y interface{} = 1; x == y  (different types: false)
    TypeDesc mii = TypeDesc.mapOf(TypeDesc.INT, TypeDesc.INT);
    assertThat(GoEquality.ifaceEqual(new Boxed(mii, GoMap.make(mii)), 1L)).isFalse();
    // x := interface{}(struct{a []int}{}); x == x
    TypeDesc withSlice = TypeDesc.newStruct(f("a", ints));
    GoTestValues.Rec r = new GoTestValues.Rec(withSlice, (Object) null);
    assertThat(recovered(() -> GoEquality.ifaceEqual(new Boxed(withSlice, r), new Boxed(withSlice, r))))
        .isEqualTo(
            "runtime.errorString runtime error: comparing uncomparable type struct { a []int }");
  }

  @Test
  void interfaceConversions() {
    TypeDesc t = struct("T", f("A", TypeDesc.INT)).setMethods(new String[] {"M"}, new String[] {"M"});
    TypeDesc sig = TypeDesc.funcOf(List.of(), List.of(), false);
    TypeDesc i = TypeDesc.newNamed("main", "I").define(TypeDesc.interfaceOf(Method.of("M", sig)));
    TypeDesc j =
        TypeDesc.newNamed("main", "J")
            .define(TypeDesc.interfaceOf(Method.of("M", sig), Method.of("N", sig)));
    Object tValue = new Boxed(t, t.zero());
    // var x interface{} = "s"; x.(int)
    assertThat(recovered(() -> { throw Panics.typeAssertion(TypeDesc.ANY, "s", TypeDesc.INT); }))
        .isEqualTo(
            "*runtime.TypeAssertionError interface conversion: interface {} is string, not int");
    // var x interface{}; x.(I)
    assertThat(recovered(() -> { throw Panics.typeAssertion(null, null, i); }))
        .isEqualTo(
            "*runtime.TypeAssertionError interface conversion: interface is nil, not main.I");
    // var x I; x.(T)
    assertThat(recovered(() -> { throw Panics.typeAssertion(i, null, t); }))
        .isEqualTo("*runtime.TypeAssertionError interface conversion: main.I is nil, not main.T");
    // var x I = T{}; x.(*T)
    assertThat(
            recovered(
                () -> { throw Panics.typeAssertion(i, tValue, TypeDesc.pointerTo(t)); }))
        .isEqualTo(
            "*runtime.TypeAssertionError interface conversion: main.I is main.T, not *main.T");
    // var x I = T{}; x.(J)
    assertThat(recovered(() -> { throw Panics.typeAssertion(null, tValue, j); }))
        .isEqualTo(
            "*runtime.TypeAssertionError interface conversion: main.T is not main.J: missing"
                + " method N");
    // var x interface{} = 3; x.(J)
    assertThat(recovered(() -> { throw Panics.typeAssertion(null, 3L, j); }))
        .isEqualTo(
            "*runtime.TypeAssertionError interface conversion: int is not main.J: missing method M");
    // var x interface{} = &T{}; x.(T)
    assertThat(recovered(() -> { throw Panics.typeAssertion(TypeDesc.ANY, t.zero(), t); }))
        .isEqualTo(
            "*runtime.TypeAssertionError interface conversion: interface {} is *main.T, not main.T");
    // var x error = errors.New("q"); x.(I)
    assertThat(recovered(() -> { throw Panics.typeAssertion(null, Errors.newError("q"), i); }))
        .isEqualTo(
            "*runtime.TypeAssertionError interface conversion: *errors.errorString is not main.I:"
                + " missing method M");
    // Two types named T from different scopes.
    TypeDesc t2 = struct("T", f("A", TypeDesc.INT));
    assertThat(recovered(() -> { throw Panics.typeAssertion(TypeDesc.ANY, tValue, t2); }))
        .isEqualTo(
            "*runtime.TypeAssertionError interface conversion: interface {} is main.T, not main.T"
                + " (types from different scopes)");
  }

  @Test
  void runtimeErrorsImplementRuntimeError() {
    GoPanic p = catchThrowableOfType(GoPanic.class, () -> LongSlice.get(null, 1));
    TypeDesc runtimeError =
        TypeDesc.interfaceOf(
            Method.of("Error", TypeDesc.funcOf(List.of(), List.of(TypeDesc.STRING), false)),
            Method.of("RuntimeError", TypeDesc.funcOf(List.of(), List.of(), false)));
    assertThat(TypeDesc.of(p.value()).implementsInterface(runtimeError)).isTrue();
    assertThat(Errors.as(p.value(), runtimeError)).isSameAs(p.value());
    GoPanic nilMap = catchThrowableOfType(GoPanic.class, () -> GoMap.put(null, 1L, 1L));
    assertThat(TypeDesc.of(nilMap.value()).implementsInterface(runtimeError)).isTrue();
  }

  /* panic(v) in Go 1.19 prints "panic: " and then what each case shows (p.go). */
  @Test
  void panicValuesOfNamedAndSizedTypes() {
    TypeDesc myInt = TypeDesc.newNamed("main", "MyInt").define(TypeDesc.INT);
    TypeDesc myStr = TypeDesc.newNamed("main", "MyStr").define(TypeDesc.STRING);
    TypeDesc myFloat = TypeDesc.newNamed("main", "MyFloat").define(TypeDesc.FLOAT64);
    TypeDesc myBool = TypeDesc.newNamed("main", "MyBool").define(TypeDesc.BOOL);
    TypeDesc myU = TypeDesc.newNamed("main", "MyU").define(TypeDesc.UINT16);
    TypeDesc t = struct("T", f("A", TypeDesc.INT));
    assertThat(CrashReport.valueText(new Boxed(myInt, 5L))).isEqualTo("main.MyInt(5)");
    assertThat(CrashReport.valueText(new Boxed(TypeDesc.INT8, -1L))).isEqualTo("-1");
    assertThat(CrashReport.valueText(new Boxed(myStr, "x"))).isEqualTo("main.MyStr(\"x\")");
    assertThat(CrashReport.valueText(new Boxed(TypeDesc.UINT8, 200L))).isEqualTo("200");
    assertThat(CrashReport.valueText(new Boxed(myFloat, 1.5)))
        .isEqualTo("main.MyFloat(+1.500000e+000)");
    assertThat(CrashReport.valueText(new Boxed(myBool, true))).isEqualTo("main.MyBool(true)");
    assertThat(CrashReport.valueText(new Boxed(TypeDesc.FLOAT32, 2.5))).isEqualTo("+2.500000e+000");
    assertThat(CrashReport.valueText(new Boxed(myU, 7L))).isEqualTo("main.MyU(7)");
    assertThat(CrashReport.valueText(new Boxed(t, t.zero()))).startsWith("(main.T) 0x");
    assertThat(CrashReport.valueText(Errors.newError("e"))).isEqualTo("e");
  }

  /*
   * var p *T; fmt.Println(p.A) prints, with exit status 2:
   * panic: runtime error: invalid memory address or nil pointer dereference
   * [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x48283a]
   */
  @Test
  void nilDereferenceReportsTheSignalLine() {
    GoProcess p = GoProcess.captured();
    int status =
        p.run(
            () -> {
              throw Panics.nilDereference();
            });
    assertThat(status).isEqualTo(2);
    assertThat(p.stderr())
        .startsWith(
            "panic: runtime error: invalid memory address or nil pointer dereference\n"
                + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=");
  }
}
