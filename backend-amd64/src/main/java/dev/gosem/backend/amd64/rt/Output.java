package dev.gosem.backend.amd64.rt;

import dev.gosem.backend.amd64.x86.Alu;
import dev.gosem.backend.amd64.x86.Asm;
import dev.gosem.backend.amd64.x86.Cond;
import dev.gosem.backend.amd64.x86.Label;
import dev.gosem.backend.amd64.x86.Mem;
import dev.gosem.backend.amd64.x86.Reg;
import dev.gosem.backend.amd64.x86.Shift;
import dev.gosem.backend.amd64.x86.Unary;

/**
 * Output: write(2) with retries, the builtin print routines (stderr, written through as Go's
 * runtime does), integer formatting, and fmt's line buffer, which collects one Print/Println
 * call and writes it to stdout with one write, as Go's fmt does with os.Stdout.
 */
final class Output {
  static final int FMT_BUF = 4096;

  private Output() {}

  static void emit(RtAsm r) {
    write(r);
    integers(r);
    builtins(r);
    fmt(r);
  }

  /** write(rax = fd, rcx = pointer, rdx = length): all of it, retrying after EINTR and short writes. */
  private static void write(RtAsm r) {
    Asm a = r.a;
    r.func("runtime.write");
    a.mov(Reg.RDI, Reg.RAX);
    a.mov(Reg.RSI, Reg.RCX);
    Label loop = new Label();
    Label done = new Label();
    Label error = new Label();
    a.bind(loop);
    a.test(Reg.RDX, Reg.RDX);
    a.jcc(Cond.LE, done);
    r.syscall(NativeRuntime.SYS_WRITE);
    a.test(Reg.RAX, Reg.RAX);
    a.jcc(Cond.S, error);
    a.alu(Alu.ADD, Reg.RSI, Reg.RAX);
    a.alu(Alu.SUB, Reg.RDX, Reg.RAX);
    a.jmp(loop);
    a.bind(error);
    a.alu(Alu.CMP, Reg.RAX, -4); // EINTR: try again; any other error loses the output, as in Go
    a.jcc(Cond.E, loop);
    a.bind(done);
    a.ret();
    r.end();
  }

  /**
   * fmtuint(rax = value, rdi = end of a buffer) writes the decimal digits backwards and returns
   * rdi = the first digit; fmtint does the same for a signed value; fmthex writes lowercase hex.
   * They clobber rax, rcx, rdx, r8, r9.
   */
  private static void integers(RtAsm r) {
    Asm a = r.a;
    r.func("runtime.fmtuint");
    a.movImm(Reg.RCX, 0xCCCCCCCCCCCCCCCDL); // ceil(2^67 / 10): x / 10 = (x * this) >> 67
    a.mov(Reg.R8, Reg.RAX);
    Label loop = new Label();
    a.bind(loop);
    a.mov(Reg.RAX, Reg.R8);
    a.unary(Unary.MUL, Reg.RCX);
    a.shift(Shift.SHR, Reg.RDX, 3);
    a.lea(Reg.RAX, Mem.of(Reg.RDX, Reg.RDX, 4, 0));
    a.alu(Alu.ADD, Reg.RAX, Reg.RAX);
    a.mov(Reg.R9, Reg.R8);
    a.alu(Alu.SUB, Reg.R9, Reg.RAX);
    a.alu(Alu.ADD, Reg.R9, '0');
    a.alu(Alu.SUB, Reg.RDI, 1);
    a.mov8(Mem.of(Reg.RDI), Reg.R9);
    a.mov(Reg.R8, Reg.RDX);
    a.test(Reg.R8, Reg.R8);
    a.jcc(Cond.NE, loop);
    a.ret();
    r.end();

    r.func("runtime.fmtint");
    a.test(Reg.RAX, Reg.RAX);
    Label negative = new Label();
    a.jcc(Cond.S, negative);
    r.jmp("runtime.fmtuint");
    a.bind(negative);
    a.unary(Unary.NEG, Reg.RAX);
    r.call("runtime.fmtuint");
    a.alu(Alu.SUB, Reg.RDI, 1);
    a.mov8(Mem.of(Reg.RDI), '-');
    a.ret();
    r.end();

    r.func("runtime.fmthex");
    Label hexLoop = new Label();
    Label letter = new Label();
    Label store = new Label();
    a.bind(hexLoop);
    a.mov(Reg.R9, Reg.RAX);
    a.alu(Alu.AND, Reg.R9, 15);
    a.alu(Alu.CMP, Reg.R9, 10);
    a.jcc(Cond.AE, letter);
    a.alu(Alu.ADD, Reg.R9, '0');
    a.jmp(store);
    a.bind(letter);
    a.alu(Alu.ADD, Reg.R9, 'a' - 10);
    a.bind(store);
    a.alu(Alu.SUB, Reg.RDI, 1);
    a.mov8(Mem.of(Reg.RDI), Reg.R9);
    a.shift(Shift.SHR, Reg.RAX, 4);
    a.jcc(Cond.NE, hexLoop);
    a.ret();
    r.end();
  }

  /**
   * A routine that formats rax into a 32-byte buffer on its own stack with {@code formatter}
   * and hands the text (rax = pointer, rcx = length) to {@code sink}.
   */
  private static void formatted(RtAsm r, String name, String formatter, String sink) {
    Asm a = r.a;
    r.func(name);
    r.enter();
    a.alu(Alu.SUB, Reg.RSP, 32);
    a.mov(Reg.RDI, Reg.RBP);
    r.call(formatter);
    a.mov(Reg.RAX, Reg.RDI);
    a.mov(Reg.RCX, Reg.RBP);
    a.alu(Alu.SUB, Reg.RCX, Reg.RDI);
    r.call(sink);
    r.leaveRet();
    r.end();
  }

  /** A routine that hands one of two literals to {@code sink}: rax != 0 picks the first. */
  private static void bool(RtAsm r, String name, String sink) {
    Asm a = r.a;
    r.func(name);
    a.test(Reg.RAX, Reg.RAX);
    Label no = new Label();
    a.jcc(Cond.E, no);
    r.loadLit("true");
    r.jmp(sink);
    a.bind(no);
    r.loadLit("false");
    r.jmp(sink);
    r.end();
  }

  private static void literal(RtAsm r, String name, String text, String sink) {
    r.func(name);
    r.loadLit(text);
    r.jmp(sink);
    r.end();
  }

  private static void builtins(RtAsm r) {
    Asm a = r.a;
    r.func(RtNames.PRINTSTRING);
    a.mov(Reg.RDX, Reg.RCX);
    a.mov(Reg.RCX, Reg.RAX);
    a.movImm(Reg.RAX, 2);
    r.jmp("runtime.write");
    r.end();
    formatted(r, RtNames.PRINTINT, "runtime.fmtint", RtNames.PRINTSTRING);
    formatted(r, RtNames.PRINTUINT, "runtime.fmtuint", RtNames.PRINTSTRING);
    formatted(r, "runtime.printhex", "runtime.fmthex", RtNames.PRINTSTRING);
    bool(r, RtNames.PRINTBOOL, RtNames.PRINTSTRING);
    literal(r, RtNames.PRINTSP, " ", RtNames.PRINTSTRING);
    literal(r, RtNames.PRINTNL, "\n", RtNames.PRINTSTRING);
  }

  private static void fmt(RtAsm r) {
    Asm a = r.a;
    r.bss.reserve("fmt.buf", 16, FMT_BUF);
    Mem buf = Mem.sym("fmt.buf");
    Mem n = r.word("fmt.n");

    // appendstring(rax = pointer, rcx = length): into the buffer, flushing when it is full.
    r.func(RtNames.FMT_STRING);
    a.mov(Reg.RDX, n);
    a.lea(Reg.R8, Mem.of(Reg.RDX, Reg.RCX, 1, 0));
    a.alu(Alu.CMP, Reg.R8, FMT_BUF);
    Label slow = new Label();
    a.jcc(Cond.A, slow);
    a.lea(Reg.RDI, buf);
    a.alu(Alu.ADD, Reg.RDI, Reg.RDX);
    a.mov(Reg.RSI, Reg.RAX);
    a.repMovsb();
    a.mov(n, Reg.R8);
    a.ret();
    a.bind(slow);
    r.enter();
    a.push(Reg.RBX);
    a.push(Reg.R12);
    a.mov(Reg.RBX, Reg.RAX);
    a.mov(Reg.R12, Reg.RCX);
    r.call(RtNames.FMT_FLUSH);
    a.alu(Alu.CMP, Reg.R12, FMT_BUF);
    Label direct = new Label();
    Label out = new Label();
    a.jcc(Cond.A, direct);
    a.lea(Reg.RDI, buf);
    a.mov(Reg.RSI, Reg.RBX);
    a.mov(Reg.RCX, Reg.R12);
    a.repMovsb();
    a.mov(n, Reg.R12);
    a.jmp(out);
    a.bind(direct);
    a.movImm(Reg.RAX, 1);
    a.mov(Reg.RCX, Reg.RBX);
    a.mov(Reg.RDX, Reg.R12);
    r.call("runtime.write");
    a.bind(out);
    a.pop(Reg.R12);
    a.pop(Reg.RBX);
    a.pop(Reg.RBP);
    a.ret();
    r.end();

    r.func(RtNames.FMT_FLUSH);
    a.mov(Reg.RDX, n);
    a.test(Reg.RDX, Reg.RDX);
    Label empty = new Label();
    a.jcc(Cond.E, empty);
    a.mov(n, 0);
    a.movImm(Reg.RAX, 1);
    a.lea(Reg.RCX, buf);
    r.jmp("runtime.write");
    a.bind(empty);
    a.ret();
    r.end();

    formatted(r, RtNames.FMT_INT, "runtime.fmtint", RtNames.FMT_STRING);
    formatted(r, RtNames.FMT_UINT, "runtime.fmtuint", RtNames.FMT_STRING);
    bool(r, RtNames.FMT_BOOL, RtNames.FMT_STRING);
    literal(r, RtNames.FMT_SP, " ", RtNames.FMT_STRING);
    literal(r, RtNames.FMT_NL, "\n", RtNames.FMT_STRING);
  }
}
