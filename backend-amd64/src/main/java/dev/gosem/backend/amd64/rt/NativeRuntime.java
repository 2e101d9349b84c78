package dev.gosem.backend.amd64.rt;

import dev.gosem.backend.amd64.link.Section;
import dev.gosem.backend.amd64.x86.Alu;
import dev.gosem.backend.amd64.x86.Asm;
import dev.gosem.backend.amd64.x86.Cond;
import dev.gosem.backend.amd64.x86.Label;
import dev.gosem.backend.amd64.x86.Mem;
import dev.gosem.backend.amd64.x86.Reg;
import dev.gosem.runtime.CrashTexts;
import java.util.List;

/**
 * NativeRuntime writes the runtime every amd64 executable carries, as machine code: the
 * bootstrap (Go's rt0_amd64 → rt0_go → schedinit → runtime.main, reduced to what one goroutine
 * needs), the heap, output, strings, float formatting, panics and tracebacks. It implements the
 * same contract as the JVM runtime (module runtime): the same print formats and the same crash
 * texts, which it takes from {@link CrashTexts}.
 *
 * <p>Bootstrap: the kernel enters at {@link RtNames#ENTRY} with argc at [rsp]. rt0_go records
 * argc and argv, maps the first heap chunk, maps the main goroutine's stack (Go's 1 GB limit,
 * reserved lazily) and switches to it with rbp = 0 ending the frame chain; runtime.main runs the
 * package initializer, then main.main, then exit_group(0).
 */
public final class NativeRuntime {
  static final int SYS_WRITE = 1;
  static final int SYS_MMAP = 9;
  static final int SYS_MADVISE = 28;
  static final int SYS_EXIT_GROUP = 231;
  static final int MADV_HUGEPAGE = 14;

  /** Heap chunks come from mmap in pieces of this size (bigger requests get their own). */
  static final long HEAP_CHUNK = 64L << 20;
  /** Go's maximum goroutine stack; the mapping is lazy, so only used pages cost memory. */
  static final long STACK_SIZE = 1L << 30;
  /** The guard keeps this much stack free for the runtime's own work once it trips. */
  static final int STACK_GUARD = 64 << 10;

  /**
   * One function of the program, for the traceback table: its symbol, the name Go prints, its
   * size, whether it has parameters ("(...)" or "()"), its source file, and for each call site
   * the return address's offset and the source line.
   */
  public record FuncEntry(String symbol, String goName, int size, boolean hasParams, String file, List<int[]> lines) {}

  private NativeRuntime() {}

  /**
   * Emits the runtime into the text and data sections. {@code hasInit} says whether the program
   * has a package initializer; {@code funcs} make the traceback table.
   */
  public static void emit(Asm asm, Section rodata, Section bss, boolean hasInit, List<FuncEntry> funcs) {
    RtAsm r = new RtAsm(asm, rodata, bss);
    bootstrap(r, hasInit);
    memory(r);
    Output.emit(r);
    Strings.emit(r);
    FloatPrint.emit(r);
    ShortestFloat.emit(r);
    PanicCode.emit(r, funcs);
  }

  private static void bootstrap(RtAsm r, boolean hasInit) {
    Asm a = r.a;
    r.func(RtNames.ENTRY);
    a.mov(Reg.RDI, Reg.RSP);
    r.jmp("runtime.rt0_go");
    r.end();

    r.func("runtime.rt0_go");
    a.mov(Reg.RAX, Mem.of(Reg.RDI));
    a.mov(r.word("runtime.argc"), Reg.RAX);
    a.lea(Reg.RAX, Mem.of(Reg.RDI, 8));
    a.mov(r.word("runtime.argv"), Reg.RAX);
    r.call("runtime.mallocinit");
    r.call("runtime.stackinit");
    a.mov(Reg.RSP, Reg.RAX);
    a.alu32(Alu.XOR, Reg.RBP, Reg.RBP);
    r.call("runtime.main");
    a.ud2();
    r.end();

    // The main goroutine: package initialization, main.main, exit(0).
    r.func("runtime.main");
    r.enter();
    if (hasInit) r.call("main.init");
    r.call("main.main");
    a.movImm(Reg.RAX, 0);
    r.call(RtNames.EXIT);
    a.ud2();
    r.end();

    r.func(RtNames.EXIT);
    a.mov32(Reg.RDI, Reg.RAX);
    r.syscall(SYS_EXIT_GROUP);
    a.ud2();
    r.end();
  }

  private static void memory(RtAsm r) {
    Asm a = r.a;
    Mem heapPtr = r.word("runtime.heapptr");
    Mem heapEnd = r.word("runtime.heapend");

    // sysAlloc(rax = bytes, rcx = extra mmap flags) returns rax = the mapping; dies when the
    // kernel has no memory to give.
    r.func("runtime.sysAlloc");
    a.mov(Reg.RSI, Reg.RAX);
    a.alu32(Alu.XOR, Reg.RDI, Reg.RDI);
    a.movImm(Reg.RDX, 3); // PROT_READ | PROT_WRITE
    a.mov(Reg.R10, Reg.RCX);
    a.alu(Alu.OR, Reg.R10, 0x22); // MAP_PRIVATE | MAP_ANONYMOUS
    a.movImm(Reg.R8, -1);
    a.alu32(Alu.XOR, Reg.R9, Reg.R9);
    r.syscall(SYS_MMAP);
    a.alu(Alu.CMP, Reg.RAX, -4096);
    Label oom = new Label();
    a.jcc(Cond.A, oom);
    a.ret();
    a.bind(oom);
    a.jmp(a.label("runtime.outofmemory"));
    r.end();

    // heapAlloc(rax = bytes) maps heap memory and asks for transparent huge pages: a heap that
    // is never collected touches fresh memory all the time, and 2 MB pages fault 512 times less.
    r.func("runtime.heapAlloc");
    a.push(Reg.RAX);
    a.movImm(Reg.RCX, 0);
    r.call("runtime.sysAlloc");
    a.pop(Reg.RSI);
    a.push(Reg.RAX);
    a.mov(Reg.RDI, Reg.RAX);
    a.movImm(Reg.RDX, MADV_HUGEPAGE);
    r.syscall(SYS_MADVISE); // a kernel without THP says no; that is fine
    a.pop(Reg.RAX);
    a.ret();
    r.end();

    r.func("runtime.mallocinit");
    a.movImm(Reg.RAX, HEAP_CHUNK);
    r.call("runtime.heapAlloc");
    a.mov(heapPtr, Reg.RAX);
    a.movImm(Reg.RCX, HEAP_CHUNK);
    a.alu(Alu.ADD, Reg.RAX, Reg.RCX);
    a.mov(heapEnd, Reg.RAX);
    a.ret();
    r.end();

    // stackinit returns rax = the top of the main goroutine's stack and sets the guard.
    // Huge pages here too: deep recursion touches the stack page by page.
    r.func("runtime.stackinit");
    a.movImm(Reg.RAX, STACK_SIZE);
    a.movImm(Reg.RCX, 0x4000); // MAP_NORESERVE
    r.call("runtime.sysAlloc");
    a.push(Reg.RAX);
    a.mov(Reg.RDI, Reg.RAX);
    a.movImm(Reg.RSI, STACK_SIZE);
    a.movImm(Reg.RDX, MADV_HUGEPAGE);
    r.syscall(SYS_MADVISE);
    a.pop(Reg.RAX);
    a.lea(Reg.RCX, Mem.of(Reg.RAX, STACK_GUARD));
    a.mov(r.word(RtNames.STACKGUARD), Reg.RCX);
    a.movImm(Reg.RCX, STACK_SIZE);
    a.alu(Alu.ADD, Reg.RAX, Reg.RCX);
    a.ret();
    r.end();

    // mallocgc(rax = size) returns rax = size fresh bytes: a bump allocator without a collector.
    r.func("runtime.mallocgc");
    a.mov(Reg.RCX, heapPtr);
    a.lea(Reg.RDX, Mem.of(Reg.RCX, Reg.RAX, 1, 0));
    a.alu(Alu.CMP, Reg.RDX, heapEnd);
    Label grow = new Label();
    a.jcc(Cond.A, grow);
    a.mov(heapPtr, Reg.RDX);
    a.mov(Reg.RAX, Reg.RCX);
    a.ret();
    a.bind(grow);
    r.enter();
    a.push(Reg.RBX);
    a.push(Reg.R12);
    a.mov(Reg.RBX, Reg.RAX);
    a.movImm(Reg.R12, HEAP_CHUNK);
    a.alu(Alu.CMP, Reg.RBX, Reg.R12);
    Label small = new Label();
    a.jcc(Cond.BE, small);
    a.lea(Reg.R12, Mem.of(Reg.RBX, 4095));
    a.alu(Alu.AND, Reg.R12, -4096);
    a.bind(small);
    a.mov(Reg.RAX, Reg.R12);
    r.call("runtime.heapAlloc");
    a.lea(Reg.RDX, Mem.of(Reg.RAX, Reg.R12, 1, 0));
    a.mov(heapEnd, Reg.RDX);
    a.lea(Reg.RDX, Mem.of(Reg.RAX, Reg.RBX, 1, 0));
    a.mov(heapPtr, Reg.RDX);
    a.pop(Reg.R12);
    a.pop(Reg.RBX);
    a.pop(Reg.RBP);
    a.ret();
    r.end();
  }
}
