package dev.gosem.backend.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/** Runs ASM's verifier over generated classes, the check every test applies. */
final class Verify {
  private Verify() {}

  static void passes(byte[] classBytes) {
    StringWriter report = new StringWriter();
    CheckClassAdapter.verify(new ClassReader(classBytes), Verify.class.getClassLoader(), false, new PrintWriter(report));
    assertThat(report.toString()).as("CheckClassAdapter report").isEmpty();
  }
}
