package dev.gosem.backend.jvm;

import dev.gosem.ir.backend.Artifact;
import dev.gosem.ir.backend.RunResult;
import dev.gosem.runtime.GoProcess;
import dev.gosem.runtime.JarMain;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A compiled program: its class files. Each run loads them afresh in a class loader of its own,
 * so package-level variables start from their initial values every time and nothing outlives
 * the run.
 */
public final class JvmArtifact implements Artifact {
  /** Class files by binary name; the first is package main's class. */
  private final Map<String, byte[]> classes;

  JvmArtifact(Map<String, byte[]> classes) {
    this.classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
  }

  /** The generated class files by binary name (go.main.Main first). */
  public Map<String, byte[]> classes() {
    return classes;
  }

  /** The generated class file of package main. */
  public byte[] classBytes() {
    return classes.get(JarMain.MAIN_CLASS).clone();
  }

  @Override
  public RunResult run() {
    GoProcess process = GoProcess.captured();
    int status = process.run(() -> JarMain.invoke(entry()));
    return new RunResult(decode(process.stdoutBytes()), decode(process.stderrBytes()), status);
  }

  /** Runs with stdout and stderr going to this JVM's System.out and System.err. */
  public int runOnConsole() {
    return GoProcess.system().run(() -> JarMain.invoke(entry()));
  }

  private MethodHandle entry() {
    String binaryName = JarMain.MAIN_CLASS;
    try {
      Class<?> c = new ProgramLoader(classes).loadClass(binaryName);
      return MethodHandles.publicLookup().findStatic(c, Names.ENTRY, MethodType.methodType(void.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("generated class cannot be loaded", e);
    }
  }

  private static String decode(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * A Go function of package main as a method handle, for Java callers such as benchmarks: the
   * program's classes are loaded afresh and package initialization is run first. Values cross
   * as docs/jvm-representation.md says (int as long, []int as LongSlice, and so on).
   */
  public MethodHandle function(String goName) {
    try {
      Class<?> c = new ProgramLoader(classes).loadClass(JarMain.MAIN_CLASS);
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      lookup.findStatic(c, Names.method(dev.gosem.ir.ssa.Module.INIT), MethodType.methodType(void.class)).invoke();
      for (java.lang.reflect.Method m : c.getMethods()) {
        if (m.getName().equals(Names.method(goName))) return lookup.unreflect(m);
      }
      throw new IllegalArgumentException("no function " + goName + " in the program");
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("cannot load " + goName, t);
    }
  }

  @Override
  public void write(Path file) throws IOException {
    JarWriter.write(file, classes);
  }
}
