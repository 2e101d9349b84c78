package dev.gosem.fuzz.shrink;

import dev.gosem.api.print.GoPrinter;
import dev.gosem.fuzz.render.JavaCode;
import dev.gosem.fuzz.render.ToProgram;
import dev.gosem.fuzz.run.Diff;
import dev.gosem.fuzz.run.Gosem;
import dev.gosem.fuzz.run.Outcome;
import dev.gosem.fuzz.run.Setting;
import dev.gosem.fuzz.tree.Prog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Findings writes what a developer needs to turn a failure into a regression example: the
 * shrunk program as Go source ({@code main.go}) and as builder code ({@code ReproNNN.java}), the
 * original program, and a report of what Go and gosem did.
 */
public final class Findings {
  private Findings() {}

  public static void save(Path dir, Prog original, Prog small, Setting target, Diff.Mismatch m, Outcome want, Gosem.Result got) throws IOException {
    Files.createDirectories(dir);
    String cls = "Repro" + (original.seed() < 0 ? "M" + (-original.seed()) : Long.toString(original.seed()));
    String what = target.label() + ": " + m.kind().name().toLowerCase() + ": " + m.summary();
    Files.writeString(dir.resolve("main.go"), go(small), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(cls + ".java"),
        JavaCode.of(small, cls, "Fuzzer finding " + original.seed() + " (" + what + "), shrunk."), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("original.go"), go(original), StandardCharsets.UTF_8);
    StringBuilder r = new StringBuilder();
    r.append("seed: ").append(original.seed()).append('\n');
    r.append("target: ").append(target.label()).append('\n');
    r.append("mismatch: ").append(m.kind().name().toLowerCase()).append(": ").append(m.summary()).append('\n');
    r.append("reproduce: ./gosem fuzz --seed ").append(original.seed()).append(" --count 1 ").append(target.flags()).append('\n');
    if (want != null) {
      r.append("\n--- Go: exit ").append(want.exit()).append(" ---\nstdout:\n").append(want.stdout())
          .append("\nstderr:\n").append(want.stderr()).append('\n');
    }
    if (got != null) {
      r.append("\n--- gosem (").append(target.label()).append(") ---\n").append(describe(got)).append('\n');
    }
    Files.writeString(dir.resolve("report.txt"), r.toString(), StandardCharsets.UTF_8);
  }

  private static String go(Prog p) {
    return GoPrinter.print(ToProgram.of(p), GoPrinter.Options.go119()).get("main.go");
  }

  static String describe(Gosem.Result r) {
    return switch (r) {
      case Gosem.Ran ran -> "exit " + ran.outcome().exit() + (ran.outcome().timedOut() ? " (timed out)" : "")
          + "\nstdout:\n" + ran.outcome().stdout() + "\nstderr:\n" + ran.outcome().stderr();
      case Gosem.Rejected j -> "rejected:\n" + j.error().getMessage();
      case Gosem.Unsupported u -> "unsupported: " + u.message();
      case Gosem.Internal i -> "internal error:\n" + i.trace();
    };
  }
}
