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

/** Each package of a program is a class of its own, in the JVM package its import path names. */
class PackageClassesTest {
  private static final String PROGRAM = """
      -- geom/geom.go --
      package geom

      import "fmt"

      type Point struct{ X, Y int }

      var Made int

      func New(x, y int) *Point {
      	Made++
      	return &Point{x, y}
      }

      func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }

      func (p Point) Sum() int { return p.X + p.Y }

      func init() { fmt.Println("geom init") }
      -- main.go --
      package main

      import (
      	"example/geom"
      	"fmt"
      )

      func main() {
      	p := geom.New(1, 2)
      	p.Scale(3)
      	geom.Made += 10
      	fmt.Println(p.Sum(), *p, geom.Made)
      	fmt.Printf("%T %T\\n", p, *p)
      }
      """;

  @Test
  void packagesHaveTheirOwnClasses() {
    JvmArtifact a = (JvmArtifact) Compiler.compile(GoSource.module(PROGRAM), "jvm", Options.defaults());
    Verify.passes(a);
    assertThat(a.classes()).containsKeys("go.main.Main", "go.example.geom.Geom", "go.example.geom.Point");
    assertThat(a.run().stdout()).isEqualTo("geom init\n9 {3 6} 11\n*geom.Point geom.Point\n");
    StringWriter out = new StringWriter();
    new ClassReader(a.classes().get("go.example.geom.Geom")).accept(new TraceClassVisitor(null, new Textifier(), new PrintWriter(out)), 0);
    assertThat(out.toString())
        .contains("public static J Made")
        .contains("public static New(JJ)Lgo/example/geom/Point;")
        .contains("public static (*Point)$Scale(Lgo/example/geom/Point;J)V")
        .contains("public static init$0()V");
  }
}
