package dev.gosem.backend.amd64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gosem.api.Program;
import dev.gosem.api.print.GoPrinter;
import dev.gosem.ir.backend.RunResult;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bar: random programs (see {@link RandomPrograms}) printed as Go 1.19 source, built
 * with {@code go build} and run; the amd64 executable must print exactly the same and exit the
 * same. Two by default (go build is slow); -Dgosem.oracle.programs=N for more (191 agreed when
 * this was written). Skipped when Go is not on PATH (CI installs it).
 */
class GoOracleTest {
  @Test
  void randomProgramsPrintWhatGoPrints(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("go"), "go is not on PATH: skipping the Go oracle");
    int programs = Integer.getInteger("gosem.oracle.programs", 2);
    for (long seed = 9001; seed < 9001 + programs; seed++) {
      Program p = RandomPrograms.make(seed);
      Path d = Files.createDirectories(dir.resolve("s" + seed));
      for (var f : GoPrinter.print(p, GoPrinter.Options.go119()).entrySet()) {
        Files.writeString(d.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      Files.writeString(d.resolve("go.mod"), "module gosem.dev/oracle/s" + seed + "\n\ngo 1.19\n");
      ProcessBuilder build = new ProcessBuilder("go", "build", "-o", "prog", ".").directory(d.toFile()).redirectErrorStream(true);
      build.environment().put("CGO_ENABLED", "0");
      build.environment().put("GOFLAGS", "");
      if (System.getenv("HOME") == null && System.getenv("GOCACHE") == null) {
        build.environment().put("GOCACHE", dir.resolve("gocache").toString());
      }
      Process b = build.start();
      String log = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(b.waitFor(300, TimeUnit.SECONDS)).isTrue();
      assertThat(b.exitValue()).as("go build of seed %d: %s", seed, log).isZero();
      Process run = new ProcessBuilder(d.resolve("prog").toString())
          .redirectOutput(d.resolve("out").toFile()).redirectError(d.resolve("err").toFile()).start();
      assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
      RunResult go = new RunResult(Files.readString(d.resolve("out")), Files.readString(d.resolve("err")), run.exitValue());
      assertThat(Amd64Testing.amd64(p, seed % 2 == 1)).as("seed %d", seed).isEqualTo(go);
    }
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null && Arrays.stream(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }
}
