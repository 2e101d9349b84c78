package dev.gosem.backend.amd64.rt;

import dev.gosem.backend.amd64.x86.Alu;
import dev.gosem.backend.amd64.x86.Asm;
import dev.gosem.backend.amd64.x86.Cond;
import dev.gosem.backend.amd64.x86.Label;
import dev.gosem.backend.amd64.x86.Mem;
import dev.gosem.backend.amd64.x86.Reg;

/**
 * Strings: concatenation on the heap, equality and ordering. A string is a (pointer, length)
 * pair; its bytes never change once made, which is what lets concatenation extend the newest
 * heap object in place.
 */
final class Strings {
  private Strings() {}

  static void emit(RtAsm r) {
    concat(r);
    equal(r);
    compare(r);
  }

  /**
   * concatstring2(rax, rcx = a; rdx, rsi = b) returns (rax, rcx) = a + b. An empty operand
   * gives the other one back (Go does the same). When a ends exactly where the heap's free
   * space begins, b is appended in place: nothing that exists can see bytes past a's end, so
   * a's bytes stay a's and s += t in a loop costs amortized O(len(t)), not O(len(s)).
   */
  private static void concat(RtAsm r) {
    Asm a = r.a;
    Mem heapPtr = r.word("runtime.heapptr");
    Mem heapEnd = r.word("runtime.heapend");
    r.func(RtNames.CONCAT);
    Label returnA = new Label();
    a.test(Reg.RSI, Reg.RSI);
    a.jcc(Cond.E, returnA);
    Label both = new Label();
    a.test(Reg.RCX, Reg.RCX);
    a.jcc(Cond.NE, both);
    a.mov(Reg.RAX, Reg.RDX);
    a.mov(Reg.RCX, Reg.RSI);
    a.bind(returnA);
    a.ret();

    a.bind(both);
    Label copy = new Label();
    a.lea(Reg.R9, Mem.of(Reg.RAX, Reg.RCX, 1, 0));
    a.alu(Alu.CMP, Reg.R9, heapPtr);
    a.jcc(Cond.NE, copy);
    a.lea(Reg.R10, Mem.of(Reg.R9, Reg.RSI, 1, 0));
    a.alu(Alu.CMP, Reg.R10, heapEnd);
    a.jcc(Cond.A, copy);
    a.mov(heapPtr, Reg.R10);
    a.lea(Reg.R8, Mem.of(Reg.RCX, Reg.RSI, 1, 0));
    a.mov(Reg.RDI, Reg.R9);
    a.mov(Reg.RCX, Reg.RSI);
    a.mov(Reg.RSI, Reg.RDX);
    a.repMovsb();
    a.mov(Reg.RCX, Reg.R8);
    a.ret();

    a.bind(copy);
    r.enter();
    a.push(Reg.RBX);
    a.push(Reg.R12);
    a.push(Reg.R13);
    a.push(Reg.R14);
    a.mov(Reg.RBX, Reg.RAX);
    a.mov(Reg.R12, Reg.RCX);
    a.mov(Reg.R13, Reg.RDX);
    a.mov(Reg.R14, Reg.RSI);
    a.lea(Reg.RAX, Mem.of(Reg.R12, Reg.R14, 1, 0));
    r.call("runtime.mallocgc");
    a.mov(Reg.RDI, Reg.RAX);
    a.mov(Reg.RSI, Reg.RBX);
    a.mov(Reg.RCX, Reg.R12);
    a.repMovsb();
    a.mov(Reg.RSI, Reg.R13);
    a.mov(Reg.RCX, Reg.R14);
    a.repMovsb();
    a.lea(Reg.RCX, Mem.of(Reg.R12, Reg.R14, 1, 0));
    a.pop(Reg.R14);
    a.pop(Reg.R13);
    a.pop(Reg.R12);
    a.pop(Reg.RBX);
    a.pop(Reg.RBP);
    a.ret();
    r.end();
  }

  /** eqstring(rax, rcx = a; rdx, rsi = b) returns rax = 1 if the bytes are equal, else 0. */
  private static void equal(RtAsm r) {
    Asm a = r.a;
    r.func(RtNames.EQSTRING);
    Label no = new Label();
    Label yes = new Label();
    Label words = new Label();
    Label bytes = new Label();
    a.alu(Alu.CMP, Reg.RCX, Reg.RSI);
    a.jcc(Cond.NE, no);
    a.alu(Alu.CMP, Reg.RAX, Reg.RDX);
    a.jcc(Cond.E, yes);
    a.bind(words);
    a.alu(Alu.CMP, Reg.RCX, 8);
    a.jcc(Cond.B, bytes);
    a.mov(Reg.R8, Mem.of(Reg.RAX));
    a.alu(Alu.CMP, Reg.R8, Mem.of(Reg.RDX));
    a.jcc(Cond.NE, no);
    a.alu(Alu.ADD, Reg.RAX, 8);
    a.alu(Alu.ADD, Reg.RDX, 8);
    a.alu(Alu.SUB, Reg.RCX, 8);
    a.jmp(words);
    a.bind(bytes);
    a.test(Reg.RCX, Reg.RCX);
    a.jcc(Cond.E, yes);
    a.movzx8(Reg.R8, Mem.of(Reg.RAX));
    a.movzx8(Reg.R9, Mem.of(Reg.RDX));
    a.alu(Alu.CMP, Reg.R8, Reg.R9);
    a.jcc(Cond.NE, no);
    a.alu(Alu.ADD, Reg.RAX, 1);
    a.alu(Alu.ADD, Reg.RDX, 1);
    a.alu(Alu.SUB, Reg.RCX, 1);
    a.jmp(bytes);
    a.bind(yes);
    a.movImm(Reg.RAX, 1);
    a.ret();
    a.bind(no);
    a.movImm(Reg.RAX, 0);
    a.ret();
    r.end();
  }

  /** cmpstring(rax, rcx = a; rdx, rsi = b) returns rax = -1, 0 or 1 in Go's bytewise order. */
  private static void compare(RtAsm r) {
    Asm a = r.a;
    r.func(RtNames.CMPSTRING);
    Label loop = new Label();
    Label lengths = new Label();
    Label less = new Label();
    Label more = new Label();
    a.mov(Reg.R10, Reg.RCX);
    a.alu(Alu.CMP, Reg.R10, Reg.RSI);
    a.cmov(Cond.A, Reg.R10, Reg.RSI);
    a.bind(loop);
    a.test(Reg.R10, Reg.R10);
    a.jcc(Cond.E, lengths);
    a.movzx8(Reg.R8, Mem.of(Reg.RAX));
    a.movzx8(Reg.R9, Mem.of(Reg.RDX));
    a.alu(Alu.CMP, Reg.R8, Reg.R9);
    a.jcc(Cond.B, less);
    a.jcc(Cond.A, more);
    a.alu(Alu.ADD, Reg.RAX, 1);
    a.alu(Alu.ADD, Reg.RDX, 1);
    a.alu(Alu.SUB, Reg.R10, 1);
    a.jmp(loop);
    a.bind(lengths);
    a.alu(Alu.CMP, Reg.RCX, Reg.RSI);
    a.jcc(Cond.B, less);
    a.jcc(Cond.A, more);
    a.movImm(Reg.RAX, 0);
    a.ret();
    a.bind(less);
    a.movImm(Reg.RAX, -1);
    a.ret();
    a.bind(more);
    a.movImm(Reg.RAX, 1);
    a.ret();
    r.end();
  }
}
