package dev.gosem.ir.build;

import static dev.gosem.api.types.Types.INT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Pos;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SSA construction on hand-made CFGs (only the edges matter to SsaVars), in the shapes where
 * removing one trivial phi makes others trivial in a cascade.
 */
class SsaVarsTest {
  private final Func f = new Func("f", List.of(), List.of(), List.of(), Pos.NONE);
  private final SsaVars vars = new SsaVars(f, (b, t) -> b.newValue(Op.CONST, t, Pos.NONE).setAux(0L));
  private final Object x = new Object();

  private static void edge(Block from, Block to) {
    from.addSucc(to);
  }

  private List<Value> phis() {
    return f.allValues().stream().filter(v -> v.op() == Op.PHI).toList();
  }

  /**
   * Regression: E -> A; A <-> B; B -> B; B -> R, x defined in E only. Reading x in R makes a phi
   * in B, whose first operand makes a phi in A; B's phi is then trivial and, in the cascade, so
   * is A's. The read returned A's phi, already removed, and the caller used it.
   */
  @Test
  void cascadeNeverReturnsARemovedPhi() {
    Block e = f.newBlock("e");
    Block a = f.newBlock("a");
    Block b = f.newBlock("b");
    Block r = f.newBlock("r");
    edge(e, a);
    edge(a, b);
    edge(b, a);
    edge(b, b);
    edge(b, r);
    for (Block blk : f.blocks()) vars.seal(blk);
    Value c = e.newValue(Op.CONST, INT, Pos.NONE).setAux(7L);
    vars.write(x, e, c);
    assertThat(vars.read(x, INT, r)).isSameAs(c);
    assertThat(phis()).isEmpty();
    assertThat(vars.read(x, INT, a)).isSameAs(c);
  }

  /**
   * Regression: a loop header H (sealed last) has an operandless phi Q for x, used by phis u1
   * (in J1, merging Q with x's definition c) and u2 (in J2, merging Q and u1). Sealing H makes Q
   * trivial, then u1, then u2 in u1's cascade; Q's own cascade then removed u2 a second time,
   * found no operands and forwarded u2 to a fresh zero, which later reads of x in J2 returned.
   */
  @Test
  void phiRemovedInACascadeIsNotRemovedAgain() {
    Block e = f.newBlock("e");
    Block h = f.newBlock("h");
    Block a = f.newBlock("a");
    Block j1 = f.newBlock("j1");
    Block j2 = f.newBlock("j2");
    edge(e, h);
    edge(e, j1);
    edge(h, a);
    edge(a, h);
    edge(a, j1);
    edge(a, j2);
    edge(j1, j2);
    for (Block blk : List.of(e, a, j1, j2)) vars.seal(blk);
    Value c = e.newValue(Op.CONST, INT, Pos.NONE).setAux(7L);
    vars.write(x, e, c);
    Value u1 = vars.read(x, INT, j1);
    Value u2 = vars.read(x, INT, j2);
    assertThat(u1.op()).isEqualTo(Op.PHI);
    assertThat(u2.op()).isEqualTo(Op.PHI);
    assertThat(phis()).hasSize(3); // Q, u1, u2
    vars.seal(h);
    assertThat(phis()).isEmpty();
    assertThat(vars.read(x, INT, j2)).isSameAs(c);
    assertThat(vars.read(x, INT, j1)).isSameAs(c);
    assertThat(f.allValues()).containsExactly(c);
  }

  /** A loop that changes x keeps its phi; one that does not, loses it. */
  @Test
  void loopPhisStayOnlyWhenNeeded() {
    Block e = f.newBlock("e");
    Block h = f.newBlock("h");
    Block body = f.newBlock("body");
    Block exit = f.newBlock("exit");
    edge(e, h);
    edge(h, body);
    edge(body, h);
    edge(h, exit);
    vars.seal(e);
    Value c = e.newValue(Op.CONST, INT, Pos.NONE).setAux(1L);
    Object y = new Object();
    vars.write(x, e, c);
    vars.write(y, e, c);
    vars.seal(body);
    vars.read(x, INT, body);
    Value yInLoop = vars.read(y, INT, body);
    vars.write(y, body, body.newValue(Op.ADD, INT, Pos.NONE, yInLoop, c));
    vars.seal(h);
    vars.seal(exit);
    assertThat(vars.read(x, INT, exit)).isSameAs(c);
    Value yAfter = vars.read(y, INT, exit);
    assertThat(yAfter.op()).isEqualTo(Op.PHI);
    assertThat(yAfter.args()).hasSize(2).contains(c);
    assertThat(phis()).containsExactly(yAfter);
  }
}
