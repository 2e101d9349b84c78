package dev.gosem.backend.amd64.link;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section collects the bytes (or, for bss, only the size) of one data section and the symbols
 * defined in it. Words that hold the address of a symbol are recorded as {@link AddressWord}s
 * and filled in by the linker once every section has its address.
 */
public final class Section {
  /** An 8-byte slot at {@code offset} that receives the address of {@code symbol} plus addend. */
  public record AddressWord(int offset, String symbol, long addend) {}

  /** A symbol defined in this section. */
  public record Symbol(String name, int offset, int size, boolean function) {}

  private final String name;
  private final boolean noBits;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private int bssSize;
  private int alignment = 1;
  private final Map<String, Symbol> symbols = new LinkedHashMap<>();
  private final List<AddressWord> words = new ArrayList<>();
  private final Map<String, String> interned = new LinkedHashMap<>();

  private Section(String name, boolean noBits) {
    this.name = name;
    this.noBits = noBits;
  }

  /** A section with contents (.rodata, .data). */
  public static Section progBits(String name) {
    return new Section(name, false);
  }

  /** A zero-initialized section that takes no file space (.bss). */
  public static Section noBits(String name) {
    return new Section(name, true);
  }

  public String name() {
    return name;
  }

  public boolean isNoBits() {
    return noBits;
  }

  public int size() {
    return noBits ? bssSize : bytes.size();
  }

  public int alignment() {
    return alignment;
  }

  public byte[] bytes() {
    return bytes.toByteArray();
  }

  public Map<String, Symbol> symbols() {
    return symbols;
  }

  public List<AddressWord> addressWords() {
    return words;
  }

  public boolean defines(String symbol) {
    return symbols.containsKey(symbol);
  }

  /** Pads to a multiple of n; the section's own alignment becomes at least n. */
  public void align(int n) {
    alignment = Math.max(alignment, n);
    while (size() % n != 0) {
      if (noBits) bssSize++;
      else bytes.write(0);
    }
  }

  private void define(String symbol, int offset, int size) {
    if (symbols.putIfAbsent(symbol, new Symbol(symbol, offset, size, false)) != null) {
      throw new IllegalStateException("symbol " + symbol + " defined twice in " + name);
    }
  }

  /** Defines a symbol over the given bytes, aligned to {@code align}. */
  public void add(String symbol, int align, byte[] data) {
    if (noBits) throw new IllegalStateException(name + " holds no bytes");
    align(align);
    define(symbol, size(), data.length);
    bytes.writeBytes(data);
  }

  /** Reserves {@code size} zero bytes under a symbol (bss only). */
  public void reserve(String symbol, int align, int size) {
    if (!noBits) throw new IllegalStateException(name + " is not a bss section");
    align(align);
    define(symbol, bssSize, size);
    bssSize += size;
  }

  /** Appends an 8-byte little-endian word. */
  public void word(long v) {
    for (int i = 0; i < 8; i++) bytes.write((int) (v >>> (8 * i)));
  }

  /** Appends an 8-byte word the linker fills with the address of {@code symbol} + addend. */
  public void addressOf(String symbol, long addend) {
    words.add(new AddressWord(size(), symbol, addend));
    word(0);
  }

  /** The current end: the start of a symbol later closed by {@link #defineRange}. */
  public int here() {
    return size();
  }

  /** Defines a symbol over the bytes from {@code start} (a {@link #here}) to the current end. */
  public void defineRange(String symbol, int start) {
    define(symbol, start, size() - start);
  }

  /**
   * The symbol of a string's bytes, shared by equal strings whatever their prefix; {@code
   * prefix} names a new one, numbered (Go's go.string."hello" names get too long for big
   * strings).
   */
  public String string(String prefix, byte[] data) {
    String key = new String(data, StandardCharsets.ISO_8859_1);
    String existing = interned.get(key);
    if (existing != null) return existing;
    String sym = prefix + interned.size();
    add(sym, 1, data);
    interned.put(key, sym);
    return sym;
  }
}
