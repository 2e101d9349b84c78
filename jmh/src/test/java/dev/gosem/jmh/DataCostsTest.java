package dev.gosem.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import org.junit.jupiter.api.Test;

/** The benchmark's Go and Java sides compute the same thing. */
class DataCostsTest {
  @Test
  void goAndJavaAgree() throws Throwable {
    DataCosts d = new DataCosts();
    d.setUp();
    assertThat(d.goSumSlice()).isEqualTo(d.javaSumArray());
    assertThat(d.goInterfaceCalls()).isEqualTo(d.javaInterfaceCalls());
    assertThat(Compiler.compile(DataCosts.program(), "jvm", new Options(true, true)).run().stderr()).isEqualTo("3 26\n");
  }
}
