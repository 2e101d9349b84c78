package dev.gosem.backend.amd64.rt;

import dev.gosem.backend.amd64.x86.Alu;
import dev.gosem.backend.amd64.x86.Asm;
import dev.gosem.backend.amd64.x86.Cond;
import dev.gosem.backend.amd64.x86.Label;
import dev.gosem.backend.amd64.x86.Mem;
import dev.gosem.backend.amd64.x86.Reg;
import dev.gosem.backend.amd64.x86.Sse;
import dev.gosem.backend.amd64.x86.Unary;
import dev.gosem.backend.amd64.x86.Xmm;

/**
 * The builtin println's float format, +d.dddddde+ddd, computed exactly as Go's runtime.printfloat
 * does: scale into [1, 10) by repeated float64 division and multiplication by 10, add half a unit
 * of the 7th digit, then peel digits off with truncation. The steps are the same float64
 * operations in the same order, so every digit comes out as Go's (the result is not correctly
 * rounded, and need not be).
 */
final class FloatPrint {
  private FloatPrint() {}

  static Mem constant(RtAsm r, String name, double v) {
    String sym = "runtime.f64." + name;
    if (!r.rodata.defines(sym)) {
      long bits = Double.doubleToRawLongBits(v);
      byte[] b = new byte[8];
      for (int i = 0; i < 8; i++) b[i] = (byte) (bits >>> (8 * i));
      r.rodata.add(sym, 8, b);
    }
    return Mem.sym(sym);
  }

  static Mem signMask(RtAsm r) {
    String sym = "runtime.f64.signmask";
    if (!r.rodata.defines(sym)) {
      byte[] b = new byte[16];
      b[7] = (byte) 0x80;
      r.rodata.add(sym, 16, b);
    }
    return Mem.sym(sym);
  }

  static void emit(RtAsm r) {
    Asm a = r.a;
    // Go computes the rounding term with the same loop: h = 5, then h /= 10 seven times.
    double h = 5.0;
    for (int i = 0; i < 7; i++) h /= 10;
    Mem ten = constant(r, "ten", 10.0);
    Mem one = constant(r, "one", 1.0);
    Mem half = constant(r, "printhalf", h);
    Mem sign = signMask(r);

    r.func(RtNames.PRINTFLOAT);
    r.enter();
    a.alu(Alu.SUB, Reg.RSP, 16);
    Mem buf = Mem.of(Reg.RSP);
    Label nan = new Label();
    Label finite = new Label();
    Label negInf = new Label();
    a.ucomisd(Xmm.XMM0, Xmm.XMM0);
    a.jcc(Cond.P, nan);
    a.movapd(Xmm.XMM1, Xmm.XMM0);
    a.sse(Sse.ADDSD, Xmm.XMM1, Xmm.XMM0);
    a.ucomisd(Xmm.XMM1, Xmm.XMM0);
    a.jcc(Cond.NE, finite);
    a.xorpd(Xmm.XMM2, Xmm.XMM2);
    a.ucomisd(Xmm.XMM0, Xmm.XMM2);
    a.jcc(Cond.E, finite);
    a.jcc(Cond.B, negInf);
    r.loadLit("+Inf");
    r.call(RtNames.PRINTSTRING);
    r.leaveRet();
    a.bind(negInf);
    r.loadLit("-Inf");
    r.call(RtNames.PRINTSTRING);
    r.leaveRet();
    a.bind(nan);
    r.loadLit("NaN");
    r.call(RtNames.PRINTSTRING);
    r.leaveRet();

    a.bind(finite);
    a.mov8(buf, '+');
    a.movImm(Reg.R8, 0); // the exponent
    a.movsd(Xmm.XMM3, ten);
    Label nonZero = new Label();
    Label digits = new Label();
    a.xorpd(Xmm.XMM2, Xmm.XMM2);
    a.ucomisd(Xmm.XMM0, Xmm.XMM2);
    a.jcc(Cond.NE, nonZero);
    a.movq(Reg.RAX, Xmm.XMM0);
    a.test(Reg.RAX, Reg.RAX);
    a.jcc(Cond.NS, digits);
    a.mov8(buf, '-');
    a.jmp(digits);

    a.bind(nonZero);
    Label positive = new Label();
    a.jcc(Cond.A, positive);
    a.xorpd(Xmm.XMM0, sign);
    a.mov8(buf, '-');
    a.bind(positive);
    Label down = new Label();
    Label downDone = new Label();
    a.bind(down);
    a.ucomisd(Xmm.XMM0, Xmm.XMM3);
    a.jcc(Cond.B, downDone);
    a.sse(Sse.DIVSD, Xmm.XMM0, Xmm.XMM3);
    a.alu(Alu.ADD, Reg.R8, 1);
    a.jmp(down);
    a.bind(downDone);
    Label up = new Label();
    Label upDone = new Label();
    a.movsd(Xmm.XMM4, one);
    a.bind(up);
    a.ucomisd(Xmm.XMM0, Xmm.XMM4);
    a.jcc(Cond.AE, upDone);
    a.sse(Sse.MULSD, Xmm.XMM0, Xmm.XMM3);
    a.alu(Alu.SUB, Reg.R8, 1);
    a.jmp(up);
    a.bind(upDone);
    a.sse(Sse.ADDSD, Xmm.XMM0, half);
    a.ucomisd(Xmm.XMM0, Xmm.XMM3);
    a.jcc(Cond.B, digits);
    a.sse(Sse.DIVSD, Xmm.XMM0, Xmm.XMM3);
    a.alu(Alu.ADD, Reg.R8, 1);

    // Seven digits at buf[2..8]; then buf[1] = buf[2] and buf[2] = '.'.
    a.bind(digits);
    a.lea(Reg.RDI, buf.plus(2));
    a.movImm(Reg.RCX, 7);
    Label digit = new Label();
    a.bind(digit);
    a.cvttsd2si(Reg.RAX, Xmm.XMM0);
    a.lea(Reg.R9, Mem.of(Reg.RAX, '0'));
    a.mov8(Mem.of(Reg.RDI), Reg.R9);
    a.cvtsi2sd(Xmm.XMM5, Reg.RAX);
    a.sse(Sse.SUBSD, Xmm.XMM0, Xmm.XMM5);
    a.sse(Sse.MULSD, Xmm.XMM0, Xmm.XMM3);
    a.alu(Alu.ADD, Reg.RDI, 1);
    a.alu(Alu.SUB, Reg.RCX, 1);
    a.jcc(Cond.NE, digit);
    a.movzx8(Reg.RAX, buf.plus(2));
    a.mov8(buf.plus(1), Reg.RAX);
    a.mov8(buf.plus(2), '.');
    a.mov8(buf.plus(9), 'e');
    a.mov8(buf.plus(10), '+');
    Label expPositive = new Label();
    a.test(Reg.R8, Reg.R8);
    a.jcc(Cond.NS, expPositive);
    a.unary(Unary.NEG, Reg.R8);
    a.mov8(buf.plus(10), '-');
    a.bind(expPositive);
    a.mov(Reg.RAX, Reg.R8);
    a.movImm(Reg.RDX, 0);
    a.movImm(Reg.RCX, 100);
    a.unary(Unary.DIV, Reg.RCX);
    a.alu(Alu.ADD, Reg.RAX, '0');
    a.mov8(buf.plus(11), Reg.RAX);
    a.mov(Reg.RAX, Reg.RDX);
    a.movImm(Reg.RDX, 0);
    a.movImm(Reg.RCX, 10);
    a.unary(Unary.DIV, Reg.RCX);
    a.alu(Alu.ADD, Reg.RAX, '0');
    a.mov8(buf.plus(12), Reg.RAX);
    a.alu(Alu.ADD, Reg.RDX, '0');
    a.mov8(buf.plus(13), Reg.RDX);
    a.mov(Reg.RAX, Reg.RSP);
    a.movImm(Reg.RCX, 14);
    r.call(RtNames.PRINTSTRING);
    r.leaveRet();
    r.end();
  }
}
