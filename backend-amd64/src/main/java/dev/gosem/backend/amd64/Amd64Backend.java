package dev.gosem.backend.amd64;

import dev.gosem.ir.Options;
import dev.gosem.ir.backend.Backend;
import dev.gosem.ir.ssa.Module;

/**
 * The amd64 backend, found as "amd64": IR to a static ELF64 executable for Linux on x86-64,
 * with its own instruction selection, register allocator, encoder, linker and native runtime;
 * no assembler, linker or libc from the host is involved.
 */
public final class Amd64Backend implements Backend {
  @Override
  public String name() {
    return "amd64";
  }

  @Override
  public Amd64Artifact compile(Module module, Options options) {
    CodeGen.Result r = CodeGen.compile(module);
    return new Amd64Artifact(r.elf());
  }
}
