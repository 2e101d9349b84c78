package dev.gosem.runtime;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One running Go program: its stdout, stderr and the way it ends. Generated code reaches it
 * through {@link #current()}, bound per thread and inherited by threads (goroutines) started
 * from a bound thread.
 *
 * <p>While {@link #run} is active the streams are buffered for speed; order is kept by flushing
 * one stream before the other is written, and everything is flushed when the program ends or
 * calls os.Exit. On an interactive terminal stdout is also flushed at each newline.
 */
public final class GoProcess {
  /**
   * The stack the main goroutine's Java thread asks for: millions of frames deep. Go allows 1 GB,
   * but HotSpot's cost of unwinding a StackOverflowError grows faster than the stack (some 40 s
   * for 1 GB, a few seconds for 128 MB), and a runaway recursion should die about as fast as in Go.
   */
  static final long DEFAULT_MAIN_STACK_BYTES = 128L << 20;

  private static final InheritableThreadLocal<GoProcess> CURRENT = new InheritableThreadLocal<>();
  private static volatile GoProcess fallback;

  private final ByteArrayOutputStream outCapture;
  private final ByteArrayOutputStream errCapture;
  private final OutputSink out;
  private final OutputSink err;
  private final boolean flushLines;
  private int running;
  private volatile long mainStackBytes = configuredStackBytes();
  // How the program ended: the first of main returning, os.Exit or a crash in any goroutine, or a
  // fatal error (deadlock) decides; later output is dropped.
  private boolean finished;
  private int finalStatus;
  private volatile boolean ended;
  private dev.gosem.runtime.sched.Sched sched;

  private GoProcess(
      OutputStream outTarget, OutputStream errTarget, int bufferSize, boolean flushLines) {
    this.outCapture = outTarget instanceof ByteArrayOutputStream b ? b : null;
    this.errCapture = errTarget instanceof ByteArrayOutputStream b ? b : null;
    this.out = new OutputSink(outTarget, bufferSize);
    this.err = new OutputSink(errTarget, bufferSize);
    this.flushLines = flushLines;
  }

  /** A process whose stdout and stderr go to in-memory buffers (see {@link #stdout()}). */
  public static GoProcess captured() {
    return new GoProcess(new ByteArrayOutputStream(), new ByteArrayOutputStream(), 0, false);
  }

  /** A process writing to System.out and System.err as they are now (for runnable jars). */
  public static GoProcess system() {
    Console console = System.console();
    boolean terminal = console != null && console.isTerminal();
    return new GoProcess(System.out, System.err, 8192, terminal);
  }

  /** The process bound to this thread, or a shared {@link #system()} process if none is. */
  public static GoProcess current() {
    GoProcess p = CURRENT.get();
    if (p != null) {
      return p;
    }
    GoProcess f = fallback;
    if (f == null) {
      synchronized (GoProcess.class) {
        if (fallback == null) {
          fallback = system();
        }
        f = fallback;
      }
    }
    return f;
  }

  /**
   * Runs a program's main (after its package initialisation, if the caller folds that into
   * mainMain) and returns its exit status: 0 on return, the os.Exit code, or 2 after an unrecovered
   * panic or fatal error, whose report is written to this process's stderr as Go writes it.
   *
   * <p>main runs on a fresh platform thread with a large stack (Go lets a goroutine's stack grow to
   * 1 GB; a default Java stack overflows some ten thousand frames deep), bound to this process; the
   * calling thread waits for it. The host JVM survives whatever the program does.
   */
  public int run(Runnable mainMain) {
    Thread main;
    try {
      main =
          Thread.ofPlatform()
              .name("goroutine 1")
              .daemon(true)
              .stackSize(mainStackBytes)
              .unstarted(() -> finish(runHere(mainMain)));
      main.start();
    } catch (OutOfMemoryError e) {
      // No thread with that stack to be had: run on the caller's stack instead.
      finish(runHere(mainMain));
      return end();
    }
    boolean interrupted = false;
    synchronized (this) {
      while (!finished) {
        try {
          wait();
        } catch (InterruptedException e) {
          // Passed on: a Go program cannot be interrupted, but blocking runtime calls may honour it.
          interrupted = true;
          main.interrupt();
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return end();
  }

  /**
   * Ends the program with this status unless it has already ended: main returned, os.Exit was
   * called, or a goroutine crashed or found a deadlock. The Java threads of other goroutines are
   * told to stop at their next blocking operation; their output is dropped from now on.
   */
  public void finish(int status) {
    synchronized (this) {
      if (finished) return;
      finished = true;
      finalStatus = status;
      flush();
      ended = true;
      notifyAll();
    }
  }

  /** Whether the program has ended (main returned, os.Exit, a crash or a fatal error). */
  public boolean ended() {
    return ended;
  }

  private int end() {
    dev.gosem.runtime.sched.Sched s;
    synchronized (this) {
      ended = true;
      flush();
      s = sched;
    }
    if (s != null) s.shutdown();
    return finalStatus;
  }

  /** The scheduler of this program's goroutines, made on first use. */
  public synchronized dev.gosem.runtime.sched.Sched sched() {
    if (sched == null) sched = new dev.gosem.runtime.sched.Sched(this);
    return sched;
  }

  /**
   * Reports a goroutine's unrecovered panic (or os.Exit from it) and ends the program, as Go
   * does whatever the other goroutines are doing.
   */
  public void crash(Throwable t, long goroutine) {
    if (ended) return;
    finish(CrashReport.write(this, t, goroutine));
  }

  /**
   * A fatal error (not recoverable): writes "fatal error: msg", the traceback of the calling
   * goroutine as Go's throw does, and ends the program with status 2.
   */
  public void fatal(String msg, long goroutine) {
    if (!ended) {
      writeErr("fatal error: " + msg + "\n" + CrashReport.traceback(new Throwable(), goroutine, "running"));
      finish(2);
    }
  }

  /**
   * Sets the stack size {@link #run} asks for main's thread (default 128 MiB, or the system
   * property gosem.stackBytes); returns this process.
   */
  public GoProcess mainStackBytes(long bytes) {
    this.mainStackBytes = bytes;
    return this;
  }

  /** As {@link #run}, but on the calling thread and its stack. */
  public int runHere(Runnable mainMain) {
    GoProcess previous = CURRENT.get();
    CURRENT.set(this);
    Goroutine.reset();
    synchronized (this) {
      running++;
    }
    try {
      mainMain.run();
      return 0;
    } catch (dev.gosem.runtime.sched.Killed k) {
      // The program already ended elsewhere (a deadlock found by main, a crash in a goroutine).
      return 2;
    } catch (Throwable t) {
      if (t instanceof GoPanic p && p.isGoexit()) {
        // runtime.Goexit on main: the others go on; Go reports once none is left to run.
        sched().mainGoexit();
        return 2;
      }
      return CrashReport.write(this, t, 1);
    } finally {
      synchronized (this) {
        running--;
      }
      flush();
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** Writes a Go byte-string to stdout. */
  public void writeOut(String goBytes) {
    byte[] bytes = goBytes.getBytes(StandardCharsets.ISO_8859_1);
    synchronized (this) {
      if (ended) throw new dev.gosem.runtime.sched.Killed();
      err.flush();
      out.write(bytes);
      if (running == 0 || (flushLines && goBytes.indexOf('\n') >= 0)) {
        out.flush();
      }
    }
  }

  /** Writes a Go byte-string to stderr. */
  public void writeErr(String goBytes) {
    byte[] bytes = goBytes.getBytes(StandardCharsets.ISO_8859_1);
    synchronized (this) {
      if (ended) throw new dev.gosem.runtime.sched.Killed();
      out.flush();
      err.write(bytes);
      if (running == 0 || (flushLines && goBytes.indexOf('\n') >= 0)) {
        err.flush();
      }
    }
  }

  /** Pushes buffered output to its destination (before blocking on input, for instance). */
  public synchronized void flush() {
    out.flush();
    err.flush();
  }

  /** Everything written to stdout so far, decoded as UTF-8 (captured processes only). */
  public String stdout() {
    return new String(stdoutBytes(), StandardCharsets.UTF_8);
  }

  /** Everything written to stderr so far, decoded as UTF-8 (captured processes only). */
  public String stderr() {
    return new String(stderrBytes(), StandardCharsets.UTF_8);
  }

  public synchronized byte[] stdoutBytes() {
    return captureOf(outCapture);
  }

  public synchronized byte[] stderrBytes() {
    return captureOf(errCapture);
  }

  private static byte[] captureOf(ByteArrayOutputStream capture) {
    if (capture == null) {
      throw new IllegalStateException("output is not captured; use GoProcess.captured()");
    }
    return capture.toByteArray();
  }

  private static long configuredStackBytes() {
    String configured = System.getProperty("gosem.stackBytes");
    if (configured != null) {
      try {
        return Long.parseLong(configured.trim());
      } catch (NumberFormatException e) {
        // Fall back to the default.
      }
    }
    return DEFAULT_MAIN_STACK_BYTES;
  }
}
