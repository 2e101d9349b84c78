package dev.gosem.ir.ssa;

import dev.gosem.api.types.Type;
import java.util.stream.Collectors;

/**
 * Dump writes functions as stable, readable text, one value per line:
 *
 * <pre>
 * func fib(n int) int
 * b0: entry
 *   v1 = Param &lt;int&gt; [0]
 *   v3 = Lt &lt;bool&gt; v1 v2
 *   If v3 -&gt; b1 b2
 * </pre>
 *
 * Ids are the builder's, so the same program always dumps the same way.
 */
public final class Dump {
  private Dump() {}

  public static String of(Module m) {
    StringBuilder b = new StringBuilder();
    for (var g : m.globals().entrySet()) b.append("global ").append(g.getKey()).append(' ').append(g.getValue()).append('\n');
    if (!m.globals().isEmpty()) b.append('\n');
    for (Func f : m.funcList()) b.append(of(f)).append('\n');
    return b.toString();
  }

  public static String of(Func f) {
    StringBuilder b = new StringBuilder("func ").append(f.name).append('(');
    for (int i = 0; i < f.params.size(); i++) {
      if (i > 0) b.append(", ");
      b.append(f.paramNames.get(i)).append(' ').append(f.params.get(i));
    }
    b.append(')');
    if (f.results.size() == 1) b.append(' ').append(f.results.getFirst());
    if (f.results.size() > 1) b.append(f.results.stream().map(Type::toString).collect(Collectors.joining(", ", " (", ")")));
    b.append('\n');
    if (f.deferPlan() != null) {
      // how each defer statement is carried out (see docs/defer.md)
      for (DeferSite site : f.deferSites()) {
        b.append("  defer #").append(site.index()).append(": ").append(f.deferPlan().strategy(site).report()).append('\n');
      }
    }
    for (Block blk : f.blocks) {
      b.append(blk).append(':');
      if (!blk.comment.isEmpty()) b.append(' ').append(blk.comment);
      if (!blk.preds.isEmpty()) {
        b.append(" <- ").append(blk.preds.stream().map(Block::toString).collect(Collectors.joining(" ")));
      }
      b.append('\n');
      for (Value v : blk.values) b.append("  ").append(value(v)).append('\n');
      b.append("  ").append(terminator(blk)).append('\n');
    }
    return b.toString();
  }

  public static String value(Value v) {
    StringBuilder b = new StringBuilder();
    b.append(v).append(" = ").append(v.op.title()).append(" <").append(v.type).append('>');
    if (v.op == Op.PARAM || v.op == Op.EXTRACT) b.append(" [").append(v.auxInt).append(']');
    if (v.aux != null) b.append(" {").append(v.op == Op.CONST && v.aux instanceof String s ? quote(s) : v.aux.toString()).append('}');
    for (Value a : v.args) b.append(' ').append(a);
    return b.toString();
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20 || c >= 0x7f) b.append(String.format("\\x%02x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }

  static String terminator(Block b) {
    String controls = b.controls.stream().map(v -> " " + v).collect(Collectors.joining());
    return switch (b.kind) {
      case PLAIN -> "Plain -> " + (b.succs.isEmpty() ? "?" : b.succs.getFirst());
      case IF -> "If" + controls + " -> " + b.succs.stream().map(Block::toString).collect(Collectors.joining(" "));
      case RETURN -> "Return" + controls;
      case EXIT -> "Exit";
    };
  }
}
