package dev.gosem.runtime;

import static dev.gosem.runtime.GoTestValues.f;
import static dev.gosem.runtime.GoTestValues.go;
import static dev.gosem.runtime.GoTestValues.struct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gosem.runtime.GoTestValues.Rec;
import dev.gosem.runtime.slice.BoolSlice;
import dev.gosem.runtime.slice.ByteSlice;
import dev.gosem.runtime.slice.DoubleSlice;
import dev.gosem.runtime.slice.LongSlice;
import dev.gosem.runtime.slice.RefSlice;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slices share arrays as Go's do, struct elements are values, strings decode as Go decodes. */
class DataSemanticsTest {
  private static final TypeDesc INT = TypeDesc.INT;

  private static String show(Object sliceOrArray, TypeDesc type) {
    return Fmt.sprint(new Boxed(type, sliceOrArray));
  }

  private static final TypeDesc INTS = TypeDesc.sliceOf(INT);

  /*
   * a := []int{1, 2, 3, 4, 5}; b := a[1:3]; b = append(b, 9); fmt.Println(a, b, len(b), cap(b))
   *   → [1 2 3 9 5] [2 3 9] 3 4
   * c := a[1:2:2]; c = append(c, 8); fmt.Println(a, c, cap(c))  → [1 2 3 9 5] [2 8] 2
   * n := copy(a, a[2:]); fmt.Println(n, a)  → 3 [3 9 5 9 5]
   */
  @Test
  void slicesShareTheirArrayUntilAppendGrows() {
    LongSlice a = LongSlice.of(1, 2, 3, 4, 5);
    LongSlice b = LongSlice.slice(a, 1, 3);
    b = LongSlice.append(b, 8, 9);
    assertThat(show(a, INTS) + " " + show(b, INTS) + " " + LongSlice.len(b) + " " + LongSlice.cap(b))
        .isEqualTo("[1 2 3 9 5] [2 3 9] 3 4");
    LongSlice c = LongSlice.slice(a, 1, 2, 2);
    c = LongSlice.append(c, 8, 8);
    assertThat(show(a, INTS) + " " + show(c, INTS) + " " + LongSlice.cap(c))
        .isEqualTo("[1 2 3 9 5] [2 8] 2");
    long n = LongSlice.copy(a, LongSlice.sliceFrom(a, 2));
    assertThat(n + " " + show(a, INTS)).isEqualTo("3 [3 9 5 9 5]");
    LongSlice d = LongSlice.of(1, 2, 3, 4, 5);
    LongSlice.copy(LongSlice.sliceFrom(d, 1), d);
    assertThat(show(d, INTS)).isEqualTo("[1 1 2 3 4]");
    // append(s, s...) reads s before writing.
    LongSlice e = LongSlice.make(2, 4, 8);
    LongSlice.set(e, 0, 1);
    LongSlice.set(e, 1, 2);
    assertThat(show(LongSlice.appendSlice(e, 8, e), INTS)).isEqualTo("[1 2 1 2]");
    assertThat(show(LongSlice.appendSlice(LongSlice.of(1, 2), 8, LongSlice.of(1, 2)), INTS))
        .isEqualTo("[1 2 1 2]");
  }

  @Test
  void nilSlices() {
    assertThat(LongSlice.len(null)).isZero();
    assertThat(LongSlice.cap(null)).isZero();
    assertThat(LongSlice.slice(null, 0, 0)).isNull();
    assertThat(LongSlice.append(null, 8)).isNull();
    assertThat(LongSlice.appendSlice(null, 8, null)).isNull();
    assertThat(LongSlice.copy(null, LongSlice.of(1))).isZero();
    assertThat(show(null, INTS)).isEqualTo("[]");
    assertThat(Fmt.sprintf("%#v", new Boxed(INTS, null))).isEqualTo("[]int(nil)");
    assertThat(RefSlice.append(null, TypeDesc.STRING)).isNull();
    assertThat(ByteSlice.appendString(null, "")).isNull();
  }

  @Test
  void arraysSliceAsViews() {
    long[] arr = {1, 2, 3};
    LongSlice s = LongSlice.ofArray(arr, 0, 3);
    LongSlice.set(s, 0, 7);
    assertThat(arr[0]).isEqualTo(7);
    LongSlice t = LongSlice.ofArray(arr, 1, 2, 3);
    assertThat(LongSlice.cap(t)).isEqualTo(2);
    byte[] bytes = {1, 2};
    assertThat(ByteSlice.get(ByteSlice.ofArray(bytes, 1, 2), 0)).isEqualTo(2);
    DoubleSlice ds = DoubleSlice.make(2, 8);
    DoubleSlice.set(ds, 1, 2.5);
    assertThat(DoubleSlice.get(ds, 1)).isEqualTo(2.5);
    BoolSlice bs = BoolSlice.append(null, true);
    assertThat(BoolSlice.get(bs, 0)).isTrue();
  }

  /*
   * type P struct{ X int }
   * s := make([]P, 1, 1); p := &s[0]; t := append(s, P{2}); t[0].X = 5
   * fmt.Println(s[0].X, p.X, t[0].X)  → 0 0 5   (growth copied the elements)
   * u := []P{{7}, {8}}; copy(s, u); fmt.Println(p.X)  → 7   (copy assigns into s[0])
   * v := make([]P, 0, 4); v = v[:4]; fmt.Println(v[3].X)  → 0
   */
  @Test
  void structElementsAreValues() {
    TypeDesc p = struct("P", f("X", INT));
    RefSlice s = RefSlice.make(1, 1, p);
    Rec ptr = (Rec) RefSlice.get(s, 0);
    RefSlice t = RefSlice.append(s, p, new Rec(p, 2L));
    ((Rec) RefSlice.get(t, 0)).fields[0] = 5L;
    assertThat(List.of(((Rec) RefSlice.get(s, 0)).fields[0], ptr.fields[0],
            ((Rec) RefSlice.get(t, 0)).fields[0]))
        .containsExactly(0L, 0L, 5L);
    RefSlice.copy(s, RefSlice.of(new Rec(p, 7L), new Rec(p, 8L)), p);
    assertThat(ptr.fields[0]).isEqualTo(7L);
    RefSlice v = RefSlice.slice(RefSlice.make(0, 4, p), 0, 4);
    assertThat(((Rec) RefSlice.get(v, 3)).fields[0]).isEqualTo(0L);
    // Assigning an element keeps pointers to it valid.
    RefSlice.assign(s, 0, p, new Rec(p, 9L));
    assertThat(ptr.fields[0]).isEqualTo(9L);
    // Strings beyond len are "" too.
    RefSlice strs = RefSlice.slice(RefSlice.make(0, 3, TypeDesc.STRING), 0, 3);
    assertThat(RefSlice.get(strs, 2)).isEqualTo("");
    // Grown slots after the new length hold zero values.
    RefSlice grown = RefSlice.append(null, TypeDesc.STRING, "a");
    assertThat(RefSlice.get(RefSlice.slice(grown, 0, RefSlice.cap(grown)), 0)).isEqualTo("a");
    // Arrays of structs copy deeply.
    TypeDesc arrT = TypeDesc.arrayOf(2, p);
    Object[] arr = (Object[]) arrT.zero();
    Object[] copy = (Object[]) GoArrays.copyValue(arrT, arr);
    ((Rec) copy[0]).fields[0] = 3L;
    assertThat(((Rec) arr[0]).fields[0]).isEqualTo(0L);
    assertThat(GoArrays.equal(arrT, arr, GoArrays.copyValue(arrT, arr))).isTrue();
    assertThat(GoArrays.equal(arrT, arr, copy)).isFalse();
  }

  /* for i, r := range "a\xffé😀" { fmt.Println(i, r) } → 0 97, 1 65533, 2 233, 4 128512 */
  @Test
  void rangeOverStringDecodesRunes() {
    String s = "a\u00ff" + go("é😀");
    List<String> got = new ArrayList<>();
    for (int i = 0; i < s.length(); ) {
      long d = GoStrings.decodeRune(s, i);
      got.add(i + " " + (d >> 32));
      i += (int) d;
    }
    assertThat(got).containsExactly("0 97", "1 65533", "2 233", "4 128512");
    // Overlong, surrogate, beyond U+10FFFF and truncated sequences are one invalid byte each.
    for (String bad : new String[] {"\u00c0\u0080", "\u00ed\u00a0\u0080", "\u00f4\u0090\u0080\u0080",
        "\u00e2\u0082", "\u00f0\u009f\u0098"}) {
      assertThat(GoStrings.decodeRune(bad, 0)).as(Strconv.quote(bad)).isEqualTo((0xFFFDL << 32) | 1);
    }
    assertThat(GoStrings.runeCount("a\u00ff" + go("é😀"))).isEqualTo(4);
  }

  /*
   * string(rune(65)), string(rune(-1)), string(rune(0xD800)), string(rune(0x10FFFF+1)) →
   * "A", "\uFFFD" ×3; []rune("a\xffé") → [97 65533 233]; string([]rune{104, -1, 105}) → "h\uFFFDi"
   * []byte("héllo") → [104 195 169 108 108 111]; string([]byte{0xff}) → "\xff"
   */
  @Test
  void conversions() {
    assertThat(GoStrings.fromRune(65)).isEqualTo("A");
    assertThat(GoStrings.fromRune(-1)).isEqualTo(go("\uFFFD"));
    assertThat(GoStrings.fromRune(0xD800)).isEqualTo(go("\uFFFD"));
    assertThat(GoStrings.fromRune(0x110000)).isEqualTo(go("\uFFFD"));
    assertThat(GoStrings.fromRune(0x1F600)).isEqualTo(go("😀"));
    assertThat(show(GoStrings.toRunes("a\u00ff" + go("é")), TypeDesc.sliceOf(TypeDesc.RUNE)))
        .isEqualTo("[97 65533 233]");
    assertThat(GoStrings.fromRunes(LongSlice.of(104, -1, 105))).isEqualTo(go("h\uFFFDi"));
    ByteSlice b = ByteSlice.fromString(go("héllo"));
    assertThat(show(b, TypeDesc.sliceOf(TypeDesc.BYTE))).isEqualTo("[104 195 169 108 108 111]");
    assertThat(ByteSlice.toGoString(ByteSlice.of(0xFF))).isEqualTo("\u00ff");
    assertThat(ByteSlice.toGoString(null)).isEmpty();
    ByteSlice.set(b, 0, 'H');
    assertThat(ByteSlice.toGoString(b)).isEqualTo(go("Héllo"));
    assertThat(ByteSlice.copyString(ByteSlice.make(3), "abcdef")).isEqualTo(3);
    assertThat(Fmt.sprintf("%s|%x|%q", new Boxed(TypeDesc.sliceOf(TypeDesc.BYTE), b),
            new Boxed(TypeDesc.sliceOf(TypeDesc.BYTE), b), new Boxed(TypeDesc.sliceOf(TypeDesc.BYTE), b)))
        .isEqualTo(go("Héllo|48c3a96c6c6f|\"Héllo\""));
  }

  @Test
  void pointersToElementsAndCells() {
    long[] arr = {1, 2};
    LongRef p = LongRef.elem(arr, 1);
    p.set(5);
    assertThat(arr[1]).isEqualTo(5);
    assertThat(p).isEqualTo(LongRef.elem(arr, 1)).isNotEqualTo(LongRef.elem(arr, 0));
    assertThat(GoEquality.equal(TypeDesc.pointerTo(INT), p, LongRef.elem(arr, 1))).isTrue();
    LongRef.Cell c = LongRef.cell(3);
    assertThat(c).isNotEqualTo(LongRef.cell(3));
    ByteSlice bs = ByteSlice.of(0xFE);
    assertThat(LongRef.elem(bs, 0).get()).isEqualTo(0xFE);
    ObjRef ps = ObjRef.cell(LongSlice.of(1, 2));
    assertThat(Fmt.sprint(new Boxed(TypeDesc.pointerTo(INTS), ps))).isEqualTo("&[1 2]");
    assertThatThrownBy(() -> LongRef.elem(arr, 2)).isInstanceOf(GoPanic.class)
        .hasMessage("runtime error: index out of range [2] with length 2");
  }

  /*
   * e1 := errors.New("e"); w := fmt.Errorf("w: %w", e1); errors.Is(w, e1) true,
   * errors.Is(w, errors.New("e")) false; var ne *strconv.NumError; _, err := strconv.Atoi("x");
   * errors.As(err, &ne) true, errors.Is(err, strconv.ErrSyntax) true.
   */
  @Test
  void errorChains() {
    Object e1 = Errors.newError("e");
    Object w = Fmt.errorf("w: %w", e1);
    assertThat(Errors.is(w, e1)).isTrue();
    assertThat(Errors.is(w, Errors.newError("e"))).isFalse();
    assertThat(Errors.is(null, null)).isTrue();
    assertThat(Errors.is(w, null)).isFalse();
    Object err = Strconv.atoi("x")[1];
    assertThat(Errors.as(err, Strconv.NumError.TYPE)).isSameAs(err);
    assertThat(Errors.as(Fmt.errorf("ctx: %w", err), Strconv.NumError.TYPE)).isSameAs(err);
    assertThat(Errors.as(e1, Strconv.NumError.TYPE)).isNull();
    assertThat(Errors.is(err, Strconv.ERR_SYNTAX)).isTrue();
    assertThat(((GoError) err).error()).isEqualTo("strconv.Atoi: parsing \"x\": invalid syntax");
    assertThat(Errors.as(w, TypeDesc.ERROR)).isSameAs(w);
    assertThatThrownBy(() -> Errors.as(w, INT))
        .hasMessage("errors: *target must be interface or implement error");
  }

  @Test
  void stringsBuilder() {
    Strings.Builder sb = new Strings.Builder();
    sb.writeString("ab");
    sb.writeByte('c');
    sb.writeRune(0xE9);
    sb.writeRune(-5);
    assertThat(sb.string()).isEqualTo(go("abcé\uFFFD"));
    assertThat(sb.len()).isEqualTo(8);
    assertThat(Fmt.sprintf("%T", sb)).isEqualTo("*strings.Builder");
    Fmt.fprintf(sb, "|%d", 5L);
    assertThat(sb.string()).endsWith("|5");
  }

  /* fmt.Fprintln(os.Stderr, "e", 1); fmt.Fprint(os.Stdout, "o", 2) */
  @Test
  void fprintToStandardStreams() {
    GoProcess p = GoProcess.captured();
    p.run(
        () -> {
          Fmt.fprintln(OsFile.STDERR, "e", 1L);
          Fmt.fprint(OsFile.STDOUT, "o", 2L);
        });
    assertThat(p.stderr()).isEqualTo("e 1\n");
    assertThat(p.stdout()).isEqualTo("o2");
    assertThat(Fmt.sprintf("%T", OsFile.STDOUT)).isEqualTo("*os.File");
  }
}
