package dev.gosem.backend.amd64;

import dev.gosem.api.types.Type;
import dev.gosem.backend.amd64.emit.ConstPool;
import dev.gosem.backend.amd64.emit.Emitter;
import dev.gosem.backend.amd64.isel.Isel;
import dev.gosem.backend.amd64.isel.Layout;
import dev.gosem.backend.amd64.isel.Peephole;
import dev.gosem.backend.amd64.link.Linker;
import dev.gosem.backend.amd64.link.Section;
import dev.gosem.backend.amd64.mir.MFunc;
import dev.gosem.backend.amd64.regalloc.Allocation;
import dev.gosem.backend.amd64.regalloc.LinearScan;
import dev.gosem.backend.amd64.rt.NativeRuntime;
import dev.gosem.backend.amd64.rt.RtNames;
import dev.gosem.backend.amd64.x86.Asm;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CodeGen is the backend's driver, one call per phase for each function (instruction
 * selection, peephole rewrites, block layout, register allocation, then emission with its frame layout), then the
 * native runtime, then the link into a static executable.
 */
public final class CodeGen {
  /** What compiling a module produced: the executable and, for listings, the machine IR. */
  public record Result(byte[] elf, List<MFunc> machineCode) {}

  private CodeGen() {}

  /** defer, recover and runtime.Goexit come to this backend later (docs/defer.md). */
  private static void rejectDefer(Module module) {
    for (Func f : module.funcList()) {
      for (var v : f.allValues()) {
        switch (v.op()) {
          case DEFER -> throw Unsupported.at(v.pos(), "defer (IR operation Defer)");
          case RECOVER -> throw Unsupported.at(v.pos(), "recover (IR operation Recover)");
          case CALL_STD -> {
            if ("runtime.Goexit".equals(v.aux())) throw Unsupported.at(v.pos(), "runtime.Goexit");
          }
          default -> {}
        }
      }
    }
  }

  public static Result compile(Module module) {
    if (module.func("main") == null) throw Unsupported.at(null, "programs without func main");
    rejectDefer(module);
    Section rodata = Section.progBits(".rodata");
    Section bss = Section.noBits(".bss");
    ConstPool pool = new ConstPool(rodata);
    Asm asm = new Asm();
    List<MFunc> mfuncs = new ArrayList<>();
    List<NativeRuntime.FuncEntry> entries = new ArrayList<>();
    for (Func f : module.funcList()) {
      MFunc mf = Isel.select(module, f, pool);
      Peephole.run(mf);
      Layout.order(mf);
      Allocation alloc = LinearScan.allocate(mf);
      Emitter.FuncInfo info = Emitter.emit(asm, mf, alloc, pool);
      mfuncs.add(mf);
      // Positions from the builder name Java files; tracebacks name the Go file, as the JVM's do.
      String file = module.sourceFile();
      entries.add(new NativeRuntime.FuncEntry(info.symbol(), info.symbol(), info.end() - info.start(), info.hasParams(), file, info.lines()));
    }
    for (Map.Entry<String, Type> g : module.globals().entrySet()) {
      bss.reserve(Isel.globalSymbol(g.getKey()), 8, 8 * Isel.layoutOf(g.getValue()).length);
    }
    NativeRuntime.emit(asm, rodata, bss, module.func(Module.INIT) != null, entries);
    Linker.Linked linked = Linker.link(asm, List.of(rodata, bss), RtNames.ENTRY);
    return new Result(linked.elf(), mfuncs);
  }
}
