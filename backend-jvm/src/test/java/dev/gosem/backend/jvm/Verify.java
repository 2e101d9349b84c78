package dev.gosem.backend.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/** Runs ASM's verifier over generated classes, the check every test applies. */
final class Verify {
  private Verify() {}

  /** Verifies one class that refers to no other generated class. */
  static void passes(byte[] classBytes) {
    passes(classBytes, Verify.class.getClassLoader());
  }

  /** Verifies every class of a program, resolving its references to each other. */
  static void passes(JvmArtifact a) {
    passes(a.classes());
  }

  static void passes(Map<String, byte[]> classes) {
    ClassLoader loader = new ProgramLoader(classes);
    for (Map.Entry<String, byte[]> c : classes.entrySet()) {
      StringWriter report = new StringWriter();
      CheckClassAdapter.verify(new ClassReader(c.getValue()), loader, false, new PrintWriter(report));
      assertThat(report.toString()).as("CheckClassAdapter report for " + c.getKey()).isEmpty();
    }
  }

  private static void passes(byte[] classBytes, ClassLoader loader) {
    StringWriter report = new StringWriter();
    CheckClassAdapter.verify(new ClassReader(classBytes), loader, false, new PrintWriter(report));
    assertThat(report.toString()).as("CheckClassAdapter report").isEmpty();
  }
}
