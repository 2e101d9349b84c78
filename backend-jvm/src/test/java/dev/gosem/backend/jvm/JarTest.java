package dev.gosem.backend.jvm;

import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.osExit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A written jar runs on its own with java -jar, runtime bundled. */
class JarTest {
  @Test
  void runnableJarPrintsAndExitsLikeTheProgram(@TempDir Path dir) throws IOException, InterruptedException {
    Program p = JvmBackendTest.program(f -> {
      f.imports("fmt", "os");
      f.func("main", b -> {
        b.call(fmtPrintln("hello", 42, 2.5));
        b.println("to stderr", true);
        b.call(osExit(7));
      });
    });
    Path jar = dir.resolve("out/prog.jar");
    Compiler.compile(p, "jvm", Options.defaults()).write(jar);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process proc = new ProcessBuilder(java, "-jar", jar.toString()).start();
    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(proc.waitFor()).isEqualTo(7);
    assertThat(out).isEqualTo("hello 42 2.5\n");
    assertThat(err).isEqualTo("to stderr true\n");
    assertThat(Files.size(jar)).isPositive();
  }
}
