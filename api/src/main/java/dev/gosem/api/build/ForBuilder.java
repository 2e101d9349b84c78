package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Stmt;
import java.util.function.Consumer;

/**
 * ForBuilder builds a three-clause loop:
 * <pre>{@code
 * b.forLoop(l -> {
 *   Var i = l.init().define("i", 0);
 *   l.cond(i.lt(10));
 *   l.post().inc(i);
 *   l.body(body -> body.println(i));
 * });
 * }</pre>
 */
public final class ForBuilder {
  private final Pos pos;
  private BlockBuilder init;
  private BlockBuilder post;
  private Expr cond;
  private Stmt.Block body;

  ForBuilder(Pos pos) {
    this.pos = pos;
  }

  /** The builder of the init clause; add exactly one simple statement to it. */
  public BlockBuilder init() {
    if (init == null) init = new BlockBuilder(Where.here());
    return init;
  }

  public ForBuilder cond(Object cond) {
    this.cond = Go.ex(cond, Where.here()).expr;
    return this;
  }

  /** The builder of the post clause; add exactly one simple statement to it. */
  public BlockBuilder post() {
    if (post == null) post = new BlockBuilder(Where.here());
    return post;
  }

  public ForBuilder body(Consumer<BlockBuilder> body) {
    this.body = BlockBuilder.nested(body, Where.here());
    return this;
  }

  Stmt.For build() {
    if (body == null) throw new IllegalStateException("for loop has no body; call body(b -> ...)");
    Stmt i = init == null ? null : init.single("init");
    Stmt p = post == null ? null : post.single("post");
    return new Stmt.For(i, cond, p, body, pos);
  }
}
