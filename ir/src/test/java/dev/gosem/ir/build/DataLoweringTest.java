package dev.gosem.ir.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.check.GoSource;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.ssa.Dump;
import dev.gosem.ir.ssa.Module;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Programs over the data model lower to IR that verifies after every pass, optimized or not. */
class DataLoweringTest {
  @ParameterizedTest
  @ValueSource(strings = {
      """
      package main

      import "fmt"

      type Point struct {
      	X, Y int
      }

      func (p Point) Sum() int { return p.X + p.Y }

      func (p *Point) Move(dx int) { p.X += dx }

      func main() {
      	p := Point{1, 2}
      	q := &Point{Y: 5}
      	p.Move(3)
      	q.Move(1)
      	fmt.Println(p.Sum(), q.Sum(), p, *q)
      	var arr [3]int
      	arr[1] = 7
      	s := []int{1, 2, 3}
      	s = append(s, 4, 5)
      	s[0] += 10
      	m := map[string]int{"a": 1}
      	m["b"]++
      	v, ok := m["c"]
      	delete(m, "a")
      	fmt.Println(arr, s, len(s), cap(s), m, v, ok, s[1:3])
      }
      """,
      """
      package main

      import "fmt"

      type Shape interface {
      	Area() float64
      }

      type Sq struct{ s float64 }

      func (q Sq) Area() float64 { return q.s * q.s }

      func describe(x any) string {
      	switch v := x.(type) {
      	case nil:
      		return "nil"
      	case int:
      		return fmt.Sprint("int ", v)
      	case Shape:
      		return fmt.Sprint("shape ", v.Area())
      	default:
      		return "other"
      	}
      }

      func main() {
      	var sh Shape = Sq{2}
      	fmt.Println(sh.Area(), describe(3), describe(sh), describe(nil), describe("x"))
      	counter := 0
      	inc := func(by int) int {
      		counter += by
      		return counter
      	}
      	inc(2)
      	inc(3)
      	fmt.Println(counter)
      	for i, c := range "héllo" {
      		fmt.Println(i, c)
      	}
      	total := 0
      	for _, x := range []int{1, 2, 3} {
      		total += x
      	}
      	for k := range map[int]bool{1: true} {
      		total += k
      	}
      	switch {
      	case total > 5:
      		fmt.Println("big")
      		fallthrough
      	case total > 100:
      		fmt.Println("fell")
      	default:
      		fmt.Println("small")
      	}
      	if s, ok := sh.(Sq); ok {
      		fmt.Println(s.s)
      	}
      }
      """
  })
  void lowersAndVerifies(String src) {
    Program p = GoSource.program(src);
    for (boolean optimize : new boolean[] {false, true}) {
      Module m = Compiler.lower(p, new Options(optimize, true));
      assertThat(Dump.of(m)).contains("func main()");
      if (System.getenv("DUMP") != null) System.out.println(Dump.of(m));
    }
  }
}
