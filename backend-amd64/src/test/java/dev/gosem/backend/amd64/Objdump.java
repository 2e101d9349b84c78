package dev.gosem.backend.amd64;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs GNU objdump, the oracle of the encoder tests; tests skip when it is not installed. */
final class Objdump {
  private Objdump() {}

  static boolean available() {
    try {
      Process p = new ProcessBuilder("objdump", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static void require() {
    assumeTrue(available(), "objdump (GNU binutils) is not installed: skipping the encoder oracle test");
  }

  /** Runs objdump with these arguments on a file and returns its standard output. */
  static String run(Path file, String... args) throws IOException, InterruptedException {
    List<String> cmd = new java.util.ArrayList<>(List.of("objdump"));
    cmd.addAll(List.of(args));
    cmd.add(file.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("objdump failed: " + out);
    return out;
  }

  /**
   * Disassembles raw x86-64 bytes in Intel syntax: instruction offset to its text, with runs of
   * blanks collapsed and objdump's "# address" comments dropped.
   */
  static Map<Integer, String> disassemble(byte[] code) throws IOException, InterruptedException {
    Path f = Files.createTempFile("gosem-enc", ".bin");
    try {
      Files.write(f, code);
      String out = run(f, "-D", "-b", "binary", "-m", "i386:x86-64", "-M", "intel", "--insn-width=16");
      Map<Integer, String> byOffset = new LinkedHashMap<>();
      for (String line : out.split("\n")) {
        String[] parts = line.split("\t");
        if (parts.length < 3 || !parts[0].trim().endsWith(":")) continue;
        int offset = Integer.parseInt(parts[0].trim().replace(":", ""), 16);
        byOffset.put(offset, normalize(parts[2]));
      }
      return byOffset;
    } finally {
      Files.deleteIfExists(f);
    }
  }

  static String normalize(String text) {
    int hash = text.indexOf('#');
    if (hash >= 0) text = text.substring(0, hash);
    return text.trim().replaceAll("\\s+", " ");
  }
}
