package dev.gosem.backend.amd64.rt;

import dev.gosem.backend.amd64.x86.Alu;
import dev.gosem.backend.amd64.x86.Asm;
import dev.gosem.backend.amd64.x86.Cond;
import dev.gosem.backend.amd64.x86.Label;
import dev.gosem.backend.amd64.x86.Mem;
import dev.gosem.backend.amd64.x86.Reg;
import dev.gosem.runtime.CrashTexts;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Panics and fatal errors: each prints Go's message to stderr, then "goroutine 1 [running]:"
 * and a traceback, and exits with status 2. The traceback walks the frame-pointer chain from
 * the runtime routine that the failing function called, and names each frame whose return
 * address lies in a function of the program, using a table in rodata:
 *
 * <pre>
 * runtime.functab: count, then per function 8 words:
 *   start, end, name pointer, name length, has parameters, line table, file pointer, file length
 * runtime.lines.N: count, then per call site 2 words: return address - start, source line
 * </pre>
 */
final class PanicCode {
  static final int MAX_FRAMES = 100;
  private static final int ENTRY_WORDS = 8;

  private PanicCode() {}

  static void emit(RtAsm r, List<NativeRuntime.FuncEntry> funcs) {
    table(r, funcs);
    String header = "\n" + CrashTexts.GOROUTINE + "1" + CrashTexts.RUNNING + "\n";
    Asm a = r.a;

    // fatalpanic: jumped to by the routines below with rbp still their own frame.
    r.func("runtime.fatalpanic");
    r.printLit(header);
    a.mov(Reg.RBX, Reg.RBP);
    r.call("runtime.traceback");
    a.movImm(Reg.RAX, 2);
    r.call(RtNames.EXIT);
    a.ud2();
    r.end();

    message(r, RtNames.PANIC_DIVIDE, CrashTexts.PANIC + CrashTexts.RUNTIME_ERROR + CrashTexts.DIVIDE_BY_ZERO + "\n");
    message(r, RtNames.PANIC_SHIFT, CrashTexts.PANIC + CrashTexts.RUNTIME_ERROR + CrashTexts.NEGATIVE_SHIFT + "\n");
    message(r, RtNames.MORESTACK, CrashTexts.STACK_EXCEEDS + "\n" + CrashTexts.FATAL_ERROR + CrashTexts.STACK_OVERFLOW + "\n");
    message(r, "runtime.outofmemory", CrashTexts.FATAL_ERROR + CrashTexts.OUT_OF_MEMORY + "\n");
    index(r, RtNames.PANIC_INDEX, true);
    index(r, RtNames.PANIC_INDEX_U, false);
    traceback(r);
  }

  private static void message(RtAsm r, String name, String text) {
    r.func(name);
    r.enter();
    r.printLit(text);
    r.jmp("runtime.fatalpanic");
    r.end();
  }

  /** panicIndex(rax = index, rcx = length): a negative signed index omits the length, as in Go. */
  private static void index(RtAsm r, String name, boolean signed) {
    Asm a = r.a;
    r.func(name);
    r.enter();
    a.push(Reg.RBX);
    a.push(Reg.R12);
    a.mov(Reg.RBX, Reg.RAX);
    a.mov(Reg.R12, Reg.RCX);
    r.printLit(CrashTexts.PANIC + CrashTexts.RUNTIME_ERROR + CrashTexts.INDEX_OUT_OF_RANGE);
    a.mov(Reg.RAX, Reg.RBX);
    r.call(signed ? RtNames.PRINTINT : RtNames.PRINTUINT);
    Label withLength = new Label();
    if (signed) {
      a.test(Reg.RBX, Reg.RBX);
      a.jcc(Cond.NS, withLength);
      r.printLit("]\n");
      r.jmp("runtime.fatalpanic");
    }
    a.bind(withLength);
    r.printLit(CrashTexts.WITH_LENGTH);
    a.mov(Reg.RAX, Reg.R12);
    r.call(RtNames.PRINTINT);
    r.printLit("\n");
    r.jmp("runtime.fatalpanic");
    r.end();
  }

  private static void table(RtAsm r, List<NativeRuntime.FuncEntry> funcs) {
    var ro = r.rodata;
    for (int i = 0; i < funcs.size(); i++) {
      List<int[]> lines = funcs.get(i).lines();
      byte[] words = new byte[8 + 16 * lines.size()];
      put(words, 0, lines.size());
      for (int k = 0; k < lines.size(); k++) {
        put(words, 8 + 16 * k, lines.get(k)[0]);
        put(words, 16 + 16 * k, lines.get(k)[1]);
      }
      ro.add("runtime.lines." + i, 8, words);
    }
    for (NativeRuntime.FuncEntry f : funcs) {
      r.lit(f.goName());
      r.lit(f.file());
    }
    ro.align(8);
    int start = ro.here();
    ro.word(funcs.size());
    for (int i = 0; i < funcs.size(); i++) {
      NativeRuntime.FuncEntry f = funcs.get(i);
      ro.addressOf(f.symbol(), 0);
      ro.addressOf(f.symbol(), f.size());
      byte[] name = f.goName().getBytes(StandardCharsets.UTF_8);
      ro.addressOf(r.lit(f.goName()), 0);
      ro.word(name.length);
      ro.word(f.hasParams() ? 1 : 0);
      ro.addressOf("runtime.lines." + i, 0);
      ro.addressOf(r.lit(f.file()), 0);
      ro.word(f.file().getBytes(StandardCharsets.UTF_8).length);
    }
    ro.defineRange("runtime.functab", start);
  }

  private static void put(byte[] b, int at, long v) {
    for (int i = 0; i < 8; i++) b[at + i] = (byte) (v >>> (8 * i));
  }

  /**
   * traceback(rbx = a frame pointer): for each frame up the chain whose return address is in a
   * function of the program, "name(...)\n\tfile:line +0xoffset\n"; at most 100 frames.
   */
  private static void traceback(RtAsm r) {
    Asm a = r.a;
    Mem tab = Mem.sym("runtime.functab");
    r.func("runtime.traceback");
    r.enter();
    a.movImm(Reg.R12, 0);
    Label loop = new Label();
    Label done = new Label();
    Label search = new Label();
    Label next = new Label();
    Label found = new Label();
    Label up = new Label();
    a.bind(loop);
    a.test(Reg.RBX, Reg.RBX);
    a.jcc(Cond.E, done);
    a.mov(Reg.R13, Mem.of(Reg.RBX, 8));
    a.lea(Reg.R14, Mem.sym("runtime.functab", 8));
    a.mov(Reg.R15, tab);
    a.bind(search);
    a.test(Reg.R15, Reg.R15);
    a.jcc(Cond.E, up);
    a.alu(Alu.CMP, Reg.R13, Mem.of(Reg.R14));
    a.jcc(Cond.BE, next);
    a.alu(Alu.CMP, Reg.R13, Mem.of(Reg.R14, 8));
    a.jcc(Cond.BE, found);
    a.bind(next);
    a.alu(Alu.ADD, Reg.R14, 8 * ENTRY_WORDS);
    a.alu(Alu.SUB, Reg.R15, 1);
    a.jmp(search);

    a.bind(found);
    Label print = new Label();
    a.alu(Alu.CMP, Reg.R12, MAX_FRAMES);
    a.jcc(Cond.B, print);
    r.printLit(CrashTexts.FRAMES_ELIDED + "\n");
    a.jmp(done);
    a.bind(print);
    a.mov(Reg.RAX, Mem.of(Reg.R14, 16));
    a.mov(Reg.RCX, Mem.of(Reg.R14, 24));
    r.call(RtNames.PRINTSTRING);
    Label noArgs = new Label();
    Label fileName = new Label();
    a.alu(Alu.CMP, Mem.of(Reg.R14, 32), 0);
    a.jcc(Cond.E, noArgs);
    r.printLit("(...)\n\t");
    a.jmp(fileName);
    a.bind(noArgs);
    r.printLit("()\n\t");
    a.bind(fileName);
    a.mov(Reg.RAX, Mem.of(Reg.R14, 48));
    a.mov(Reg.RCX, Mem.of(Reg.R14, 56));
    r.call(RtNames.PRINTSTRING);
    r.printLit(":");
    // The line of this call site: look the return address's offset up in the function's table.
    a.mov(Reg.RAX, Reg.R13);
    a.alu(Alu.SUB, Reg.RAX, Mem.of(Reg.R14));
    a.mov(Reg.RDX, Mem.of(Reg.R14, 40));
    a.mov(Reg.RCX, Mem.of(Reg.RDX));
    a.alu(Alu.ADD, Reg.RDX, 8);
    a.movImm(Reg.R8, 0);
    Label lookup = new Label();
    Label haveLine = new Label();
    Label nextLine = new Label();
    a.bind(lookup);
    a.test(Reg.RCX, Reg.RCX);
    a.jcc(Cond.E, haveLine);
    a.alu(Alu.CMP, Reg.RAX, Mem.of(Reg.RDX));
    a.jcc(Cond.NE, nextLine);
    a.mov(Reg.R8, Mem.of(Reg.RDX, 8));
    a.jmp(haveLine);
    a.bind(nextLine);
    a.alu(Alu.ADD, Reg.RDX, 16);
    a.alu(Alu.SUB, Reg.RCX, 1);
    a.jmp(lookup);
    a.bind(haveLine);
    a.mov(Reg.RAX, Reg.R8);
    r.call(RtNames.PRINTINT);
    r.printLit(" +0x");
    a.mov(Reg.RAX, Reg.R13);
    a.alu(Alu.SUB, Reg.RAX, Mem.of(Reg.R14));
    r.call("runtime.printhex");
    r.printLit("\n");
    a.alu(Alu.ADD, Reg.R12, 1);
    a.bind(up);
    a.mov(Reg.RBX, Mem.of(Reg.RBX));
    a.jmp(loop);
    a.bind(done);
    r.leaveRet();
    r.end();
  }
}
