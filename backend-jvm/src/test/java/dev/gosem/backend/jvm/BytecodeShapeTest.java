package dev.gosem.backend.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.check.GoSource;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceClassVisitor;

/**
 * What the data model compiles to, read off the Textifier's listing: scalars stay unboxed,
 * known calls are static, interface calls one invokeinterface, fields getfield/putfield.
 */
class BytecodeShapeTest {
  private static final String PROGRAM = """
      package main

      import "fmt"

      type Shape interface{ Area() int }

      type Sq struct{ s int }

      func (q Sq) Area() int { return q.s * q.s }

      type Counter struct{ n int }

      func (c *Counter) Inc() { c.n++ }

      func sum(xs []int) int {
      	t := 0
      	for _, x := range xs {
      		t += x
      	}
      	return t
      }

      func total(shapes []Shape) int {
      	t := 0
      	for _, s := range shapes {
      		t += s.Area()
      	}
      	return t
      }

      func main() {
      	c := &Counter{}
      	c.Inc()
      	fmt.Println(sum([]int{1, 2}), total([]Shape{Sq{2}}), c.n)
      }
      """;

  private static String method(String name) {
    JvmArtifact a = (JvmArtifact) Compiler.compile(GoSource.program(PROGRAM), "jvm", Options.defaults());
    Verify.passes(a);
    assertThat(a.run().stdout()).isEqualTo("3 4 1\n");
    StringWriter out = new StringWriter();
    new ClassReader(a.classes().get("go.main.Main")).accept(new TraceClassVisitor(null, new Textifier(), new PrintWriter(out)), 0);
    String all = out.toString();
    int at = all.indexOf(" " + name + "(");
    return all.substring(at, all.indexOf("MAXSTACK", at)).lines().map(String::strip)
        .filter(l -> !l.matches("L\\d+|LINENUMBER.*|FRAME.*|")).collect(java.util.stream.Collectors.joining("\n"));
  }

  @Test
  void aValueReceiverIsReadInPlaceWithoutACopy() {
    assertThat(method("Sq$Area")).isEqualTo("""
        Sq$Area(Lgo/main/Sq;)J
        ALOAD 0
        GETFIELD go/main/Sq.s : J
        LSTORE 1
        ALOAD 0
        GETFIELD go/main/Sq.s : J
        LSTORE 3
        LLOAD 1
        LLOAD 3
        LMUL
        LSTORE 5
        LLOAD 5
        LRETURN""");
  }

  @Test
  void aPointerMethodUpdatesTheFieldInPlace() {
    String inc = method("(*Counter)$Inc");
    assertThat(inc).contains("GETFIELD go/main/Counter.n : J").contains("PUTFIELD go/main/Counter.n : J")
        .doesNotContain("LongRef").doesNotContain("NEW");
  }

  @Test
  void aSliceOfIntsIsSummedWithoutBoxing() {
    String sum = method("sum");
    // the range loop's index is in bounds: the backing array is read directly, no check, no box
    assertThat(sum).contains("GETFIELD dev/gosem/runtime/slice/LongSlice.array : [J").contains("LALOAD")
        .doesNotContain("LongSlice.get").doesNotContain("java/lang/Long").doesNotContain("NEW");
  }

  @Test
  void anInterfaceCallIsOneInvokeinterface() {
    String total = method("total");
    assertThat(total).contains("INVOKEINTERFACE go/main/M$Area.$Area ()J (itf)").doesNotContain("CHECKCAST");
  }
}
