package dev.gosem.api.check;

import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Expr;
import java.util.StringJoiner;

/** ExprText spells an expression as Go's compiler quotes it in messages, e.g. {@code x + 1}. */
final class ExprText {
  private ExprText() {}

  static String of(Expr e) {
    StringBuilder b = new StringBuilder();
    write(b, e);
    return b.toString();
  }

  private static void write(StringBuilder b, Expr e) {
    switch (e) {
      case Expr.Ident id -> b.append(id.name());
      case Expr.BasicLit lit -> b.append(lit.text());
      case Expr.Paren p -> {
        b.append('(');
        write(b, p.x());
        b.append(')');
      }
      case Expr.Unary u -> {
        b.append(u.op().token());
        boolean paren = u.x() instanceof Expr.Binary
            || (u.x() instanceof Expr.Unary inner && inner.op().token().equals(u.op().token()));
        if (paren) b.append('(');
        write(b, u.x());
        if (paren) b.append(')');
      }
      case Expr.Binary bin -> {
        writeOperand(b, bin.x(), bin.op(), false);
        b.append(' ').append(bin.op().token()).append(' ');
        writeOperand(b, bin.y(), bin.op(), true);
      }
      case Expr.Call c -> {
        write(b, c.fun());
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (Expr a : c.args()) j.add(of(a));
        b.append(j);
      }
      case Expr.Selector s -> {
        write(b, s.x());
        b.append('.').append(s.sel());
      }
      case Expr.Index ix -> {
        write(b, ix.x());
        b.append('[');
        write(b, ix.index());
        b.append(']');
      }
    }
  }

  /** Writes an operand of a binary operator, parenthesised where Go source would need it. */
  private static void writeOperand(StringBuilder b, Expr x, BinaryOp parent, boolean right) {
    boolean paren = x instanceof Expr.Binary child
        && (child.op().precedence() < parent.precedence()
            || (right && child.op().precedence() == parent.precedence()));
    if (paren) b.append('(');
    write(b, x);
    if (paren) b.append(')');
  }
}
