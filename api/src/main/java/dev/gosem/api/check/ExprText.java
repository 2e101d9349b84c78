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
        String args = j.toString();
        b.append(c.ellipsis() ? args.substring(0, args.length() - 1) + "...)" : args);
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
      case Expr.Star st -> {
        b.append('*');
        write(b, st.x());
      }
      case Expr.CompositeLit cl -> {
        if (cl.type() != null) write(b, cl.type());
        b.append(cl.elts().isEmpty() ? "{}" : "{…}");
      }
      case Expr.KeyValue kv -> {
        write(b, kv.key());
        b.append(": ");
        write(b, kv.value());
      }
      case Expr.FuncLit fl -> {
        write(b, fl.type());
        b.append(fl.body() == null || fl.body().stmts().isEmpty() ? " {}" : " {…}");
      }
      case Expr.SliceExpr se -> {
        write(b, se.x());
        b.append('[');
        if (se.lo() != null) write(b, se.lo());
        b.append(':');
        if (se.hi() != null) write(b, se.hi());
        if (se.slice3()) {
          b.append(':');
          if (se.max() != null) write(b, se.max());
        }
        b.append(']');
      }
      case Expr.TypeAssert ta -> {
        write(b, ta.x());
        b.append(".(");
        if (ta.type() == null) b.append("type");
        else write(b, ta.type());
        b.append(')');
      }
      case Expr.ArrayType at -> {
        b.append('[');
        if (at.len() != null) write(b, at.len());
        b.append(']');
        write(b, at.elem());
      }
      case Expr.MapType mt -> {
        b.append("map[");
        write(b, mt.key());
        b.append(']');
        write(b, mt.value());
      }
      case Expr.ChanType ct -> {
        switch (ct.dir()) {
          case SEND -> b.append("chan<- ");
          case RECV -> b.append("<-chan ");
          case BOTH -> b.append("chan ");
        }
        boolean paren = ct.dir() == dev.gosem.api.types.Chan.Dir.BOTH && ct.elem() instanceof Expr.ChanType inner && inner.dir() == dev.gosem.api.types.Chan.Dir.RECV;
        if (paren) b.append('(');
        write(b, ct.elem());
        if (paren) b.append(')');
      }
      case Expr.StructType st -> {
        b.append("struct{");
        fieldList(b, st.fields(), "; ");
        b.append('}');
      }
      case Expr.InterfaceType it -> {
        b.append("interface{");
        StringJoiner j = new StringJoiner("; ");
        for (dev.gosem.api.ast.Field m : it.methods()) {
          if (m.name() != null && m.type() instanceof Expr.FuncType ft) j.add(m.name() + of(ft).substring("func".length()));
          else j.add(of(m.type()));
        }
        b.append(j).append('}');
      }
      case Expr.FuncType ft -> {
        b.append("func(");
        fields(b, ft.params());
        b.append(')');
        if (ft.results().size() == 1 && ft.results().getFirst().name() == null) {
          b.append(' ');
          write(b, ft.results().getFirst().type());
        } else if (!ft.results().isEmpty()) {
          b.append(" (");
          fields(b, ft.results());
          b.append(')');
        }
      }
      case Expr.Ellipsis el -> {
        b.append("...");
        if (el.elem() != null) write(b, el.elem());
      }
    }
  }

  /** Fields as written, separated by sep; names sharing one type expression are grouped. */
  private static void fieldList(StringBuilder b, java.util.List<dev.gosem.api.ast.Field> fs, String sep) {
    StringJoiner j = new StringJoiner(sep);
    for (int i = 0; i < fs.size(); i++) {
      dev.gosem.api.ast.Field f = fs.get(i);
      if (f.name() == null) {
        j.add(of(f.type()));
        continue;
      }
      StringBuilder names = new StringBuilder(f.name());
      while (i + 1 < fs.size() && fs.get(i + 1).name() != null && fs.get(i + 1).type() == f.type()) {
        names.append(", ").append(fs.get(++i).name());
      }
      j.add(names + " " + of(f.type()));
    }
    b.append(j);
  }

  /** Parameters as written: consecutive names sharing one type expression are grouped ("a, b int"). */
  private static void fields(StringBuilder b, java.util.List<dev.gosem.api.ast.Field> fs) {
    StringJoiner j = new StringJoiner(", ");
    for (int i = 0; i < fs.size(); i++) {
      dev.gosem.api.ast.Field f = fs.get(i);
      boolean groupedWithNext = f.name() != null && i + 1 < fs.size() && fs.get(i + 1).name() != null
          && fs.get(i + 1).type() == f.type();
      if (f.name() == null) j.add(of(f.type()));
      else if (groupedWithNext) j.add(f.name());
      else j.add(f.name() + " " + of(f.type()));
    }
    b.append(j);
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
