package dev.gosem.backend.amd64;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gosem.api.Program;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The executable as tools see it: objdump disassembles it with names, gdb shows a backtrace. */
class ElfTest {
  private Path dir;
  private Path exe;

  @BeforeEach
  void write() throws Exception {
    Program p = Amd64Testing.program(f -> {
      f.imports("fmt");
      f.func("fib", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.ifThen(n.lt(2), t -> t.ret(n));
        fn.ret(call("fib", n.sub(1)).add(call("fib", n.sub(2))));
      });
      f.func("main", b -> {
        b.call(fmtPrintln(call("fib", 20)));
        b.println(call("fib", 10));
      });
    });
    dir = Files.createTempDirectory("gosem-elf");
    exe = dir.resolve("fib");
    Compiler.compile(p, "amd64", Options.defaults()).write(exe);
  }

  @AfterEach
  void clean() throws Exception {
    Files.deleteIfExists(exe);
    Files.deleteIfExists(dir);
  }

  @Test
  void objdumpShowsFunctionNamesAndDecodesEverything() throws Exception {
    Objdump.require();
    String header = Objdump.run(exe, "-f", "-h");
    assertThat(header).contains("file format elf64-x86-64", "EXEC_P", ".text", ".rodata", ".bss");
    String dis = Objdump.run(exe, "-d");
    assertThat(dis).contains("<_rt0_amd64_linux>:", "<runtime.rt0_go>:", "<runtime.main>:", "<main.main>:",
        "<main.fib>:", "<runtime.printint>:", "<fmt.appendint>:", "<runtime.concatstring2>:");
    assertThat(dis).doesNotContain("(bad)");
    String start = header.lines().filter(l -> l.startsWith("start address")).findFirst().orElseThrow();
    String entry = dis.lines().filter(l -> l.endsWith("<_rt0_amd64_linux>:")).findFirst().orElseThrow();
    assertThat(Long.parseLong(start.substring(start.indexOf("0x") + 2), 16))
        .isEqualTo(Long.parseLong(entry.substring(0, entry.indexOf(' ')), 16));
  }

  @Test
  void gdbShowsGoNamesInABacktrace() throws Exception {
    Process v;
    try {
      v = new ProcessBuilder("gdb", "--version").redirectErrorStream(true).start();
      v.getInputStream().readAllBytes();
      v.waitFor();
    } catch (java.io.IOException e) {
      v = null;
    }
    assumeTrue(v != null && v.exitValue() == 0, "gdb is not installed");
    Process p = new ProcessBuilder("gdb", "-batch", "-nx", "-ex", "set print demangle off", "-ex", "break main.fib",
        "-ex", "run", "-ex", "bt", exe.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).contains("in main.fib ()", "in main.main ()");
  }
}
