package dev.gosem.backend.amd64;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.backend.amd64.link.Linker;
import dev.gosem.backend.amd64.link.Section;
import dev.gosem.backend.amd64.rt.NativeRuntime;
import dev.gosem.backend.amd64.rt.RtNames;
import dev.gosem.backend.amd64.x86.Alu;
import dev.gosem.backend.amd64.x86.Asm;
import dev.gosem.backend.amd64.x86.Cond;
import dev.gosem.backend.amd64.x86.Label;
import dev.gosem.backend.amd64.x86.Mem;
import dev.gosem.backend.amd64.x86.Reg;
import dev.gosem.backend.amd64.x86.Xmm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The native runtime's two float formats, fmt's %v (shortest digits, Schubfach) and the builtin
 * println's, against 10,000 values formatted by Go 1.19 (floats.txt; gen_floats.go beside it
 * says how to regenerate it). A harness executable, linked from the runtime and a hand-written
 * main.main, reads float64 bits from stdin and prints each value both ways.
 */
class FloatFormatTest {
  @Test
  void bothFormatsMatchGo() throws Exception {
    List<String[]> table = new ArrayList<>();
    try (var in = getClass().getResourceAsStream("floats.txt")) {
      assertThat(in).isNotNull();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines().forEach(l -> table.add(l.split(" ")));
    }
    assertThat(table).hasSizeGreaterThan(5000);
    ByteBuffer input = ByteBuffer.allocate(8 * table.size()).order(ByteOrder.LITTLE_ENDIAN);
    for (String[] row : table) input.putLong(Long.parseUnsignedLong(row[0], 16));

    Path dir = Files.createTempDirectory("gosem-floats");
    try {
      Path exe = dir.resolve("harness");
      Path stdin = dir.resolve("in");
      Files.write(exe, harness());
      exe.toFile().setExecutable(true);
      Files.write(stdin, input.array());
      Process p = new ProcessBuilder(exe.toString())
          .redirectInput(stdin.toFile())
          .redirectOutput(dir.resolve("out").toFile())
          .redirectError(dir.resolve("err").toFile())
          .start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
      List<String> fmt = Files.readAllLines(dir.resolve("out"));
      List<String> println = Files.readAllLines(dir.resolve("err"));
      List<String> mismatches = new ArrayList<>();
      for (int i = 0; i < table.size(); i++) {
        String[] row = table.get(i);
        String gotFmt = i < fmt.size() ? fmt.get(i) : "<missing>";
        String gotPrintln = i < println.size() ? println.get(i) : "<missing>";
        if (!gotFmt.equals(row[1])) mismatches.add(row[0] + " %v: Go " + row[1] + ", gosem " + gotFmt);
        if (!gotPrintln.equals(row[2])) mismatches.add(row[0] + " println: Go " + row[2] + ", gosem " + gotPrintln);
      }
      assertThat(mismatches).isEmpty();
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) Files.delete(f);
      }
      Files.delete(dir);
    }
  }

  /** An executable whose main.main formats every float64 read from stdin both ways. */
  static byte[] harness() {
    Asm a = new Asm();
    Section rodata = Section.progBits(".rodata");
    Section bss = Section.noBits(".bss");
    a.beginFunc("main.main");
    a.push(Reg.RBP);
    a.mov(Reg.RBP, Reg.RSP);
    a.alu(Alu.SUB, Reg.RSP, 16);
    Label loop = new Label();
    Label done = new Label();
    a.bind(loop);
    a.alu32(Alu.XOR, Reg.RDI, Reg.RDI);
    a.mov(Reg.RSI, Reg.RSP);
    a.movImm(Reg.RDX, 8);
    a.movImm(Reg.RAX, 0); // read(0, rsp, 8)
    a.syscall();
    a.alu(Alu.CMP, Reg.RAX, 8);
    a.jcc(Cond.NE, done);
    a.movsd(Xmm.XMM0, Mem.of(Reg.RSP));
    a.call(a.label(RtNames.FMT_FLOAT));
    a.call(a.label(RtNames.FMT_NL));
    a.movsd(Xmm.XMM0, Mem.of(Reg.RSP));
    a.call(a.label(RtNames.PRINTFLOAT));
    a.call(a.label(RtNames.PRINTNL));
    a.jmp(loop);
    a.bind(done);
    a.call(a.label(RtNames.FMT_FLUSH));
    a.mov(Reg.RSP, Reg.RBP);
    a.pop(Reg.RBP);
    a.ret();
    a.endFunc();
    NativeRuntime.emit(a, rodata, bss, false, List.of());
    return Linker.link(a, List.of(rodata, bss), RtNames.ENTRY).elf();
  }
}
