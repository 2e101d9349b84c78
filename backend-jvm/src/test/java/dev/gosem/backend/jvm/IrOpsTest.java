package dev.gosem.backend.jvm;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.gosem.ir.backend.RunResult;
import dev.gosem.ir.ssa.BlockKind;
import dev.gosem.ir.ssa.Module;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.TraceClassVisitor;

/**
 * The data-model operations compiled from IR built by hand: each test builds a small module,
 * verifies it (IR verifier, then CheckClassAdapter on every generated class), runs it and checks
 * its exact output.
 */
class IrOpsTest {
  private static final Named POINT = new Named("main", "Point",
      new Struct(List.of(new Struct.Field("X", Types.INT, false), new Struct.Field("Y", Types.INT, false))));
  private static final Type ANY = Types.ANY;

  private static String bytecode(JvmArtifact a, String className, String method) {
    StringWriter out = new StringWriter();
    new ClassReader(a.classes().get(className)).accept(new TraceClassVisitor(new PrintWriter(out)), 0);
    String all = out.toString();
    int at = all.indexOf(" " + method + "(");
    return at < 0 ? "" : all.substring(at, all.indexOf("MAXLOCALS", at));
  }

  @Test
  void fieldsLoadAndStoreInPlaceAndTheirAddressesAreFieldPointers() {
    Ir ir = new Ir();
    // func bump(p *int) { *p = *p + 10 }
    ir.func("bump", List.of(new Pointer(Types.INT)), List.of());
    Value pp = ir.param(0);
    ir.store(pp, ir.v(Op.ADD, Types.INT, ir.load(pp), ir.i(10)));
    ir.ret();
    ir.main();
    Value p = ir.aux(Op.ALLOC, new Pointer(POINT), POINT);
    ir.store(ir.v(Op.FIELD_ADDR, new Pointer(Types.INT), p).setAuxInt(0), ir.i(3));
    Value y = ir.v(Op.FIELD_ADDR, new Pointer(Types.INT), p).setAuxInt(1);
    ir.aux(Op.CALL, new Tuple(List.of()), "bump", y);
    Value pt = ir.load(p);
    ir.println(ir.v(Op.MAKE_INTERFACE, ANY, pt), ir.v(Op.FIELD, Types.INT, pt).setAuxInt(1), ir.v(Op.MAKE_INTERFACE, ANY, p));
    ir.ret();
    JvmArtifact a = ir.compile();
    assertThat(a.run().stdout()).isEqualTo("{3 10} 10 &{3 10}\n");
    String main = bytecode(a, "go.main.Main", "main");
    assertThat(main).contains("PUTFIELD go/main/Point.X : J")
        .contains("GETSTATIC go/main/Point.VH$Y : Ljava/lang/invoke/VarHandle;")
        .contains("INVOKESTATIC dev/gosem/runtime/LongRef.field");
  }

  @Test
  void loadCopiesAStructAndStoreAssignsIntoTheVariable() {
    Ir ir = new Ir().main();
    Value p = ir.aux(Op.ALLOC, new Pointer(POINT), POINT);
    Value q = ir.aux(Op.ALLOC, new Pointer(POINT), POINT);
    ir.store(ir.v(Op.FIELD_ADDR, new Pointer(Types.INT), p).setAuxInt(0), ir.i(1));
    Value copy = ir.load(p);
    ir.store(q, copy);
    ir.store(ir.v(Op.FIELD_ADDR, new Pointer(Types.INT), p).setAuxInt(0), ir.i(2));
    Value eq = ir.v(Op.EQ, Types.BOOL, ir.load(p), ir.load(q));
    ir.println(ir.v(Op.MAKE_INTERFACE, ANY, copy), ir.v(Op.MAKE_INTERFACE, ANY, ir.load(p)), ir.v(Op.MAKE_INTERFACE, ANY, ir.load(q)), eq,
        ir.v(Op.EQ, Types.BOOL, p, p), ir.v(Op.EQ, Types.BOOL, p, q));
    ir.ret();
    assertThat(ir.run().stdout()).isEqualTo("{1 0} {2 0} {1 0} false true false\n");
  }

  @Test
  void arraysAreJavaArraysWithGoBoundsChecks() {
    Array arr = new Array(3, Types.INT);
    Ir ir = new Ir().main();
    Value a = ir.aux(Op.ALLOC, new Pointer(arr), arr);
    ir.store(ir.v(Op.INDEX_ADDR, new Pointer(Types.INT), a, ir.i(1)), ir.i(7));
    Value whole = ir.load(a);
    Value elem = ir.v(Op.INDEX, Types.INT, whole, ir.i(1));
    Value s = ir.v(Op.SLICE, new Slice(Types.INT), a, ir.i(1)).setAuxInt(1);
    ir.println(ir.v(Op.MAKE_INTERFACE, ANY, whole), elem, ir.v(Op.MAKE_INTERFACE, ANY, s), ir.v(Op.LEN, Types.INT, s), ir.v(Op.CAP, Types.INT, s));
    ir.store(ir.v(Op.INDEX_ADDR, new Pointer(Types.INT), a, ir.i(5)), ir.i(1));
    ir.ret();
    RunResult r = ir.run();
    assertThat(r.stdout()).isEqualTo("[0 7 0] 7 [7 0] 2 2\n");
    assertThat(r.stderr()).startsWith("panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void slicesGrowAndCopyThroughTheRuntime() {
    Slice ints = new Slice(Types.INT);
    Ir ir = new Ir().main();
    Value s = ir.v(Op.MAKE_SLICE, ints, ir.i(1), ir.i(2));
    Value s1 = ir.v(Op.APPEND, ints, s, ir.i(5));
    Value s2 = ir.v(Op.APPEND, ints, s1, ir.i(6), ir.i(7));
    Value s3 = ir.v(Op.APPEND_SLICE, ints, s2, s1);
    Value dst = ir.v(Op.MAKE_SLICE, ints, ir.i(2), ir.i(2));
    Value n = ir.v(Op.COPY_SLICE, Types.INT, dst, s3);
    Value tail = ir.v(Op.SLICE, ints, s3, ir.i(1), ir.i(3), ir.i(4)).setAuxInt(7);
    ir.println(ir.v(Op.MAKE_INTERFACE, ANY, s3), ir.v(Op.LEN, Types.INT, s3), ir.v(Op.CAP, Types.INT, s3), n,
        ir.v(Op.MAKE_INTERFACE, ANY, dst), ir.v(Op.MAKE_INTERFACE, ANY, tail), ir.v(Op.CAP, Types.INT, tail),
        ir.v(Op.SLICE, Types.STRING, ir.s("hello"), ir.i(1), ir.i(3)).setAuxInt(3));
    Slice strs = new Slice(Types.STRING);
    Value t = ir.v(Op.MAKE_SLICE, strs, ir.i(2), ir.i(2));
    ir.store(ir.v(Op.INDEX_ADDR, new Pointer(Types.STRING), t, ir.i(1)), ir.s("b"));
    Value t2 = ir.v(Op.APPEND, strs, t, ir.s("c"));
    ir.println(ir.v(Op.MAKE_INTERFACE, ANY, t2), ir.v(Op.LOAD, Types.STRING, ir.v(Op.INDEX_ADDR, new Pointer(Types.STRING), t2, ir.i(0))));
    ir.ret();
    assertThat(ir.run().stdout()).isEqualTo("[0 5 6 7 0 5] 6 8 2 [0 5] [5 6] 3 el\n[ b c] \n");
  }

  @Test
  void mapsReadZeroValuesAndCommaOk() {
    MapType m = new MapType(Types.STRING, Types.INT);
    Ir ir = new Ir().main();
    Value map = ir.v(Op.MAKE_MAP, m);
    ir.v(Op.MAP_UPDATE, Types.INVALID, map, ir.s("a"), ir.i(1));
    ir.v(Op.MAP_UPDATE, Types.INVALID, map, ir.s("b"), ir.i(2));
    Value got = ir.v(Op.MAP_LOOKUP, Types.INT, map, ir.s("b"));
    Value missing = ir.v(Op.MAP_LOOKUP, Types.INT, map, ir.s("z"));
    Value ok = ir.v(Op.MAP_LOOKUP, new Tuple(List.of(Types.INT, Types.BOOL)), map, ir.s("a")).setAuxInt(1);
    Value no = ir.v(Op.MAP_LOOKUP, new Tuple(List.of(Types.INT, Types.BOOL)), map, ir.s("q")).setAuxInt(1);
    ir.v(Op.MAP_DELETE, Types.INVALID, map, ir.s("a"));
    Value keys = ir.v(Op.MAP_KEYS, new Slice(Types.STRING), map);
    ir.println(got, missing, ir.v(Op.EXTRACT, Types.INT, ok).setAuxInt(0), ir.v(Op.EXTRACT, Types.BOOL, ok).setAuxInt(1),
        ir.v(Op.EXTRACT, Types.INT, no).setAuxInt(0), ir.v(Op.EXTRACT, Types.BOOL, no).setAuxInt(1),
        ir.v(Op.MAKE_INTERFACE, ANY, map), ir.v(Op.MAKE_INTERFACE, ANY, keys), ir.v(Op.LEN, Types.INT, map));
    ir.v(Op.MAP_UPDATE, Types.INVALID, ir.nil(m), ir.s("x"), ir.i(1));
    ir.ret();
    RunResult r = ir.run();
    assertThat(r.stdout()).isEqualTo("2 0 1 true 0 false map[b:2] [b] 1\n");
    assertThat(r.stderr()).startsWith("panic: assignment to entry in nil map\n");
  }

  @Test
  void stringsDecodeRunes() {
    Ir ir = new Ir().main();
    Value d = ir.v(Op.STR_DECODE, new Tuple(List.of(Types.INT32, Types.INT)), ir.s("a\u00c3\u00a9"), ir.i(1));
    ir.println(ir.v(Op.EXTRACT, Types.INT32, d).setAuxInt(0), ir.v(Op.EXTRACT, Types.INT, d).setAuxInt(1));
    ir.ret();
    assertThat(ir.run().stdout()).isEqualTo("233 2\n");
  }

  /** type Celsius int with String() and a pointer method Inc(); interface calls and assertions. */
  @Test
  void methodsDispatchThroughInterfacesAndAssertionsCheckDynamicTypes() {
    Named celsius = new Named("main", "Celsius", Types.INT);
    Signature str = new Signature(List.of(), List.of(Types.STRING));
    Interface stringer = new Interface(List.of(new Interface.Method("String", str)));
    Interface incer = new Interface(List.of(new Interface.Method("Inc", new Signature(List.of(), List.of()))));
    Ir ir = new Ir();
    ir.func("Celsius.String", List.of(celsius), List.of(Types.STRING));
    ir.ret(ir.v(Op.CONCAT, Types.STRING, ir.aux(Op.CONVERT, Types.STRING, null, ir.v(Op.ADD, celsius, ir.param(0), ir.aux(Op.CONST, celsius, 48L))), ir.s("C")));
    ir.module.addMethod(celsius, new Module.Method("String", "Celsius.String", false));
    ir.func("Celsius.Inc", List.of(new Pointer(celsius)), List.of());
    Value p = ir.param(0);
    ir.store(p, ir.v(Op.ADD, celsius, ir.load(p), ir.aux(Op.CONST, celsius, 1L)));
    ir.ret();
    ir.module.addMethod(celsius, new Module.Method("Inc", "Celsius.Inc", true));
    ir.main();
    Value c = ir.aux(Op.ALLOC, new Pointer(celsius), celsius);
    ir.store(c, ir.aux(Op.CONST, celsius, 2L));
    Value inc = ir.v(Op.MAKE_INTERFACE, incer, c);
    ir.aux(Op.INVOKE, new Tuple(List.of()), "Inc", inc);
    Value val = ir.v(Op.MAKE_INTERFACE, stringer, ir.load(c));
    Value called = ir.aux(Op.INVOKE, Types.STRING, "String", val);
    Value asAny = ir.v(Op.MAKE_INTERFACE, ANY, ir.load(c));
    Value back = ir.aux(Op.TYPE_ASSERT, celsius, celsius, asAny);
    Value notInt = ir.aux(Op.TYPE_ASSERT, new Tuple(List.of(Types.INT, Types.BOOL)), Types.INT, asAny).setAuxInt(1);
    Value isStringer = ir.aux(Op.TYPE_ASSERT, new Tuple(List.of(stringer, Types.BOOL)), stringer, asAny).setAuxInt(1);
    ir.println(val, called, back, ir.v(Op.EXTRACT, Types.BOOL, notInt).setAuxInt(1), ir.v(Op.EXTRACT, Types.BOOL, isStringer).setAuxInt(1),
        ir.v(Op.EQ, Types.BOOL, asAny, ir.v(Op.MAKE_INTERFACE, ANY, ir.aux(Op.CONST, celsius, 3L))));
    ir.aux(Op.TYPE_ASSERT, Types.STRING, Types.STRING, asAny);
    ir.ret();
    RunResult r = ir.run();
    assertThat(r.stdout()).isEqualTo("3C 3C 3C false true true\n");
    assertThat(r.stderr()).startsWith("panic: interface conversion: interface {} is main.Celsius, not string\n");
  }

  /** func counter(): a closure over a captured int cell, called through its func value. */
  @Test
  void closuresShareTheirCapturedVariables() {
    Signature sig = new Signature(List.of(Types.INT), List.of(Types.INT));
    Ir ir = new Ir();
    ir.func("main.func1", List.of(Types.INT), List.of(Types.INT));
    ir.fn.setFreeVars(List.of(new Pointer(Types.INT)));
    Value cell = ir.v(Op.FREE_VAR, new Pointer(Types.INT)).setAuxInt(0);
    Value x = ir.param(0);
    Value sum = ir.v(Op.ADD, Types.INT, ir.load(cell), x);
    ir.store(cell, sum);
    ir.ret(sum);
    ir.main();
    Value n = ir.aux(Op.ALLOC, new Pointer(Types.INT), Types.INT);
    Value f = ir.aux(Op.MAKE_CLOSURE, sig, "main.func1", n);
    Value a = ir.v(Op.CALL_VALUE, Types.INT, f, ir.i(5));
    Value b = ir.v(Op.CALL_VALUE, Types.INT, f, ir.i(2));
    ir.println(a, b, ir.load(n), ir.v(Op.EQ, Types.BOOL, f, ir.nil(sig)));
    ir.v(Op.CALL_VALUE, Types.INT, ir.nil(sig), ir.i(1));
    ir.ret();
    RunResult r = ir.run();
    assertThat(r.stdout()).isEqualTo("5 7 7 false\n");
    assertThat(r.stderr()).startsWith("panic: runtime error: invalid memory address or nil pointer dereference\n");
  }

  @Test
  void panicEndsAnExitBlock() {
    Ir ir = new Ir().main();
    ir.v(Op.PANIC, Types.INVALID, ir.v(Op.MAKE_INTERFACE, ANY, ir.s("boom")));
    ir.b.end(BlockKind.EXIT);
    RunResult r = ir.run();
    assertThat(r.stderr()).startsWith("panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void globalsWhoseAddressIsTakenLiveInCells() {
    Ir ir = new Ir();
    ir.module.addGlobal("g", Types.INT);
    ir.module.placeGlobalInMemory("g");
    ir.module.addGlobal("pt", POINT);
    ir.module.placeGlobalInMemory("pt");
    ir.main();
    Value g = ir.aux(Op.GLOBAL_ADDR, new Pointer(Types.INT), "g");
    ir.store(g, ir.i(41));
    ir.store(g, ir.v(Op.ADD, Types.INT, ir.load(g), ir.i(1)));
    Value pt = ir.aux(Op.GLOBAL_ADDR, new Pointer(POINT), "pt");
    ir.store(ir.v(Op.FIELD_ADDR, new Pointer(Types.INT), pt).setAuxInt(1), ir.i(9));
    ir.println(ir.load(g), ir.v(Op.MAKE_INTERFACE, ANY, ir.load(pt)));
    ir.ret();
    assertThat(ir.run().stdout()).isEqualTo("42 {0 9}\n");
  }

  @Test
  void everyOperationOfTheDataModelIsCoveredHere() {
    // A new op must get a test above (and an emitter): this list is what the tests exercise.
    List<Op> covered = List.of(Op.ALLOC, Op.LOAD, Op.STORE, Op.FIELD_ADDR, Op.FIELD, Op.INDEX_ADDR, Op.INDEX,
        Op.GLOBAL_ADDR, Op.SLICE, Op.MAKE_SLICE, Op.LEN, Op.CAP, Op.APPEND, Op.APPEND_SLICE, Op.COPY_SLICE,
        Op.MAKE_MAP, Op.MAP_LOOKUP, Op.MAP_UPDATE, Op.MAP_DELETE, Op.MAP_KEYS, Op.STR_DECODE, Op.MAKE_INTERFACE,
        Op.TYPE_ASSERT, Op.INVOKE, Op.MAKE_CLOSURE, Op.CALL_VALUE, Op.FREE_VAR, Op.PANIC);
    // defer's ops need whole functions around them: progs/defer_*.go and DeferTest cover them
    List<Op> deferOps = List.of(Op.DEFER_INIT, Op.DEFER, Op.DEFER_RETURN, Op.RECOVER);
    for (Op op : Op.values()) {
      if (op.ordinal() >= Op.ALLOC.ordinal() && op != Op.CALL_STD && !deferOps.contains(op)) {
        assertThat(covered).as(op.name()).contains(op);
      }
    }
  }
}
