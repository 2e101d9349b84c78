package dev.gosem.api.print;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * GoTool runs the Go toolchain (go, gofmt) as the oracle of printer tests. Tests that need it
 * skip, with a message, when it is not on PATH; CI installs Go.
 */
final class GoTool {
  private GoTool() {}

  record Result(int exit, String stdout, String stderr) {
    boolean ok() {
      return exit == 0;
    }
  }

  /** The executable on PATH, if any. */
  static Optional<Path> find(String name) {
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path p = Path.of(dir, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  /** Skips the calling test unless the tool is on PATH. */
  static Path require(String name) {
    Optional<Path> p = find(name);
    assumeTrue(p.isPresent(), name + " is not on PATH: skipping the Go-toolchain oracle test (CI installs Go)");
    return p.get();
  }

  static Result run(Path dir, String stdin, String... command) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
      Map<String, String> env = pb.environment();
      env.put("GOFLAGS", "");
      env.put("GO111MODULE", "on");
      env.put("GOTOOLCHAIN", "local");
      env.put("CGO_ENABLED", "0");
      if (System.getenv("GOCACHE") == null && System.getenv("HOME") == null) {
        env.put("GOCACHE", Path.of(System.getProperty("java.io.tmpdir"), "gosem-gocache").toString());
      }
      Process proc = pb.start();
      try (var in = proc.getOutputStream()) {
        if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      // read both streams concurrently so a full pipe cannot block the child
      var err = new java.util.concurrent.CompletableFuture<String>();
      Thread t = Thread.ofVirtual().start(() -> {
        try {
          err.complete(new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          err.completeExceptionally(e);
        }
      });
      String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!proc.waitFor(120, TimeUnit.SECONDS)) {
        proc.destroyForcibly();
        throw new AssertionError("timed out: " + String.join(" ", command));
      }
      t.join();
      return new Result(proc.exitValue(), out, err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Writes the files of a printed program into dir and returns their names. */
  static List<String> write(Path dir, Map<String, String> files) {
    List<String> names = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (var e : files.entrySet()) {
        Files.writeString(dir.resolve(e.getKey()), e.getValue());
        names.add(e.getKey());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** gofmt's formatting of a source text (read from stdin). */
  static String gofmt(Path dir, String src) {
    Result r = run(dir, src, require("gofmt").toString());
    if (!r.ok()) throw new AssertionError("gofmt failed: " + r.stderr() + "\nsource:\n" + numbered(src));
    return r.stdout();
  }

  static String numbered(String src) {
    StringBuilder b = new StringBuilder();
    String[] lines = src.split("\n", -1);
    for (int i = 0; i < lines.length; i++) b.append(String.format("%4d| %s%n", i + 1, lines[i]));
    return b.toString();
  }
}
