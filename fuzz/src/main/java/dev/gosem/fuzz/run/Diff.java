package dev.gosem.fuzz.run;

import dev.gosem.api.check.Diagnostic;
import java.util.regex.Pattern;

/**
 * Diff compares what Go did with what gosem did. Stdout and the exit status must be equal byte
 * for byte; stderr too, up to and including the first {@code goroutine N [...]} line of a crash
 * report (what follows is Go's own traceback). The only normalization is of hex addresses.
 */
public final class Diff {
  public enum Kind {
    /** gosem threw an exception that is not a diagnostic. */
    INTERNAL,
    /** gosem rejected a program Go accepts. */
    REJECTED,
    /** gosem's run did not finish in time; Go's did. */
    TIMEOUT,
    EXIT,
    STDOUT,
    STDERR
  }

  /** A difference: its kind, a one-line summary, and a signature that tells bugs apart when shrinking. */
  public record Mismatch(Kind kind, String summary, String signature) {
    /** Whether another mismatch is (most likely) the same bug: same kind, same signature. */
    public boolean sameAs(Mismatch o) {
      return o != null && kind == o.kind && signature.equals(o.signature);
    }
  }

  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern GOROUTINE = Pattern.compile("(?m)^goroutine \\d+ \\[.*$");

  private Diff() {}

  /**
   * The difference between Go's outcome and gosem's result, or null when they agree; with go
   * null, only what does not depend on Go (an internal error, a rejection) counts.
   */
  public static Mismatch compare(Outcome go, Gosem.Result r) {
    return switch (r) {
      case Gosem.Internal i -> new Mismatch(Kind.INTERNAL, oneLine(i.phase() + ": " + i.error()), internalSignature(i));
      case Gosem.Rejected j -> {
        Diagnostic d = j.error().diagnostics().isEmpty() ? null : j.error().diagnostics().getFirst();
        String msg = d == null ? String.valueOf(j.error().getMessage()) : d.message();
        yield new Mismatch(Kind.REJECTED, "gosem rejects it: " + oneLine(msg), msg.replaceAll("\\d+", "N"));
      }
      case Gosem.Unsupported u -> null;
      case Gosem.Ran ran -> go == null ? null : compare(go, ran.outcome());
    };
  }

  public static Mismatch compare(Outcome go, Outcome g) {
    if (g.timedOut() && !go.timedOut()) return new Mismatch(Kind.TIMEOUT, "did not finish in time", "");
    if (go.exit() != g.exit()) {
      return new Mismatch(Kind.EXIT, "exit status " + g.exit() + ", Go " + go.exit(), go.exit() + "/" + g.exit());
    }
    if (!go.stdout().equals(g.stdout())) {
      return new Mismatch(Kind.STDOUT, "stdout: " + firstDifference(go.stdout(), g.stdout()), "");
    }
    String a = normalizeStderr(go.stderr());
    String b = normalizeStderr(g.stderr());
    if (!a.equals(b)) return new Mismatch(Kind.STDERR, "stderr: " + firstDifference(a, b), "");
    return null;
  }

  /** Stderr up to and including the first goroutine header line, hex addresses masked. */
  public static String normalizeStderr(String s) {
    var m = GOROUTINE.matcher(s);
    if (m.find()) s = s.substring(0, m.end());
    return HEX.matcher(s).replaceAll("0x?");
  }

  /** The first line where the texts differ, as "line N: Go «…», gosem «…»". */
  public static String firstDifference(String go, String gosem) {
    String[] a = go.split("\n", -1);
    String[] b = gosem.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end>";
      String y = i < b.length ? b[i] : "<end>";
      if (!x.equals(y)) return "line " + (i + 1) + ": Go " + quote(x) + ", gosem " + quote(y);
    }
    return "equal";
  }

  private static String quote(String s) {
    String t = s.length() > 120 ? s.substring(0, 120) + "…" : s;
    return "\"" + t.replace("\t", "\\t") + "\"";
  }

  private static String oneLine(String s) {
    String line = s == null ? "" : s.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static String internalSignature(Gosem.Internal i) {
    Throwable t = i.error();
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    StackTraceElement[] st = t.getStackTrace();
    return i.phase() + ":" + t.getClass().getName() + "@" + (st.length == 0 ? "?" : st[0].getClassName() + "." + st[0].getMethodName());
  }
}
