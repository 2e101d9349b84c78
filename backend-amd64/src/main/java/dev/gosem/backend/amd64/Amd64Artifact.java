package dev.gosem.backend.amd64;

import dev.gosem.ir.backend.Artifact;
import dev.gosem.ir.backend.RunResult;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A compiled program: the bytes of a static ELF executable. {@link #run} writes it to a
 * temporary directory, runs it as a child process with empty stdin, and captures what it
 * prints (through files, so a program that fills one stream cannot block on the other).
 */
public final class Amd64Artifact implements Artifact {
  private final byte[] elf;

  Amd64Artifact(byte[] elf) {
    this.elf = elf;
  }

  /** The executable's bytes. */
  public byte[] elf() {
    return elf.clone();
  }

  @Override
  public void write(Path file) throws IOException {
    Files.write(file, elf);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      file.toFile().setExecutable(true);
    }
  }

  @Override
  public RunResult run() {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("gosem-amd64-");
      Path exe = dir.resolve("prog");
      Path out = dir.resolve("stdout");
      Path err = dir.resolve("stderr");
      write(exe);
      Process p = new ProcessBuilder(exe.toString())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      int status = p.waitFor();
      return new RunResult(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), status);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the executable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the program ran", e);
    } finally {
      if (dir != null) delete(dir);
    }
  }

  private static void delete(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) Files.deleteIfExists(f);
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // A temporary directory left behind is harmless.
    }
  }
}
