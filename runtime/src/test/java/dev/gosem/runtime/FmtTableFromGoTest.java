package dev.gosem.runtime;

import static dev.gosem.runtime.GoTestValues.f;
import static dev.gosem.runtime.GoTestValues.go;
import static dev.gosem.runtime.GoTestValues.struct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.runtime.GoTestValues.Rec;
import dev.gosem.runtime.GoTestValues.StringerBox;
import dev.gosem.runtime.GoTestValues.StringerRec;
import dev.gosem.runtime.slice.BoolSlice;
import dev.gosem.runtime.slice.ByteSlice;
import dev.gosem.runtime.slice.DoubleSlice;
import dev.gosem.runtime.slice.LongSlice;
import dev.gosem.runtime.slice.RefSlice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Value × format table printed by Go 1.19 (gen_fmt.go in the test resources, which also lists
 * the values): each value is built here as compiled code would build it and printed with the same
 * format. Lines whose Go output holds a machine address (0xc0...) are skipped.
 */
class FmtTableFromGoTest {
  private static final TypeDesc INT = TypeDesc.INT;
  private static final TypeDesc STRING = TypeDesc.STRING;

  private static final TypeDesc T = struct("T", f("A", INT), f("B", STRING));
  private static final TypeDesc INNER = struct("Inner", f("X", INT), f("Y", INT));
  private static final TypeDesc OUTER =
      struct(
          "Outer",
          f("Name", STRING),
          f("In", INNER),
          f("P", TypeDesc.pointerTo(INNER)),
          f("L", TypeDesc.sliceOf(INT)),
          f("M", TypeDesc.mapOf(STRING, INT)));
  private static final TypeDesc U = struct("U", f("a", INT), f("b", STRING));
  private static final TypeDesc E =
      struct("E", TypeDesc.Field.embedded("T", T), f("X", INT));
  private static final TypeDesc W = struct("W", f("V", TypeDesc.ANY), f("E", TypeDesc.ERROR));
  private static final TypeDesc CELSIUS = TypeDesc.newNamed("main", "Celsius");
  private static final TypeDesc ST = struct("ST", f("N", INT));
  private static final TypeDesc PT = struct("PT", f("N", INT));
  private static final TypeDesc BAD = TypeDesc.newNamed("main", "Bad").define(INT);
  private static final TypeDesc MYINT = TypeDesc.newNamed("main", "MyInt").define(INT);
  private static final TypeDesc MYSTR = TypeDesc.newNamed("main", "MyStr").define(STRING);
  private static final TypeDesc MYSLICE =
      TypeDesc.newNamed("main", "MySlice").define(TypeDesc.sliceOf(INT));
  private static final TypeDesc MYMAP =
      TypeDesc.newNamed("main", "MyMap").define(TypeDesc.mapOf(STRING, INT));
  private static final TypeDesc SF;

  static {
    CELSIUS.define(TypeDesc.FLOAT64);
    CELSIUS.setMethods(new String[] {"String"}, new String[] {"String"});
    CELSIUS.setBoxer(v -> new StringerBox(CELSIUS, v, FmtTableFromGoTest::celsius));
    ST.setMethods(new String[] {"String"}, new String[] {"String"});
    ST.setBoxer(v -> new StringerBox(ST, v, FmtTableFromGoTest::st));
    ST.setZeroPrototype(new StringerRec(ST, r -> st(r), 0L));
    TypeDesc.pointerTo(ST)
        .setBoxer(v -> v != null ? v : new StringerBox(TypeDesc.pointerTo(ST), null, FmtTableFromGoTest::st));
    PT.setMethods(new String[0], new String[] {"String"});
    BAD.setMethods(new String[] {"String"}, new String[] {"String"});
    BAD.setBoxer(v -> new StringerBox(BAD, v, b -> {
      throw Panics.panic("boom");
    }));
    SF = struct("SF", f("C", CELSIUS), f("c", CELSIUS));
  }

  private static String celsius(Object v) {
    return Fmt.sprintf(go("%.1f°C"), v);
  }

  /** ST's value-receiver String: a nil *ST dereferences nil. */
  private static String st(Object v) {
    if (v == null) {
      throw Panics.nilDereference();
    }
    return Fmt.sprintf("ST(%d)", ((Rec) v).fields[0]);
  }

  private static Rec stRec(long n) {
    return new StringerRec(ST, FmtTableFromGoTest::st, n);
  }

  private static GoMap map(TypeDesc type, Object... kv) {
    GoMap m = GoMap.make(type);
    for (int i = 0; i < kv.length; i += 2) {
      GoMap.put(m, kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Object boxed(TypeDesc t, Object v) {
    return new Boxed(t, v);
  }

  static Map<String, Object> values() {
    Map<String, Object> v = new HashMap<>();
    double negZero = -0.0;
    v.put("i0", 0L);
    v.put("i42", 42L);
    v.put("ineg", -42L);
    v.put("imax", Long.MAX_VALUE);
    v.put("imin", Long.MIN_VALUE);
    v.put("i8", boxed(TypeDesc.INT8, -8L));
    v.put("u8", boxed(TypeDesc.UINT8, 200L));
    v.put("u16", boxed(TypeDesc.UINT16, 65535L));
    v.put("i32", boxed(TypeDesc.INT32, -1L));
    v.put("u", boxed(TypeDesc.UINT, 7L));
    v.put("u64max", boxed(TypeDesc.UINT64, -1L));
    v.put("uptr", boxed(TypeDesc.UINTPTR, 255L));
    v.put("rune", boxed(TypeDesc.RUNE, 0xE9L));
    v.put("runebig", boxed(TypeDesc.RUNE, 0x1F600L));
    v.put("f0", 0.0);
    v.put("f1", 1.0);
    v.put("fpi", 3.14159);
    v.put("fbig", 1e21);
    v.put("fsmall", 1e-7);
    v.put("fneg", -2.5);
    v.put("fnan", GoMath.nan());
    v.put("finf", Double.POSITIVE_INFINITY);
    v.put("fninf", Double.NEGATIVE_INFINITY);
    v.put("fnegz", negZero);
    v.put("f32", boxed(TypeDesc.FLOAT32, (double) 0.1f));
    v.put("f123", 123456789.0);
    v.put("fhalf", 0.5);
    v.put("f2_5", 2.5);
    v.put("f1e6", 1e6);
    v.put("f100", 100.0);
    v.put("btrue", true);
    v.put("bfalse", false);
    v.put("s_empty", "");
    v.put("s_hi", "hi");
    v.put("s_uni", go("héllo, 世界"));
    v.put("s_quote", "a\"b\\c");
    v.put("s_ctrl", "tab\tnl\n\u0000\u007f");
    v.put("s_invalid", "\u00ff\u00fe");
    v.put("s_long", "hello world");
    v.put("s_bq", "back`quote");
    TypeDesc bytes = TypeDesc.sliceOf(TypeDesc.UINT8);
    v.put("bytes", boxed(bytes, ByteSlice.of('h', 'i', 0)));
    v.put("bytes_nil", boxed(bytes, null));
    v.put("bytearr", boxed(TypeDesc.arrayOf(3, TypeDesc.UINT8), new byte[] {1, 2, (byte) 255}));
    TypeDesc ints = TypeDesc.sliceOf(INT);
    v.put("ints", boxed(ints, LongSlice.of(1, 2, 3)));
    v.put("ints_empty", boxed(ints, LongSlice.of()));
    v.put("ints_nil", boxed(ints, null));
    v.put("strs", boxed(TypeDesc.sliceOf(STRING), RefSlice.of("a", "b c")));
    v.put(
        "floats",
        boxed(
            TypeDesc.sliceOf(TypeDesc.FLOAT64),
            DoubleSlice.of(1.5, negZero, Double.POSITIVE_INFINITY)));
    v.put("bools", boxed(TypeDesc.sliceOf(TypeDesc.BOOL), BoolSlice.of(true, false)));
    v.put("i8s", boxed(TypeDesc.sliceOf(TypeDesc.INT8), LongSlice.of(-1, 2)));
    v.put("u16s", boxed(TypeDesc.sliceOf(TypeDesc.UINT16), LongSlice.of(1, 65535)));
    v.put("arr", boxed(TypeDesc.arrayOf(3, INT), new long[] {1, 2, 3}));
    v.put(
        "arr2",
        boxed(
            TypeDesc.arrayOf(2, TypeDesc.arrayOf(2, INT)),
            new Object[] {new long[] {1, 2}, new long[] {3, 4}}));
    TypeDesc mapSI = TypeDesc.mapOf(STRING, INT);
    v.put("map_si", boxed(mapSI, map(mapSI, "b", 2L, "a", 1L, "c", 3L)));
    TypeDesc mapIS = TypeDesc.mapOf(INT, STRING);
    v.put("map_is", boxed(mapIS, map(mapIS, 3L, "c", 1L, "a", -2L, "z")));
    v.put("map_nil", boxed(mapSI, null));
    v.put("map_empty", boxed(mapSI, map(mapSI)));
    TypeDesc mapB = TypeDesc.mapOf(TypeDesc.BOOL, INT);
    v.put("map_bool", boxed(mapB, map(mapB, true, 1L, false, 0L)));
    TypeDesc mapF = TypeDesc.mapOf(TypeDesc.FLOAT64, STRING);
    v.put(
        "map_f",
        boxed(mapF, map(mapF, 2.5, "x", Double.NEGATIVE_INFINITY, "y", 0.0, "z")));
    TypeDesc mapSL = TypeDesc.mapOf(STRING, ints);
    v.put("map_sl", boxed(mapSL, map(mapSL, "k", LongSlice.of(1, 2))));
    v.put("t", boxed(T, new Rec(T, 1L, "x")));
    v.put("tp", new Rec(T, 2L, "y"));
    v.put("tnil", boxed(TypeDesc.pointerTo(T), null));
    v.put(
        "outer",
        boxed(
            OUTER,
            new Rec(
                OUTER, "o", new Rec(INNER, 1L, 2L), null, LongSlice.of(3), map(mapSI, "m", 4L))));
    Rec outerp = (Rec) OUTER.zero();
    outerp.fields[0] = "p";
    v.put("outerp", outerp);
    v.put("u_struct", boxed(U, new Rec(U, 5L, "q")));
    v.put("e_struct", boxed(E, new Rec(E, new Rec(T, 1L, "e"), 9L)));
    v.put("w1", boxed(W, new Rec(W, 1L, null)));
    v.put("w2", boxed(W, new Rec(W, null, Errors.newError("boom"))));
    v.put("w3", boxed(W, new Rec(W, "s", null)));
    v.put("celsius", CELSIUS.box(21.5));
    v.put("cels", boxed(TypeDesc.sliceOf(CELSIUS), DoubleSlice.of(1, 2)));
    v.put("st", ST.box(stRec(3)));
    v.put("stp", stRec(4));
    v.put("sts", boxed(TypeDesc.sliceOf(ST), RefSlice.of(stRec(1), stRec(2))));
    TypeDesc mapST = TypeDesc.mapOf(STRING, ST);
    v.put("st_map", boxed(mapST, map(mapST, "a", stRec(5))));
    v.put("pt", boxed(PT, new StringerRec(PT, r -> Fmt.sprintf("PT(%d)", r.fields[0]), 6L)));
    v.put("ptp", new StringerRec(PT, r -> Fmt.sprintf("PT(%d)", r.fields[0]), 7L));
    v.put("bad", BAD.box(1L));
    v.put("stnil", TypeDesc.pointerTo(ST).box(null));
    v.put("sf", boxed(SF, new Rec(SF, 1.0, 2.0)));
    v.put("err", Errors.newError("oops"));
    v.put("werr", Fmt.errorf("wrap: %w", Errors.newError("inner")));
    v.put(
        "ifaces", boxed(TypeDesc.sliceOf(TypeDesc.ANY), RefSlice.of(1L, "a", null, 2.5, true)));
    v.put(
        "errs",
        boxed(TypeDesc.sliceOf(TypeDesc.ERROR), RefSlice.of(Errors.newError("e1"), null)));
    v.put("myint", boxed(MYINT, 5L));
    v.put("mystr", boxed(MYSTR, "ms"));
    v.put("myslice", boxed(MYSLICE, LongSlice.of(1)));
    v.put("mymap", boxed(MYMAP, map(MYMAP, "a", 1L)));
    TypeDesc empty = TypeDesc.newStruct();
    v.put("empty_struct", boxed(empty, new Rec(empty)));
    TypeDesc anon = TypeDesc.newStruct(f("A", INT), f("B", TypeDesc.sliceOf(STRING)));
    v.put("anon", boxed(anon, new Rec(anon, 1L, RefSlice.of("z"))));
    v.put("nil", null);
    return v;
  }

  @Test
  void everyValueWithEveryFormatPrintsAsGo() {
    Map<String, Object> values = values();
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (String[] row : GoTables.read("fmt-table.txt")) {
      String name = row[0];
      String format = GoTables.bytes(row[1]);
      String want = GoTables.bytes(row[2]);
      if (want.contains("0xc0") || format.equals("%p") || !values.containsKey(name)) {
        continue;
      }
      Object x = values.get(name);
      String got;
      try {
        got =
            switch (format) {
              case "Sprint" -> Fmt.sprint(x);
              case "Sprintln" -> Fmt.sprintln(x);
              case "Sprint2" -> Fmt.sprint(x, x);
              case "%x %X", "%#v|%+v" -> Fmt.sprintf(format, x, x);
              default -> Fmt.sprintf(format, x);
            };
      } catch (RuntimeException e) {
        got = "threw " + e;
      }
      checked++;
      if (!got.equals(want) && !sameUpToAddresses(got, want)) {
        mismatches.add(
            name + " " + GoTables.show(format) + ": got " + GoTables.show(got) + ", Go printed "
                + GoTables.show(want));
      }
    }
    assertThat(checked).isGreaterThan(5000);
    assertThat(mismatches).isEmpty();
  }

  /**
   * Pointers below the top level print as addresses, also with %d, %o and %b (a 12-digit decimal,
   * 14-digit octal or 40-digit binary number): those may differ.
   */
  private static boolean sameUpToAddresses(String got, String want) {
    String address = "0?x?c?[0-9a-f]{10,}";
    return got.replaceAll(address, "ADDR").equals(want.replaceAll(address, "ADDR"));
  }

  @Test
  void printfOdditiesAndErrorfPrintAsGo() {
    List<String> mismatches = new ArrayList<>();
    Errors.ErrorString e1 = (Errors.ErrorString) Errors.newError("inner");
    for (String[] row : GoTables.read("fmt-table.txt")) {
      String name = row[0];
      String format = GoTables.bytes(row[1]);
      String want = GoTables.bytes(row[2]);
      String got =
          switch (name) {
            case "odd3" -> Fmt.sprintf(format, 1L, "a", 2.5);
            case "odd1" -> Fmt.sprintf(format, 5L);
            case "odd0" -> Fmt.sprintf(format);
            case "sprint_mix" ->
                Fmt.sprint("a", 1L, 2L, "b", 3.5, null, "c", new Boxed(MYSTR, "d"), 4L);
            case "sprintln_mix" -> Fmt.sprintln("a", 1L, 2L, "b", 3.5, null);
            case "errorf_w" -> ((GoError) Fmt.errorf("outer: %w", e1)).error();
            case "errorf_ww" -> ((GoError) Fmt.errorf("%w and %w", e1, e1)).error();
            case "errorf_wint" -> ((GoError) Fmt.errorf("bad %w", 3L)).error();
            case "errorf_wnil" -> ((GoError) Fmt.errorf("nil %w", (Object) null)).error();
            case "errorf_v" -> ((GoError) Fmt.errorf("plain %v %d", e1, 7L)).error();
            case "errorf_T" ->
                Fmt.sprintf(
                    "%T %T %T",
                    Fmt.errorf("x %w", e1),
                    Fmt.errorf("x"),
                    Errors.unwrap(Fmt.errorf("x %w", e1)) == e1);
            default -> null;
          };
      if (got != null && !got.equals(want)) {
        mismatches.add(
            name + " " + GoTables.show(format) + ": got " + GoTables.show(got) + ", Go printed "
                + GoTables.show(want));
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void errorfWrapsWithW() {
    Object inner = Errors.newError("inner");
    Object outer = Fmt.errorf("outer: %w", inner);
    assertThat(Errors.unwrap(outer)).isSameAs(inner);
    assertThat(Errors.is(outer, inner)).isTrue();
    assertThat(Errors.unwrap(Fmt.errorf("outer: %v", inner))).isNull();
  }
}
