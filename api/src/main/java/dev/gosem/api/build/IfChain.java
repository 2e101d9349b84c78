package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** IfChain is an if statement that can still grow {@code else if} and {@code else} arms. */
public final class IfChain {
  private record Arm(Stmt init, Expr cond, Stmt.Block then, Pos pos) {}

  private final List<Arm> arms = new ArrayList<>();
  private Stmt.Block otherwise;
  // Set once the enclosing block is built: later arms would be lost, so they are refused.
  private boolean built;

  IfChain(Stmt init, Expr cond, Stmt.Block then, Pos pos) {
    arms.add(new Arm(init, cond, then, pos));
  }

  /** {@code else if cond { then }}. */
  public IfChain elseIf(Object cond, Consumer<BlockBuilder> then) {
    Pos p = Where.here();
    requireOpen();
    arms.add(new Arm(null, Go.ex(cond, p).expr, BlockBuilder.nested(then, p), p));
    return this;
  }

  /** {@code else if init; cond { then }}. */
  public IfChain elseIfInit(Function<BlockBuilder, Ex> initAndCond, Consumer<BlockBuilder> then) {
    Pos p = Where.here();
    requireOpen();
    BlockBuilder init = new BlockBuilder(p);
    Expr cond = initAndCond.apply(init).expr;
    arms.add(new Arm(init.single("if"), cond, BlockBuilder.nested(then, p), p));
    return this;
  }

  /** {@code else { body }}; ends the chain. */
  public void orElse(Consumer<BlockBuilder> body) {
    requireOpen();
    otherwise = BlockBuilder.nested(body, Where.here());
  }

  private void requireOpen() {
    if (built) {
      throw new IllegalStateException("this if statement's block is already built; add else branches inside the lambda that makes it");
    }
    if (otherwise != null) throw new IllegalStateException("this if already has an else; nothing can follow it");
  }

  Stmt build() {
    built = true;
    Stmt els = otherwise;
    for (int i = arms.size() - 1; i >= 0; i--) {
      Arm a = arms.get(i);
      els = new Stmt.If(a.init, a.cond, a.then, els, a.pos);
    }
    return els;
  }
}
