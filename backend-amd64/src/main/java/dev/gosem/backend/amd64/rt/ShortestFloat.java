package dev.gosem.backend.amd64.rt;

import dev.gosem.backend.amd64.x86.Alu;
import dev.gosem.backend.amd64.x86.Asm;
import dev.gosem.backend.amd64.x86.Cond;
import dev.gosem.backend.amd64.x86.Label;
import dev.gosem.backend.amd64.x86.Mem;
import dev.gosem.backend.amd64.x86.Reg;
import dev.gosem.backend.amd64.x86.Shift;
import dev.gosem.backend.amd64.x86.Unary;
import dev.gosem.backend.amd64.x86.Xmm;

/**
 * fmt's %v of a float64: the shortest decimal that reads back as the same float64 (the closest
 * one when several are as short, ties to an even digit), printed as strconv's 'g' with
 * precision -1: exponent form when the decimal exponent is below -4 or at least 6.
 *
 * <p>The digits come from Giulietti's Schubfach algorithm (the one behind Java's
 * Double.toString since JDK 19), which needs one 126-bit power of ten per decimal exponent
 * ({@link Pow10Table}, computed exactly at link time) and three 64x64-bit multiplications.
 * Java's variant insists on at least two digits, which only matters for the smallest
 * subnormals (4.9e-324 where Go prints 5e-324); here one digit is enough, and the two smallest
 * subnormals, below Schubfach's C_TINY, are answered directly.
 */
final class ShortestFloat {
  private static final String TABLE = "runtime.pow10tab";

  // Frame slots, from rbp down.
  private static final Mem Q = slot(0);
  private static final Mem C = slot(1);
  private static final Mem CB = slot(2);
  private static final Mem CBL = slot(3);
  private static final Mem OUT = slot(4);
  private static final Mem K = slot(5);
  private static final Mem H = slot(6);
  private static final Mem G1 = slot(7);
  private static final Mem G0 = slot(8);
  private static final Mem VB = slot(9);
  private static final Mem VBL = slot(10);
  private static final Mem VBR = slot(11);
  private static final Mem S = slot(12);
  private static final Mem F = slot(13);
  private static final Mem E = slot(14);
  private static final Mem START = slot(15);
  /** The digits buffer: 32 bytes ending at DIGITS_END. */
  private static final Mem DIGITS_END = slot(16);
  private static final int FRAME = 8 * 17 + 32;

  private ShortestFloat() {}

  private static Mem slot(int i) {
    return Mem.of(Reg.RBP, -8 * (i + 1));
  }

  static void emit(RtAsm r) {
    r.rodata.add(TABLE, 16, Pow10Table.bytes());
    ftoa(r);
    Asm a = r.a;
    r.func(RtNames.FMT_FLOAT);
    r.enter();
    a.alu(Alu.SUB, Reg.RSP, 32);
    a.mov(Reg.RDI, Reg.RSP);
    r.call("runtime.ftoa");
    a.mov(Reg.RCX, Reg.RAX);
    a.mov(Reg.RAX, Reg.RSP);
    r.call(RtNames.FMT_STRING);
    r.leaveRet();
    r.end();
  }

  /** Copies a literal to the cursor r10 and advances it. */
  private static void put(RtAsm r, String text) {
    Asm a = r.a;
    a.lea(Reg.RSI, Mem.sym(r.lit(text)));
    a.mov(Reg.RDI, Reg.R10);
    a.movImm(Reg.RCX, text.length());
    a.repMovsb();
    a.mov(Reg.R10, Reg.RDI);
  }

  private static void putByte(Asm a, int c) {
    a.mov8(Mem.of(Reg.R10), c);
    a.alu(Alu.ADD, Reg.R10, 1);
  }

  /** ftoa(rdi = a buffer of at least 32 bytes, xmm0 = v) writes %v of v and returns rax = its length. */
  private static void ftoa(RtAsm r) {
    Asm a = r.a;
    Label rop = new Label();
    Label nan = new Label();
    Label inf = new Label();
    Label zero = new Label();
    Label sub = new Label();
    Label general = new Label();
    Label digits = new Label();
    Label finish = new Label();

    r.func("runtime.ftoa");
    r.enter();
    a.alu(Alu.SUB, Reg.RSP, FRAME);
    a.mov(START, Reg.RDI);
    a.mov(Reg.R10, Reg.RDI);
    a.ucomisd(Xmm.XMM0, Xmm.XMM0);
    a.jcc(Cond.P, nan);
    a.movq(Reg.RAX, Xmm.XMM0);
    Label positive = new Label();
    a.test(Reg.RAX, Reg.RAX);
    a.jcc(Cond.NS, positive);
    putByte(a, '-');
    a.shift(Shift.SHL, Reg.RAX, 1);
    a.shift(Shift.SHR, Reg.RAX, 1);
    a.bind(positive);
    a.mov(Reg.RDX, Reg.RAX);
    a.shift(Shift.SHR, Reg.RDX, 52);
    a.alu(Alu.CMP, Reg.RDX, 2047);
    a.jcc(Cond.E, inf);
    a.test(Reg.RAX, Reg.RAX);
    a.jcc(Cond.E, zero);
    a.movImm(Reg.R11, (1L << 52) - 1);
    a.alu(Alu.AND, Reg.RAX, Reg.R11);
    a.test(Reg.RDX, Reg.RDX);
    a.jcc(Cond.E, sub);

    // Normal: c = 2^52 | t, q = bq - 1075. Integers below 2^53 are their own shortest digits.
    a.movImm(Reg.R11, 1L << 52);
    a.alu(Alu.OR, Reg.RAX, Reg.R11);
    a.mov(C, Reg.RAX);
    a.movImm(Reg.RCX, 1075);
    a.alu(Alu.SUB, Reg.RCX, Reg.RDX);
    a.mov(Reg.RDX, Reg.RCX);
    a.unary(Unary.NEG, Reg.RDX);
    a.mov(Q, Reg.RDX);
    a.test(Reg.RCX, Reg.RCX);
    a.jcc(Cond.LE, general);
    a.alu(Alu.CMP, Reg.RCX, 53);
    a.jcc(Cond.GE, general);
    a.mov(Reg.R8, Reg.RAX);
    a.shiftCl(Shift.SHR, Reg.R8);
    a.mov(Reg.R9, Reg.R8);
    a.shiftCl(Shift.SHL, Reg.R9);
    a.alu(Alu.CMP, Reg.R9, Reg.RAX);
    a.jcc(Cond.NE, general);
    a.mov(F, Reg.R8);
    a.mov(E, 0);
    a.jmp(digits);

    // Subnormal: q = -1074, c = t; the two smallest are answered directly.
    a.bind(sub);
    Label notMin = new Label();
    Label notTwice = new Label();
    a.alu(Alu.CMP, Reg.RAX, 1);
    a.jcc(Cond.NE, notMin);
    a.mov(F, 5);
    a.mov(E, -324);
    a.jmp(digits);
    a.bind(notMin);
    a.alu(Alu.CMP, Reg.RAX, 2);
    a.jcc(Cond.NE, notTwice);
    a.mov(F, 1);
    a.mov(E, -323);
    a.jmp(digits);
    a.bind(notTwice);
    a.mov(C, Reg.RAX);
    a.mov(Q, -1074);

    a.bind(general);
    schubfach(r, rop);
    a.jmp(digits);

    // rop(cp = rcx): the rounded-to-odd high bits of cp * g / 2^127 (uses G1, G0).
    a.bind(rop);
    a.mov(Reg.RAX, G0);
    a.unary(Unary.MUL, Reg.RCX);
    a.mov(Reg.R8, Reg.RDX);
    a.mov(Reg.RAX, G1);
    a.unary(Unary.MUL, Reg.RCX);
    a.shift(Shift.SHR, Reg.RAX, 1);
    a.alu(Alu.ADD, Reg.RAX, Reg.R8);
    a.mov(Reg.R9, Reg.RAX);
    a.shift(Shift.SHR, Reg.R9, 63);
    a.alu(Alu.ADD, Reg.RDX, Reg.R9);
    a.shift(Shift.SHL, Reg.RAX, 1);
    a.setcc(Cond.NE, Reg.R9);
    a.movzx8(Reg.R9, Reg.R9);
    a.alu(Alu.OR, Reg.RDX, Reg.R9);
    a.mov(Reg.RAX, Reg.RDX);
    a.ret();

    a.bind(nan);
    put(r, "NaN");
    a.jmp(finish);
    a.bind(inf);
    Label plusInf = new Label();
    a.alu(Alu.CMP, Reg.R10, START);
    a.jcc(Cond.E, plusInf);
    put(r, "Inf");
    a.jmp(finish);
    a.bind(plusInf);
    put(r, "+Inf");
    a.jmp(finish);
    a.bind(zero);
    putByte(a, '0');
    a.jmp(finish);

    a.bind(digits);
    format(r);
    a.bind(finish);
    a.mov(Reg.RAX, Reg.R10);
    a.alu(Alu.SUB, Reg.RAX, START);
    r.leaveRet();
    r.end();
  }

  /** From C and Q, the shortest decimal F × 10^E (JDK DoubleToDecimal.toDecimal, with dk = 0). */
  private static void schubfach(RtAsm r, Label rop) {
    Asm a = r.a;
    Label regular = new Label();
    Label haveK = new Label();
    a.mov(Reg.RAX, C);
    a.mov(Reg.RCX, Reg.RAX);
    a.alu(Alu.AND, Reg.RCX, 1);
    a.mov(OUT, Reg.RCX);
    a.shift(Shift.SHL, Reg.RAX, 2);
    a.mov(CB, Reg.RAX);
    // At a power of two the interval below is half as wide: cbl = cb - 1, k = floor(log10(3/4 2^q)).
    a.movImm(Reg.R11, 1L << 52);
    a.alu(Alu.CMP, Reg.R11, C);
    a.jcc(Cond.NE, regular);
    a.alu(Alu.CMP, Q, -1074);
    a.jcc(Cond.E, regular);
    a.alu(Alu.SUB, Reg.RAX, 1);
    a.mov(CBL, Reg.RAX);
    a.mov(Reg.RAX, Q);
    a.movImm(Reg.RCX, 661_971_961_083L);
    a.imul(Reg.RAX, Reg.RCX);
    a.movImm(Reg.RCX, -274_743_187_321L);
    a.alu(Alu.ADD, Reg.RAX, Reg.RCX);
    a.jmp(haveK);
    a.bind(regular);
    a.alu(Alu.SUB, Reg.RAX, 2);
    a.mov(CBL, Reg.RAX);
    a.mov(Reg.RAX, Q);
    a.movImm(Reg.RCX, 661_971_961_083L);
    a.imul(Reg.RAX, Reg.RCX);
    a.bind(haveK);
    a.shift(Shift.SAR, Reg.RAX, 41);
    a.mov(K, Reg.RAX);
    // h = q + flog2pow10(-k) + 2
    a.unary(Unary.NEG, Reg.RAX);
    a.movImm(Reg.RCX, 913_124_641_741L);
    a.imul(Reg.RAX, Reg.RCX);
    a.shift(Shift.SAR, Reg.RAX, 38);
    a.alu(Alu.ADD, Reg.RAX, Q);
    a.alu(Alu.ADD, Reg.RAX, 2);
    a.mov(H, Reg.RAX);
    // g1, g0 for k
    a.mov(Reg.RAX, K);
    a.alu(Alu.ADD, Reg.RAX, -Pow10Table.K_MIN);
    a.shift(Shift.SHL, Reg.RAX, 4);
    a.lea(Reg.RDX, Mem.sym(TABLE));
    a.mov(Reg.RCX, Mem.of(Reg.RDX, Reg.RAX, 1, 0));
    a.mov(G1, Reg.RCX);
    a.mov(Reg.RCX, Mem.of(Reg.RDX, Reg.RAX, 1, 8));
    a.mov(G0, Reg.RCX);
    ropOf(a, rop, CB, 0, VB);
    ropOf(a, rop, CBL, 0, VBL);
    ropOf(a, rop, CB, 2, VBR);

    Label small = new Label();
    Label done = new Label();
    a.mov(Reg.RAX, VB);
    a.shift(Shift.SAR, Reg.RAX, 2);
    a.mov(S, Reg.RAX);
    // Java requires two digits here (s >= 100); Go wants the shortest, so one digit will do.
    a.alu(Alu.CMP, Reg.RAX, 10);
    a.jcc(Cond.L, small);
    // One digit less: sp10 = 10 floor(s / 10), tp10 = sp10 + 10.
    a.movImm(Reg.RCX, 115_292_150_460_684_698L << 4);
    a.unary(Unary.MUL, Reg.RCX);
    a.lea(Reg.RDX, Mem.of(Reg.RDX, Reg.RDX, 4, 0));
    a.alu(Alu.ADD, Reg.RDX, Reg.RDX);
    inInterval(a, Reg.RDX, 10, Reg.R8, Reg.R9);
    a.alu(Alu.CMP, Reg.R8, Reg.R9);
    a.jcc(Cond.E, small);
    pick(a, Reg.R8, Reg.RDX, 10);
    a.jmp(done);

    a.bind(small);
    a.mov(Reg.RDX, S);
    inInterval(a, Reg.RDX, 1, Reg.R8, Reg.R9);
    Label both = new Label();
    a.alu(Alu.CMP, Reg.R8, Reg.R9);
    a.jcc(Cond.E, both);
    pick(a, Reg.R8, Reg.RDX, 1);
    a.jmp(done);
    // Both s and t = s + 1 are in the interval: the closer to v, an even s on a tie.
    a.bind(both);
    a.mov(Reg.RAX, VB);
    a.lea(Reg.RCX, Mem.of(Reg.RDX, Reg.RDX, 1, 1));
    a.alu(Alu.ADD, Reg.RCX, Reg.RCX);
    a.alu(Alu.SUB, Reg.RAX, Reg.RCX);
    Label takeS = new Label();
    Label takeT = new Label();
    a.jcc(Cond.L, takeS);
    a.jcc(Cond.NE, takeT);
    a.test(Reg.RDX, 1);
    a.jcc(Cond.E, takeS);
    a.bind(takeT);
    a.alu(Alu.ADD, Reg.RDX, 1);
    a.bind(takeS);
    a.mov(F, Reg.RDX);
    a.bind(done);
    a.mov(Reg.RAX, K);
    a.mov(E, Reg.RAX);
  }

  /** dst = rop(g, (src + add) << h). */
  private static void ropOf(Asm a, Label rop, Mem src, int add, Mem dst) {
    a.mov(Reg.R11, src);
    if (add != 0) a.alu(Alu.ADD, Reg.R11, add);
    a.mov(Reg.RCX, H);
    a.shiftCl(Shift.SHL, Reg.R11);
    a.mov(Reg.RCX, Reg.R11);
    a.call(rop);
    a.mov(dst, Reg.RAX);
  }

  /** For candidates u = x and w = x + step: lo = (vbl + out <= 4u), hi = (4w + out <= vbr), as 0/1. */
  private static void inInterval(Asm a, Reg x, int step, Reg lo, Reg hi) {
    a.mov(Reg.RAX, VBL);
    a.alu(Alu.ADD, Reg.RAX, OUT);
    a.mov(Reg.RCX, x);
    a.shift(Shift.SHL, Reg.RCX, 2);
    a.alu(Alu.CMP, Reg.RAX, Reg.RCX);
    a.setcc(Cond.LE, lo);
    a.movzx8(lo, lo);
    a.lea(Reg.RCX, Mem.of(x, step));
    a.shift(Shift.SHL, Reg.RCX, 2);
    a.alu(Alu.ADD, Reg.RCX, OUT);
    a.alu(Alu.CMP, Reg.RCX, VBR);
    a.setcc(Cond.LE, hi);
    a.movzx8(hi, hi);
  }

  private static void pick(Asm a, Reg lo, Reg x, int step) {
    Label useX = new Label();
    a.test(lo, lo);
    a.jcc(Cond.NE, useX);
    a.alu(Alu.ADD, x, step);
    a.bind(useX);
    a.mov(F, x);
  }

  /** Writes F × 10^E at the cursor r10 in %v's form. */
  private static void format(RtAsm r) {
    Asm a = r.a;
    Label strip = new Label();
    Label stripped = new Label();
    Label eform = new Label();
    Label done = new Label();
    a.mov(Reg.RAX, F);
    a.lea(Reg.RDI, DIGITS_END);
    r.call("runtime.fmtuint");
    a.lea(Reg.RSI, DIGITS_END);
    a.bind(strip);
    a.alu8(Alu.CMP, Mem.of(Reg.RSI, -1), '0');
    a.jcc(Cond.NE, stripped);
    a.alu(Alu.SUB, Reg.RSI, 1);
    a.alu(Alu.ADD, E, 1);
    a.jmp(strip);
    a.bind(stripped);
    a.mov(Reg.R11, Reg.RDI); // first digit
    a.mov(Reg.R9, Reg.RSI);
    a.alu(Alu.SUB, Reg.R9, Reg.RDI); // n digits
    a.mov(Reg.RDX, E);
    a.alu(Alu.ADD, Reg.RDX, Reg.R9); // point: the value is 0.digits × 10^point
    a.lea(Reg.RAX, Mem.of(Reg.RDX, -1)); // the exponent of d.ddd form
    a.alu(Alu.CMP, Reg.RAX, -4);
    a.jcc(Cond.L, eform);
    a.alu(Alu.CMP, Reg.RAX, 6);
    a.jcc(Cond.GE, eform);

    Label pointPositive = new Label();
    Label mid = new Label();
    a.test(Reg.RDX, Reg.RDX);
    a.jcc(Cond.G, pointPositive);
    put(r, "0.");
    a.mov(Reg.RCX, Reg.RDX);
    a.unary(Unary.NEG, Reg.RCX);
    zeros(a);
    copyDigits(a, Reg.R9);
    a.jmp(done);
    a.bind(pointPositive);
    a.alu(Alu.CMP, Reg.RDX, Reg.R9);
    a.jcc(Cond.L, mid);
    a.mov(Reg.R8, Reg.RDX);
    copyDigits(a, Reg.R9);
    a.mov(Reg.RCX, Reg.R8);
    a.alu(Alu.SUB, Reg.RCX, Reg.R9);
    zeros(a);
    a.jmp(done);
    a.bind(mid);
    a.mov(Reg.RSI, Reg.R11);
    a.mov(Reg.RDI, Reg.R10);
    a.mov(Reg.RCX, Reg.RDX);
    a.repMovsb();
    a.mov8(Mem.of(Reg.RDI), '.');
    a.alu(Alu.ADD, Reg.RDI, 1);
    a.mov(Reg.RCX, Reg.R9);
    a.alu(Alu.SUB, Reg.RCX, Reg.RDX);
    a.repMovsb();
    a.mov(Reg.R10, Reg.RDI);
    a.jmp(done);

    // d.ddde±XX, at least two exponent digits.
    a.bind(eform);
    a.mov(Reg.R8, Reg.RAX);
    a.movzx8(Reg.RCX, Mem.of(Reg.R11));
    a.mov8(Mem.of(Reg.R10), Reg.RCX);
    a.alu(Alu.ADD, Reg.R10, 1);
    Label noFraction = new Label();
    a.alu(Alu.CMP, Reg.R9, 1);
    a.jcc(Cond.E, noFraction);
    putByte(a, '.');
    a.lea(Reg.RSI, Mem.of(Reg.R11, 1));
    a.mov(Reg.RDI, Reg.R10);
    a.lea(Reg.RCX, Mem.of(Reg.R9, -1));
    a.repMovsb();
    a.mov(Reg.R10, Reg.RDI);
    a.bind(noFraction);
    putByte(a, 'e');
    Label expPositive = new Label();
    a.mov8(Mem.of(Reg.R10), '+');
    a.test(Reg.R8, Reg.R8);
    a.jcc(Cond.NS, expPositive);
    a.mov8(Mem.of(Reg.R10), '-');
    a.unary(Unary.NEG, Reg.R8);
    a.bind(expPositive);
    a.alu(Alu.ADD, Reg.R10, 1);
    a.mov(Reg.RAX, Reg.R8);
    Label two = new Label();
    a.alu(Alu.CMP, Reg.RAX, 100);
    a.jcc(Cond.B, two);
    a.movImm(Reg.RDX, 0);
    a.movImm(Reg.RCX, 100);
    a.unary(Unary.DIV, Reg.RCX);
    a.alu(Alu.ADD, Reg.RAX, '0');
    a.mov8(Mem.of(Reg.R10), Reg.RAX);
    a.alu(Alu.ADD, Reg.R10, 1);
    a.mov(Reg.RAX, Reg.RDX);
    a.bind(two);
    a.movImm(Reg.RDX, 0);
    a.movImm(Reg.RCX, 10);
    a.unary(Unary.DIV, Reg.RCX);
    a.alu(Alu.ADD, Reg.RAX, '0');
    a.mov8(Mem.of(Reg.R10), Reg.RAX);
    a.alu(Alu.ADD, Reg.RDX, '0');
    a.mov8(Mem.of(Reg.R10, 1), Reg.RDX);
    a.alu(Alu.ADD, Reg.R10, 2);
    a.bind(done);
  }

  /** rcx zeros at the cursor. */
  private static void zeros(Asm a) {
    Label loop = new Label();
    Label end = new Label();
    a.bind(loop);
    a.test(Reg.RCX, Reg.RCX);
    a.jcc(Cond.LE, end);
    putByte(a, '0');
    a.alu(Alu.SUB, Reg.RCX, 1);
    a.jmp(loop);
    a.bind(end);
  }

  /** Copies n digits (from r11) to the cursor. */
  private static void copyDigits(Asm a, Reg n) {
    a.mov(Reg.RSI, Reg.R11);
    a.mov(Reg.RDI, Reg.R10);
    a.mov(Reg.RCX, n);
    a.repMovsb();
    a.mov(Reg.R10, Reg.RDI);
  }
}
