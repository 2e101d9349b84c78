package dev.gosem.runtime;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * What a Go program writes to stderr when it dies: the panic chain or fatal error, then the dying
 * goroutine's traceback, built from the Java frames of generated Go code.
 */
final class CrashReport {
  /** Go stops a traceback after this many frames. */
  private static final int MAX_FRAMES = 100;

  /** The prefix of the JVM class names the backend gives to Go packages. */
  private static final String GO_CLASS_PREFIX = "go.";

  /** Generated defer-site classes (go.main.Defer$...): their run methods are not Go functions. */
  private static final String DEFER_SITE_CLASS = ".Defer$";

  /** The functions making deferred calls from their operands (f.deferwrapN), Go's own helpers. */
  private static final String DEFER_WRAPPER = "$deferwrap";

  private CrashReport() {}

  /** Writes the report for {@code t} escaping goroutine {@code goroutine}; returns the status. */
  static int write(GoProcess process, Throwable t, long goroutine) {
    if (t instanceof GoExit exit) {
      return exit.code();
    }
    String report;
    try {
      report = text(t, goroutine);
    } catch (Throwable failure) {
      // E.g. an Error() method that panics again: say so rather than lose the crash.
      report = "fatal error: panic while printing panic value\n";
    }
    process.writeErr(report);
    process.flush();
    return 2;
  }

  static String text(Throwable t, long goroutine) {
    StringBuilder sb = new StringBuilder();
    if (t instanceof StackOverflowError) {
      sb.append("runtime: goroutine stack exceeds 1000000000-byte limit\n");
      sb.append("fatal error: stack overflow\n");
    } else if (t instanceof OutOfMemoryError) {
      sb.append("fatal error: runtime: out of memory\n");
    } else {
      GoPanic panic = Panics.fromJava(t);
      if (panic == null) {
        // A Java failure that no Go program can cause: a bug in the compiler or runtime.
        sb.append("fatal error: unexpected JVM exception: ")
            .append(GoStrings.fromJava(t.toString()))
            .append('\n');
        appendTraceback(sb, t, goroutine);
        sb.append("\nJVM stack trace:\n");
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return sb.append(GoStrings.fromJava(trace.toString())).toString();
      }
      if (panic.isGoexit()) {
        // main's Goexit with no scheduler to wait on (GoProcess normally hands it to Sched).
        return CrashTexts.MAIN_GOEXIT;
      }
      appendPanics(sb, panic);
      if (panic.value() instanceof RuntimeError r && r.fromSegv()) {
        // Go adds the signal's details; the JVM has no pc or fault address to give.
        sb.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
      }
    }
    appendTraceback(sb, t, goroutine);
    return sb.toString();
  }

  /** Oldest panic first; every later one is indented by a tab, as Go's printpanics does. */
  private static void appendPanics(StringBuilder sb, GoPanic p) {
    if (p.previous() != null) {
      appendPanics(sb, p.previous());
      if (!p.previous().isGoexit()) {
        sb.append('\t');
      }
    }
    if (p.isGoexit()) {
      return;
    }
    sb.append("panic: ").append(valueText(p.value()));
    if (p.recovered()) {
      sb.append(" [recovered]");
    }
    sb.append('\n');
  }

  /**
   * How the Go runtime prints a panic value: Error() or String() if it has them, basic values as
   * print/println would. Go prints other types as "(T) address"; the JVM has no such address.
   */
  static String valueText(Object v) {
    return switch (v) {
      case null -> "nil";
      case GoError e -> e.error();
      case GoStringer s -> s.string();
      case String s -> s;
      case Boolean b -> b ? "true" : "false";
      case Long l -> Long.toString(l);
      case Integer i -> Integer.toString(i);
      case Unsigned u -> Long.toUnsignedString(u.bits());
      case Double d -> Builtin.formatFloat(d);
      case Float f -> Builtin.formatFloat(f);
      case GoValue g -> typedValueText(g.goType(), g.goValue(), g);
      default ->
          "(" + GoStrings.fromJava(v.getClass().getName()) + ") 0x"
              + Integer.toHexString(System.identityHashCode(v));
    };
  }

  /**
   * Go's printpanicval for values other than int, float64, bool and string: sized numbers print as
   * numbers, named basic types as main.T(v) (strings quoted: main.S("x")), anything else as
   * "(T) address".
   */
  private static String typedValueText(TypeDesc t, Object v, Object box) {
    String basic =
        switch (t.kind()) {
          case BOOL -> ((Boolean) v) ? "true" : "false";
          case INT, INT8, INT16, INT32, INT64 -> Long.toString((Long) v);
          case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> Long.toUnsignedString((Long) v);
          case FLOAT32, FLOAT64 -> Builtin.formatFloat(((Number) v).doubleValue());
          case STRING -> (String) v;
          default -> null;
        };
    if (basic == null) {
      return "(" + t.string() + ") 0x" + Integer.toHexString(System.identityHashCode(box));
    }
    if (!t.isNamed()) {
      return basic;
    }
    return t.kind() == TypeDesc.Kind.STRING
        ? t.string() + "(\"" + basic + "\")"
        : t.string() + "(" + basic + ")";
  }

  /** "\ngoroutine N [reason]:" and the Go frames of t's stack. */
  static String traceback(Throwable t, long goroutine, String reason) {
    StringBuilder sb = new StringBuilder();
    appendTraceback(sb, t, goroutine, reason);
    return sb.toString();
  }

  private static void appendTraceback(StringBuilder sb, Throwable t, long goroutine) {
    appendTraceback(sb, t, goroutine, "running");
  }

  private static void appendTraceback(StringBuilder sb, Throwable t, long goroutine, String reason) {
    sb.append("\ngoroutine ").append(goroutine).append(" [").append(reason).append("]:\n");
    int printed = 0;
    StackTraceElement[] frames = t instanceof GoPanic p ? p.traceback() : t.getStackTrace();
    for (StackTraceElement frame : frames) {
      // The backend's own methods ($entry, bridges) have names no Go function can have.
      if (!frame.getClassName().startsWith(GO_CLASS_PREFIX)
          || frame.getMethodName().startsWith("$")
          || frame.getClassName().contains(DEFER_SITE_CLASS)
          || frame.getMethodName().contains(DEFER_WRAPPER)) {
        continue;
      }
      if (printed == MAX_FRAMES) {
        sb.append("...additional frames elided...\n");
        break;
      }
      appendFrame(sb, frame);
      printed++;
    }
  }

  /**
   * Class go.main.Main's method f is Go's main.f; the backend spells nested names such as
   * main.main.func1 with '$' (main$func1). Go shows arguments; we have none to show, so "(...)",
   * Go's own mark for elided arguments, except for main and init, which take none.
   */
  private static void appendFrame(StringBuilder sb, StackTraceElement frame) {
    String cls = frame.getClassName();
    int lastDot = cls.lastIndexOf('.');
    int start = GO_CLASS_PREFIX.length();
    // go.example.geom.Geom is package example/geom's class (a '.' in a path element is '$')
    String pkg = lastDot > start ? cls.substring(start, lastDot).replace('.', '/').replace('$', '.') : cls;
    String name = frame.getMethodName().replace('$', '.');
    boolean noArgs = name.equals("main") || name.equals("init");
    sb.append(GoStrings.fromJava(pkg)).append('.').append(GoStrings.fromJava(name));
    sb.append(noArgs ? "()" : "(...)").append('\n');
    String file = frame.getFileName() == null ? "?" : frame.getFileName();
    int line = Math.max(frame.getLineNumber(), 0);
    sb.append('\t').append(GoStrings.fromJava(file)).append(':').append(line).append('\n');
  }
}
