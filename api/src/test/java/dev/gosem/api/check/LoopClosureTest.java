package dev.gosem.api.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import org.junit.jupiter.api.Test;

/** go vet's loopclosure check, against what Go 1.19's go vet printed for the same source. */
class LoopClosureTest {
  static final String SOURCE = """
      package main

      import (
      	"fmt"
      	"sync"
      )

      func main() {
      	var wg sync.WaitGroup
      	for i := 0; i < 3; i++ {
      		wg.Add(1)
      		go func() {
      			fmt.Println(i)
      			wg.Done()
      		}()
      	}
      	for _, v := range []int{1, 2} {
      		go func() { fmt.Println(v) }()
      	}
      	for i := 0; i < 3; i++ {
      		go func() {
      			fmt.Println(i)
      		}()
      		fmt.Println("after")
      	}
      	for k, v := range map[int]int{} {
      		go func() {
      			fmt.Println(k, v)
      		}()
      	}
      	wg.Wait()
      }
      """;

  private static Program withVersion(String version) {
    Program p = GoSource.program(SOURCE);
    return new Program(p.name(), p.files(), version);
  }

  @Test
  void warnsLikeGoVetBeforeGo122() {
    // go vet (Go 1.19) on this file:
    //   main.go:13:16: loop variable i captured by func literal
    //   main.go:18:27: loop variable v captured by func literal
    //   main.go:28:16: loop variable k captured by func literal
    //   main.go:28:19: loop variable v captured by func literal
    TypeInfo info = TypeChecker.check(withVersion("go1.19"));
    assertThat(info.vetWarnings()).extracting(d -> d.pos().line() + ":" + d.pos().col() + ": " + d.message())
        .containsExactly(
            "13:16: loop variable i captured by func literal",
            "18:27: loop variable v captured by func literal",
            "28:16: loop variable k captured by func literal",
            "28:19: loop variable v captured by func literal");
    assertThat(info.perIterationLoopVars()).isFalse();
  }

  @Test
  void silentFromGo122() {
    TypeInfo info = TypeChecker.check(withVersion("go1.22"));
    assertThat(info.vetWarnings()).isEmpty();
    assertThat(info.perIterationLoopVars()).isTrue();
  }
}
