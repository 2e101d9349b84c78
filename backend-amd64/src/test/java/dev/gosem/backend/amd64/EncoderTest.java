package dev.gosem.backend.amd64;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.backend.amd64.x86.Alu;
import dev.gosem.backend.amd64.x86.Asm;
import dev.gosem.backend.amd64.x86.Cond;
import dev.gosem.backend.amd64.x86.Label;
import dev.gosem.backend.amd64.x86.Mem;
import dev.gosem.backend.amd64.x86.Reg;
import dev.gosem.backend.amd64.x86.Shift;
import dev.gosem.backend.amd64.x86.Sse;
import dev.gosem.backend.amd64.x86.Unary;
import dev.gosem.backend.amd64.x86.Xmm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Checks the encoder instruction by instruction against GNU objdump: every method of {@link Asm}
 * is called with every register (and a spread of memory operands covering the special ModRM/SIB
 * cases: rsp and r12 bases need a SIB byte, rbp and r13 bases need a displacement), the bytes
 * are disassembled, and objdump's text must be the text we meant.
 */
class EncoderTest {
  private record Case(Consumer<Asm> emit, Supplier<String> text) {}

  private final List<Case> cases = new ArrayList<>();

  private void add(Consumer<Asm> emit, String text) {
    cases.add(new Case(emit, () -> text));
  }

  private static final Reg[] REGS = Reg.values();
  private static final Xmm[] XMMS = Xmm.values();

  private static final List<Mem> MEMS = List.of(
      Mem.of(Reg.RAX), Mem.of(Reg.RSP), Mem.of(Reg.RBP), Mem.of(Reg.R12), Mem.of(Reg.R13),
      Mem.of(Reg.RBX, 0x10), Mem.of(Reg.RBP, -8), Mem.of(Reg.R11, 0x1000), Mem.of(Reg.RSP, -0x1000),
      Mem.of(Reg.RAX, Reg.RCX, 8, 0), Mem.of(Reg.R13, Reg.R12, 4, -0x20), Mem.of(Reg.RSP, Reg.RBP, 1, 0x7f),
      Mem.of(Reg.R15, Reg.R8, 2, 0x12345), Mem.of(Reg.RDI, Reg.RSI, 1, 0));

  static String hex(long v) {
    return v < 0 ? "-0x" + Long.toHexString(-v) : "0x" + Long.toHexString(v);
  }

  /** objdump's Intel text for a memory operand, e.g. {@code QWORD PTR [rbp-0x8]}. */
  static String mem(Mem m, String size) {
    StringBuilder sb = new StringBuilder();
    if (size != null) sb.append(size).append(" PTR ");
    sb.append('[');
    sb.append(m.base().name(64));
    if (m.index() != null) sb.append('+').append(m.index().name(64)).append('*').append(m.scale());
    boolean needsDisp = (m.base() == Reg.RBP || m.base() == Reg.R13) && m.index() == null;
    boolean sibZeroDisp = (m.base() == Reg.RBP || m.base() == Reg.R13) && m.index() != null;
    if (m.disp() != 0 || needsDisp || sibZeroDisp) sb.append(m.disp() < 0 ? "-" : "+").append("0x").append(Long.toHexString(Math.abs((long) m.disp())));
    return sb.append(']').toString();
  }

  static String imm(long v) {
    return "0x" + Long.toHexString(v);
  }

  @Test
  void everyFormMatchesObjdump() throws Exception {
    Objdump.require();
    moves();
    arithmetic();
    control();
    sse();
    Asm a = new Asm();
    int[] starts = new int[cases.size()];
    for (int i = 0; i < cases.size(); i++) {
      starts[i] = a.pos();
      cases.get(i).emit.accept(a);
    }
    byte[] code = a.finish();
    java.util.TreeMap<Integer, String> dis = new java.util.TreeMap<>(Objdump.disassemble(code));
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String want = Objdump.normalize(cases.get(i).text.get());
      String got = dis.get(starts[i]);
      int end = i + 1 < cases.size() ? starts[i + 1] : code.length;
      // Exactly one instruction must start in the case's bytes.
      int inside = dis.subMap(starts[i], end).size();
      if (!want.equals(got) || inside != 1) {
        mismatches.add(String.format("at 0x%x: want \"%s\", objdump says \"%s\" (%d instructions)", starts[i], want, got, inside));
      }
    }
    assertThat(mismatches).as("%d forms checked", cases.size()).isEmpty();
    assertThat(cases.size()).isGreaterThan(2000);
  }

  private void moves() {
    for (Reg d : REGS) {
      for (Reg s : REGS) {
        add(a -> a.mov(d, s), "mov " + d.name(64) + "," + s.name(64));
        add(a -> a.mov32(d, s), "mov " + d.name(32) + "," + s.name(32));
        add(a -> a.movzx8(d, s), "movzx " + d.name(32) + "," + s.name(8));
        add(a -> a.movzx16(d, s), "movzx " + d.name(32) + "," + s.name(16));
        add(a -> a.movsx8(d, s), "movsx " + d.name(64) + "," + s.name(8));
        add(a -> a.movsx16(d, s), "movsx " + d.name(64) + "," + s.name(16));
        add(a -> a.movsxd(d, s), "movsxd " + d.name(64) + "," + s.name(32));
      }
      for (Mem m : MEMS) {
        add(a -> a.mov(d, m), "mov " + d.name(64) + "," + mem(m, "QWORD"));
        add(a -> a.mov(m, d), "mov " + mem(m, "QWORD") + "," + d.name(64));
        add(a -> a.mov32(d, m), "mov " + d.name(32) + "," + mem(m, "DWORD"));
        add(a -> a.mov8(m, d), "mov " + mem(m, "BYTE") + "," + d.name(8));
        add(a -> a.movzx8(d, m), "movzx " + d.name(32) + "," + mem(m, "BYTE"));
        add(a -> a.lea(d, m), "lea " + d.name(64) + "," + mem(m, null));
      }
      for (long v : new long[] {0, 1, 0x7fffffffL, 0xffffffffL, -1, -0x80000000L, 0x100000000L, Long.MIN_VALUE, 0x123456789abcdefL}) {
        String text = v >= 0 && v <= 0xffffffffL ? "mov " + d.name(32) + "," + imm(v)
            : v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? "mov " + d.name(64) + "," + imm(v)
            : "movabs " + d.name(64) + "," + imm(v);
        add(a -> a.movImm(d, v), text);
      }
    }
    for (Mem m : MEMS) {
      add(a -> a.mov(m, 5), "mov " + mem(m, "QWORD") + ",0x5");
      add(a -> a.mov(m, -1), "mov " + mem(m, "QWORD") + ",0xffffffffffffffff");
      add(a -> a.mov8(m, 0x20), "mov " + mem(m, "BYTE") + ",0x20");
    }
    ripRelative();
  }

  /** Operands naming linker symbols: before linking the displacement is 0 (objdump shows rip+0x0). */
  private void ripRelative() {
    Mem s = Mem.sym("runtime.heapptr");
    String q = "QWORD PTR [rip+0x0]";
    add(a -> a.mov(Reg.RAX, s), "mov rax," + q);
    add(a -> a.mov(s, Reg.R9), "mov " + q + ",r9");
    add(a -> a.mov(s, 0), "mov " + q + ",0x0");
    add(a -> a.lea(Reg.R12, s), "lea r12,[rip+0x0]");
    add(a -> a.alu(Alu.CMP, Reg.RSP, s), "cmp rsp," + q);
    add(a -> a.alu(Alu.ADD, Reg.RDX, s), "add rdx," + q);
    add(a -> a.alu(Alu.CMP, s, 5), "cmp " + q + ",0x5");
    add(a -> a.alu(Alu.CMP, s, -1074), "cmp " + q + ",0xfffffffffffffbce");
    add(a -> a.imul(Reg.RAX, s), "imul rax," + q);
    add(a -> a.movsd(Xmm.XMM3, s), "movsd xmm3," + q);
    add(a -> a.movsd(s, Xmm.XMM12), "movsd " + q + ",xmm12");
    add(a -> a.ucomisd(Xmm.XMM0, s), "ucomisd xmm0," + q);
    add(a -> a.xorpd(Xmm.XMM9, s), "xorpd xmm9,XMMWORD PTR [rip+0x0]");
    for (Sse op : Sse.values()) add(a -> a.sse(op, Xmm.XMM15, s), op.mnemonic() + " xmm15," + q);
  }

  private void arithmetic() {
    for (Alu op : Alu.values()) {
      for (Reg d : REGS) {
        for (Reg s : REGS) add(a -> a.alu(op, d, s), op.mnemonic() + " " + d.name(64) + "," + s.name(64));
        add(a -> a.alu32(op, d, d), op.mnemonic() + " " + d.name(32) + "," + d.name(32));
        for (int v : new int[] {1, -1, 127, 128, -129, 0x12345678}) {
          add(a -> a.alu(op, d, v), op.mnemonic() + " " + d.name(64) + "," + imm(v));
        }
      }
      for (Mem m : MEMS) {
        add(a -> a.alu(op, Reg.R10, m), op.mnemonic() + " r10," + mem(m, "QWORD"));
        add(a -> a.alu(op, m, Reg.RDX), op.mnemonic() + " " + mem(m, "QWORD") + ",rdx");
        add(a -> a.alu(op, m, 3), op.mnemonic() + " " + mem(m, "QWORD") + ",0x3");
        add(a -> a.alu(op, m, 0x1000), op.mnemonic() + " " + mem(m, "QWORD") + ",0x1000");
        add(a -> a.alu8(op, m, 0x2d), op.mnemonic() + " " + mem(m, "BYTE") + ",0x2d");
      }
    }
    for (Reg d : REGS) {
      for (Reg s : REGS) {
        add(a -> a.test(d, s), "test " + d.name(64) + "," + s.name(64));
        add(a -> a.imul(d, s), "imul " + d.name(64) + "," + s.name(64));
        add(a -> a.imul(d, s, 10), "imul " + d.name(64) + "," + s.name(64) + ",0xa");
        add(a -> a.imul(d, s, 1000), "imul " + d.name(64) + "," + s.name(64) + "," + imm(1000));
        for (Cond c : Cond.values()) {
          add(a -> a.cmov(c, d, s), "cmov" + c.suffix() + " " + d.name(64) + "," + s.name(64));
        }
      }
      add(a -> a.test(d, 1), "test " + d.name(64) + ",0x1");
      for (Unary op : Unary.values()) add(a -> a.unary(op, d), op.mnemonic() + " " + d.name(64));
      for (Shift op : Shift.values()) {
        add(a -> a.shift(op, d, 1), op.mnemonic() + " " + d.name(64) + ",1");
        add(a -> a.shift(op, d, 63), op.mnemonic() + " " + d.name(64) + ",0x3f");
        add(a -> a.shiftCl(op, d), op.mnemonic() + " " + d.name(64) + ",cl");
      }
      for (Cond c : Cond.values()) add(a -> a.setcc(c, d), "set" + c.suffix() + " " + d.name(8));
      add(a -> a.push(d), "push " + d.name(64));
      add(a -> a.pop(d), "pop " + d.name(64));
    }
    for (Mem m : MEMS) {
      add(a -> a.imul(Reg.R8, m), "imul r8," + mem(m, "QWORD"));
      for (Unary op : Unary.values()) add(a -> a.unary(op, m), op.mnemonic() + " " + mem(m, "QWORD"));
    }
    add(Asm::cqo, "cqo");
  }

  private void control() {
    Label back = new Label();
    Label fwd = new Label();
    // Labels bind inside the case that follows them, so every case emits exactly one instruction.
    cases.add(new Case(a -> {
      a.bind(back);
      a.jmp(fwd);
    }, () -> "jmp " + imm(fwd.pos())));
    for (Cond c : Cond.values()) {
      cases.add(new Case(a -> a.jcc(c, back), () -> "j" + c.suffix() + " " + imm(back.pos())));
      cases.add(new Case(a -> a.jcc(c, fwd), () -> "j" + c.suffix() + " " + imm(fwd.pos())));
    }
    cases.add(new Case(a -> a.call(fwd), () -> "call " + imm(fwd.pos())));
    cases.add(new Case(a -> a.call(back), () -> "call " + imm(back.pos())));
    int[] end = new int[2];
    cases.add(new Case(a -> {
      a.lea(Reg.RSI, Mem.rip(fwd));
      end[0] = a.pos();
    }, () -> "lea rsi,[rip+" + imm(fwd.pos() - end[0]) + "]"));
    cases.add(new Case(a -> {
      a.alu(Alu.CMP, Mem.rip(back), 7);
      end[1] = a.pos();
    }, () -> "cmp QWORD PTR [rip+" + imm(back.pos() - end[1]) + "],0x7")); // objdump shows the negative disp32 as 64 bits
    add(Asm::syscall, "syscall");
    add(Asm::ud2, "ud2");
    add(Asm::int3, "int3");
    add(Asm::repMovsb, "rep movs BYTE PTR es:[rdi],BYTE PTR ds:[rsi]");
    cases.add(new Case(a -> {
      a.bind(fwd);
      a.ret();
    }, () -> "ret"));
  }

  private void sse() {
    for (Xmm d : XMMS) {
      for (Xmm s : XMMS) {
        add(a -> a.movapd(d, s), "movapd " + d + "," + s);
        add(a -> a.ucomisd(d, s), "ucomisd " + d + "," + s);
        add(a -> a.xorpd(d, s), "xorpd " + d + "," + s);
        for (Sse op : Sse.values()) add(a -> a.sse(op, d, s), op.mnemonic() + " " + d + "," + s);
      }
      for (Reg r : REGS) {
        add(a -> a.movq(d, r), "movq " + d + "," + r.name(64));
        add(a -> a.movq(r, d), "movq " + r.name(64) + "," + d);
        add(a -> a.cvtsi2sd(d, r), "cvtsi2sd " + d + "," + r.name(64));
        add(a -> a.cvttsd2si(r, d), "cvttsd2si " + r.name(64) + "," + d);
        add(a -> a.cvttsd2si32(r, d), "cvttsd2si " + r.name(32) + "," + d);
      }
      for (Mem m : MEMS) {
        add(a -> a.movsd(d, m), "movsd " + d + "," + mem(m, "QWORD"));
        add(a -> a.movsd(m, d), "movsd " + mem(m, "QWORD") + "," + d);
        add(a -> a.ucomisd(d, m), "ucomisd " + d + "," + mem(m, "QWORD"));
        add(a -> a.xorpd(d, m), "xorpd " + d + "," + mem(m, "XMMWORD"));
        for (Sse op : Sse.values()) add(a -> a.sse(op, d, m), op.mnemonic() + " " + d + "," + mem(m, "QWORD"));
      }
    }
  }
}
