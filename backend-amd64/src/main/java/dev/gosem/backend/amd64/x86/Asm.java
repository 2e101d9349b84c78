package dev.gosem.backend.amd64.x86;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asm encodes x86-64 instructions into a growing text buffer. Operands follow Intel order
 * (destination first), as objdump -M intel prints them; the encoder test checks every method
 * against GNU objdump. Jumps, calls and RIP-relative operands may name labels that are bound
 * later; {@link #finish} patches them. RIP-relative operands naming data symbols are left to the
 * linker as {@link SymbolRef}s.
 *
 * <p>Only the forms the backend and the native runtime use are here; each is 64-bit unless its
 * name says otherwise ({@code mov32}, {@code movzx8}).
 */
public final class Asm {
  /** A RIP-relative reference to a linker symbol: the disp32 at {@code pos} counts from {@code end}. */
  public record SymbolRef(int pos, int end, String symbol, int addend) {}

  /** A function's extent in the text, for the symbol table. */
  public record FuncSymbol(String name, int start, int end) {}

  private record LabelRef(int pos, int end, Label label) {}

  private byte[] buf = new byte[4096];
  private int size;
  private final List<LabelRef> labelRefs = new ArrayList<>();
  private final List<SymbolRef> symbolRefs = new ArrayList<>();
  private final List<FuncSymbol> funcs = new ArrayList<>();
  private final Map<String, Label> named = new LinkedHashMap<>();
  private String openFunc;
  private int openStart;

  /** The current offset in the text. */
  public int pos() {
    return size;
  }

  /** The label for a global text symbol (a function), created on first use. */
  public Label label(String name) {
    return named.computeIfAbsent(name, Label::new);
  }

  /** The named labels seen so far, in order of first use. */
  public Map<String, Label> namedLabels() {
    return named;
  }

  public void bind(Label l) {
    if (l.pos >= 0) throw new IllegalStateException("label " + l + " bound twice");
    l.pos = size;
  }

  /** Starts function {@code name} here: binds its label and opens its symbol. */
  public Label beginFunc(String name) {
    if (openFunc != null) throw new IllegalStateException("function " + openFunc + " is still open");
    Label l = label(name);
    bind(l);
    openFunc = name;
    openStart = size;
    return l;
  }

  public void endFunc() {
    funcs.add(new FuncSymbol(openFunc, openStart, size));
    openFunc = null;
  }

  public List<FuncSymbol> funcs() {
    return funcs;
  }

  public List<SymbolRef> symbolRefs() {
    return symbolRefs;
  }

  /** Patches every label reference and returns the text; all referenced labels must be bound. */
  public byte[] finish() {
    if (openFunc != null) throw new IllegalStateException("function " + openFunc + " is still open");
    for (LabelRef r : labelRefs) {
      putInt(r.pos, r.label.pos() - r.end);
    }
    labelRefs.clear();
    return Arrays.copyOf(buf, size);
  }

  // ---- raw bytes ----

  public void emit(int b) {
    if (size == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
    buf[size++] = (byte) b;
  }

  private void emit32(int v) {
    emit(v);
    emit(v >> 8);
    emit(v >> 16);
    emit(v >> 24);
  }

  private void emit64(long v) {
    emit32((int) v);
    emit32((int) (v >>> 32));
  }

  private void putInt(int at, int v) {
    buf[at] = (byte) v;
    buf[at + 1] = (byte) (v >> 8);
    buf[at + 2] = (byte) (v >> 16);
    buf[at + 3] = (byte) (v >> 24);
  }

  /** Pads with int3 to a multiple of n (padding between functions is never executed). */
  public void align(int n) {
    while (size % n != 0) emit(0xCC);
  }

  static boolean fits8(long v) {
    return v >= -128 && v <= 127;
  }

  static boolean fits32(long v) {
    return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
  }

  // ---- prefixes and operands ----

  /**
   * REX with W, R (from reg), X (from index), B (from base or rm); emitted when any bit is set or
   * when {@code force} is (byte registers spl, bpl, sil, dil exist only with a REX).
   */
  private void rex(boolean w, int reg, int index, int base, boolean force) {
    int r = 0x40 | (w ? 8 : 0) | ((reg >> 3) & 1) << 2 | ((index >> 3) & 1) << 1 | ((base >> 3) & 1);
    if (r != 0x40 || force) emit(r);
  }

  private void rexReg(boolean w, int reg, int rm, boolean force) {
    rex(w, reg, 0, rm, force);
  }

  private void rexMem(boolean w, int reg, Mem m, boolean force) {
    int index = m.index() == null ? 0 : m.index().code();
    int base = m.base() == null ? 0 : m.base().code();
    rex(w, reg, index, base, force);
  }

  private void modrmReg(int reg, int rm) {
    emit(0xC0 | (reg & 7) << 3 | (rm & 7));
  }

  /** ModRM, SIB and displacement for a memory operand; {@code immBytes} follow the displacement. */
  private void modrmMem(int reg, Mem m, int immBytes) {
    if (m.isRip()) {
      emit((reg & 7) << 3 | 5);
      int p = size;
      emit32(0);
      if (m.label() != null) {
        labelRefs.add(new LabelRef(p, p + 4 + immBytes, m.label()));
        // The displacement is relative to the label; a non-zero disp would need an addend.
        if (m.disp() != 0) throw new IllegalArgumentException("label operands take no displacement");
      } else {
        symbolRefs.add(new SymbolRef(p, p + 4 + immBytes, m.symbol(), m.disp()));
      }
      return;
    }
    int base = m.base().code();
    boolean sib = m.index() != null || (base & 7) == 4;
    int mod;
    if (m.disp() == 0 && (base & 7) != 5) mod = 0;
    else if (fits8(m.disp())) mod = 1;
    else mod = 2;
    emit(mod << 6 | (reg & 7) << 3 | (sib ? 4 : base & 7));
    if (sib) {
      int idx = m.index() == null ? 4 : m.index().code() & 7;
      int ss = Integer.numberOfTrailingZeros(m.scale());
      emit(ss << 6 | idx << 3 | (base & 7));
    }
    if (mod == 1) emit(m.disp());
    if (mod == 2) emit32(m.disp());
  }

  private static boolean byteNeedsRex(Reg r) {
    return r == Reg.RSP || r == Reg.RBP || r == Reg.RSI || r == Reg.RDI;
  }

  // ---- moves ----

  /** mov d, s (64-bit). */
  public void mov(Reg d, Reg s) {
    rexReg(true, s.code(), d.code(), false);
    emit(0x89);
    modrmReg(s.code(), d.code());
  }

  /** mov d32, s32: copies the low half and zeroes the high half. */
  public void mov32(Reg d, Reg s) {
    rexReg(false, s.code(), d.code(), false);
    emit(0x89);
    modrmReg(s.code(), d.code());
  }

  public void mov(Reg d, Mem m) {
    rexMem(true, d.code(), m, false);
    emit(0x8B);
    modrmMem(d.code(), m, 0);
  }

  public void mov(Mem m, Reg s) {
    rexMem(true, s.code(), m, false);
    emit(0x89);
    modrmMem(s.code(), m, 0);
  }

  /** mov d32, dword [m]: loads 32 bits, zero-extended. */
  public void mov32(Reg d, Mem m) {
    rexMem(false, d.code(), m, false);
    emit(0x8B);
    modrmMem(d.code(), m, 0);
  }

  /** mov byte [m], s8. */
  public void mov8(Mem m, Reg s) {
    rexMem(false, s.code(), m, byteNeedsRex(s));
    emit(0x88);
    modrmMem(s.code(), m, 0);
  }

  /** mov byte [m], imm8. */
  public void mov8(Mem m, int imm) {
    rexMem(false, 0, m, false);
    emit(0xC6);
    modrmMem(0, m, 1);
    emit(imm);
  }

  /** mov qword [m], imm32 sign-extended to 64 bits. */
  public void mov(Mem m, int imm) {
    rexMem(true, 0, m, false);
    emit(0xC7);
    modrmMem(0, m, 4);
    emit32(imm);
  }

  /**
   * Loads a 64-bit constant in the shortest form: mov r32, imm32 (zero-extends), mov r64,
   * simm32, or movabs. Never changes the flags (it does not use xor for zero).
   */
  public void movImm(Reg d, long imm) {
    if (imm >= 0 && imm <= 0xFFFF_FFFFL) {
      rexReg(false, 0, d.code(), false);
      emit(0xB8 + (d.code() & 7));
      emit32((int) imm);
    } else if (fits32(imm)) {
      rexReg(true, 0, d.code(), false);
      emit(0xC7);
      modrmReg(0, d.code());
      emit32((int) imm);
    } else {
      rexReg(true, 0, d.code(), false);
      emit(0xB8 + (d.code() & 7));
      emit64(imm);
    }
  }

  /** movzx d32, s8. */
  public void movzx8(Reg d, Reg s) {
    rexReg(false, d.code(), s.code(), byteNeedsRex(s));
    emit(0x0F);
    emit(0xB6);
    modrmReg(d.code(), s.code());
  }

  /** movzx d32, byte [m]. */
  public void movzx8(Reg d, Mem m) {
    rexMem(false, d.code(), m, false);
    emit(0x0F);
    emit(0xB6);
    modrmMem(d.code(), m, 0);
  }

  /** movzx d32, s16. */
  public void movzx16(Reg d, Reg s) {
    rexReg(false, d.code(), s.code(), false);
    emit(0x0F);
    emit(0xB7);
    modrmReg(d.code(), s.code());
  }

  /** movsx d64, s8. */
  public void movsx8(Reg d, Reg s) {
    rexReg(true, d.code(), s.code(), false);
    emit(0x0F);
    emit(0xBE);
    modrmReg(d.code(), s.code());
  }

  /** movsx d64, s16. */
  public void movsx16(Reg d, Reg s) {
    rexReg(true, d.code(), s.code(), false);
    emit(0x0F);
    emit(0xBF);
    modrmReg(d.code(), s.code());
  }

  /** movsxd d64, s32. */
  public void movsxd(Reg d, Reg s) {
    rexReg(true, d.code(), s.code(), false);
    emit(0x63);
    modrmReg(d.code(), s.code());
  }

  public void lea(Reg d, Mem m) {
    rexMem(true, d.code(), m, false);
    emit(0x8D);
    modrmMem(d.code(), m, 0);
  }

  // ---- integer arithmetic ----

  /** op d, s. */
  public void alu(Alu op, Reg d, Reg s) {
    rexReg(true, s.code(), d.code(), false);
    emit(op.ordinal() << 3 | 1);
    modrmReg(s.code(), d.code());
  }

  /** op d32, s32 (e.g. xor eax, eax to zero a register). */
  public void alu32(Alu op, Reg d, Reg s) {
    rexReg(false, s.code(), d.code(), false);
    emit(op.ordinal() << 3 | 1);
    modrmReg(s.code(), d.code());
  }

  /** op d, qword [m]. */
  public void alu(Alu op, Reg d, Mem m) {
    rexMem(true, d.code(), m, false);
    emit(op.ordinal() << 3 | 3);
    modrmMem(d.code(), m, 0);
  }

  /** op qword [m], s. */
  public void alu(Alu op, Mem m, Reg s) {
    rexMem(true, s.code(), m, false);
    emit(op.ordinal() << 3 | 1);
    modrmMem(s.code(), m, 0);
  }

  /** op d, imm (sign-extended imm8 or imm32). */
  public void alu(Alu op, Reg d, int imm) {
    rexReg(true, 0, d.code(), false);
    if (fits8(imm)) {
      emit(0x83);
      modrmReg(op.ordinal(), d.code());
      emit(imm);
    } else {
      emit(0x81);
      modrmReg(op.ordinal(), d.code());
      emit32(imm);
    }
  }

  /** op qword [m], imm (sign-extended imm8 or imm32). */
  public void alu(Alu op, Mem m, int imm) {
    rexMem(true, 0, m, false);
    if (fits8(imm)) {
      emit(0x83);
      modrmMem(op.ordinal(), m, 1);
      emit(imm);
    } else {
      emit(0x81);
      modrmMem(op.ordinal(), m, 4);
      emit32(imm);
    }
  }

  /** op byte [m], imm8 (cmp byte [m], 0x2d and friends). */
  public void alu8(Alu op, Mem m, int imm) {
    rexMem(false, 0, m, false);
    emit(0x80);
    modrmMem(op.ordinal(), m, 1);
    emit(imm);
  }

  public void test(Reg a, Reg b) {
    rexReg(true, b.code(), a.code(), false);
    emit(0x85);
    modrmReg(b.code(), a.code());
  }

  /** test a, imm32 (sign-extended). */
  public void test(Reg a, int imm) {
    rexReg(true, 0, a.code(), false);
    emit(0xF7);
    modrmReg(0, a.code());
    emit32(imm);
  }

  /** imul d, s: the low 64 bits of the product. */
  public void imul(Reg d, Reg s) {
    rexReg(true, d.code(), s.code(), false);
    emit(0x0F);
    emit(0xAF);
    modrmReg(d.code(), s.code());
  }

  public void imul(Reg d, Mem m) {
    rexMem(true, d.code(), m, false);
    emit(0x0F);
    emit(0xAF);
    modrmMem(d.code(), m, 0);
  }

  /** imul d, s, imm. */
  public void imul(Reg d, Reg s, int imm) {
    rexReg(true, d.code(), s.code(), false);
    if (fits8(imm)) {
      emit(0x6B);
      modrmReg(d.code(), s.code());
      emit(imm);
    } else {
      emit(0x69);
      modrmReg(d.code(), s.code());
      emit32(imm);
    }
  }

  /** not, neg, mul, imul (one operand), div, idiv of a register. */
  public void unary(Unary op, Reg r) {
    rexReg(true, 0, r.code(), false);
    emit(0xF7);
    modrmReg(op.digit, r.code());
  }

  public void unary(Unary op, Mem m) {
    rexMem(true, 0, m, false);
    emit(0xF7);
    modrmMem(op.digit, m, 0);
  }

  /** Shift by a constant count (masked to 6 bits by the machine). */
  public void shift(Shift op, Reg r, int count) {
    rexReg(true, 0, r.code(), false);
    if (count == 1) {
      emit(0xD1);
      modrmReg(op.digit, r.code());
    } else {
      emit(0xC1);
      modrmReg(op.digit, r.code());
      emit(count);
    }
  }

  /** Shift by cl. */
  public void shiftCl(Shift op, Reg r) {
    rexReg(true, 0, r.code(), false);
    emit(0xD3);
    modrmReg(op.digit, r.code());
  }

  /** cqo: sign-extends rax into rdx:rax. */
  public void cqo() {
    emit(0x48);
    emit(0x99);
  }

  /** setcc r8. */
  public void setcc(Cond c, Reg r) {
    rexReg(false, 0, r.code(), byteNeedsRex(r));
    emit(0x0F);
    emit(0x90 | c.code());
    modrmReg(0, r.code());
  }

  public void cmov(Cond c, Reg d, Reg s) {
    rexReg(true, d.code(), s.code(), false);
    emit(0x0F);
    emit(0x40 | c.code());
    modrmReg(d.code(), s.code());
  }

  public void push(Reg r) {
    rexReg(false, 0, r.code(), false);
    emit(0x50 + (r.code() & 7));
  }

  public void pop(Reg r) {
    rexReg(false, 0, r.code(), false);
    emit(0x58 + (r.code() & 7));
  }

  // ---- control ----

  private void rel32(Label l) {
    int p = size;
    emit32(0);
    labelRefs.add(new LabelRef(p, p + 4, l));
  }

  public void jmp(Label l) {
    emit(0xE9);
    rel32(l);
  }

  public void jcc(Cond c, Label l) {
    emit(0x0F);
    emit(0x80 | c.code());
    rel32(l);
  }

  public void call(Label l) {
    emit(0xE8);
    rel32(l);
  }

  public void ret() {
    emit(0xC3);
  }

  public void syscall() {
    emit(0x0F);
    emit(0x05);
  }

  /** ud2: traps; marks code that must never run. */
  public void ud2() {
    emit(0x0F);
    emit(0x0B);
  }

  public void int3() {
    emit(0xCC);
  }

  /** rep movsb: copies rcx bytes from [rsi] to [rdi]. */
  public void repMovsb() {
    emit(0xF3);
    emit(0xA4);
  }

  // ---- SSE2 scalar doubles ----

  private void sse(int prefix, boolean w, int op, int reg, int rm) {
    emit(prefix);
    rexReg(w, reg, rm, false);
    emit(0x0F);
    emit(op);
    modrmReg(reg, rm);
  }

  private void sse(int prefix, boolean w, int op, int reg, Mem m) {
    emit(prefix);
    rexMem(w, reg, m, false);
    emit(0x0F);
    emit(op);
    modrmMem(reg, m, 0);
  }

  /** movapd d, s: copies a whole register (the way to move a double between registers). */
  public void movapd(Xmm d, Xmm s) {
    sse(0x66, false, 0x28, d.code(), s.code());
  }

  public void movsd(Xmm d, Mem m) {
    sse(0xF2, false, 0x10, d.code(), m);
  }

  public void movsd(Mem m, Xmm s) {
    sse(0xF2, false, 0x11, s.code(), m);
  }

  /** movq d, s: the 64 bits of a general register into a double's bits. */
  public void movq(Xmm d, Reg s) {
    sse(0x66, true, 0x6E, d.code(), s.code());
  }

  /** movq d, s: a double's bits into a general register. */
  public void movq(Reg d, Xmm s) {
    sse(0x66, true, 0x7E, s.code(), d.code());
  }

  public void sse(Sse op, Xmm d, Xmm s) {
    sse(0xF2, false, op.opcode, d.code(), s.code());
  }

  public void sse(Sse op, Xmm d, Mem m) {
    sse(0xF2, false, op.opcode, d.code(), m);
  }

  /** ucomisd a, b: sets ZF, PF, CF as an unsigned compare would; unordered sets all three. */
  public void ucomisd(Xmm a, Xmm b) {
    sse(0x66, false, 0x2E, a.code(), b.code());
  }

  public void ucomisd(Xmm a, Mem m) {
    sse(0x66, false, 0x2E, a.code(), m);
  }

  public void xorpd(Xmm d, Xmm s) {
    sse(0x66, false, 0x57, d.code(), s.code());
  }

  /** xorpd d, [m]; m must be 16-byte aligned. */
  public void xorpd(Xmm d, Mem m) {
    sse(0x66, false, 0x57, d.code(), m);
  }

  /** cvtsi2sd d, s: the signed 64-bit integer as a double. */
  public void cvtsi2sd(Xmm d, Reg s) {
    sse(0xF2, true, 0x2A, d.code(), s.code());
  }

  /** cvttsd2si d, s: the double truncated toward zero as a signed 64-bit integer. */
  public void cvttsd2si(Reg d, Xmm s) {
    sse(0xF2, true, 0x2C, d.code(), s.code());
  }

  /** cvttsd2si d32, s: truncated to a signed 32-bit integer (0x80000000 when out of range). */
  public void cvttsd2si32(Reg d, Xmm s) {
    sse(0xF2, false, 0x2C, d.code(), s.code());
  }
}
