package dev.gosem.backend.amd64.rt;

import dev.gosem.backend.amd64.link.Section;
import dev.gosem.backend.amd64.x86.Asm;
import dev.gosem.backend.amd64.x86.Label;
import dev.gosem.backend.amd64.x86.Mem;
import dev.gosem.backend.amd64.x86.Reg;
import java.nio.charset.StandardCharsets;

/**
 * RtAsm is the small macro layer the native runtime is written in: the encoder plus the data
 * sections, with helpers for the patterns the runtime repeats (a string literal in rodata,
 * printing one to stderr, calling another routine by name, a frame).
 */
final class RtAsm {
  final Asm a;
  final Section rodata;
  final Section bss;

  RtAsm(Asm a, Section rodata, Section bss) {
    this.a = a;
    this.rodata = rodata;
    this.bss = bss;
  }

  /** The rodata symbol of a literal's bytes (UTF-8; the runtime's literals are ASCII). */
  String lit(String s) {
    return rodata.string("runtime.str.", s.getBytes(StandardCharsets.UTF_8));
  }

  /** rax = address of the literal, rcx = its length. */
  void loadLit(String s) {
    a.lea(Reg.RAX, Mem.sym(lit(s)));
    a.movImm(Reg.RCX, s.getBytes(StandardCharsets.UTF_8).length);
  }

  /** Writes a literal to stderr (clobbers the caller-saved registers). */
  void printLit(String s) {
    loadLit(s);
    call(RtNames.PRINTSTRING);
  }

  void call(String routine) {
    a.call(a.label(routine));
  }

  void jmp(String routine) {
    a.jmp(a.label(routine));
  }

  Label func(String name) {
    a.align(16);
    return a.beginFunc(name);
  }

  void end() {
    a.endFunc();
  }

  /** push rbp; mov rbp, rsp. */
  void enter() {
    a.push(Reg.RBP);
    a.mov(Reg.RBP, Reg.RSP);
  }

  /** mov rsp, rbp; pop rbp; ret. */
  void leaveRet() {
    a.mov(Reg.RSP, Reg.RBP);
    a.pop(Reg.RBP);
    a.ret();
  }

  /** A qword in bss. */
  Mem word(String symbol) {
    if (!bss.defines(symbol)) bss.reserve(symbol, 8, 8);
    return Mem.sym(symbol);
  }

  /** A syscall with its number in rax (arguments already in rdi, rsi, rdx, r10, r8, r9). */
  void syscall(int number) {
    a.movImm(Reg.RAX, number);
    a.syscall();
  }
}
