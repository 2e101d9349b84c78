package dev.gosem.fuzz.render;

import dev.gosem.fuzz.tree.E;
import dev.gosem.fuzz.tree.Fn;
import dev.gosem.fuzz.tree.Prog;
import dev.gosem.fuzz.tree.S;
import dev.gosem.fuzz.tree.T;
import dev.gosem.fuzz.tree.Ty;
import dev.gosem.fuzz.tree.Walk;
import java.math.BigInteger;
import java.util.List;

/**
 * JavaCode prints a generated tree as the builder code that makes the same program: what
 * {@link ToProgram} does, written out, so a finding can be pasted into a test or an example.
 * The class it writes has one method, {@code static Program build()}.
 */
public final class JavaCode {
  private final StringBuilder out = new StringBuilder();
  private int depth;
  private int lambdas;

  private JavaCode() {}

  /** A compilable Java source file declaring class {@code className} in no package. */
  public static String of(Prog p, String className, String comment) {
    JavaCode j = new JavaCode();
    j.file(p, className, comment);
    return j.out.toString();
  }

  private void file(Prog p, String className, String comment) {
    out.append("import static dev.gosem.api.build.Go.*;\n\n");
    out.append("import dev.gosem.api.Program;\n");
    out.append("import dev.gosem.api.ast.BinaryOp;\n");
    out.append("import dev.gosem.api.ast.Expr;\n");
    out.append("import dev.gosem.api.ast.UnaryOp;\n");
    out.append("import dev.gosem.api.types.Named;\n");
    out.append("import dev.gosem.api.types.Types;\n");
    out.append("import java.math.BigInteger;\n\n");
    out.append("/** ").append(comment.replace("*/", "* /")).append(" */\n");
    out.append("final class ").append(className).append(" {\n");
    out.append("  static Program build() {\n");
    out.append("    return program(\"fuzz").append(p.seed()).append("\", prog -> prog.file(\"main.go\", f -> {\n");
    depth = 3;
    ToProgram.Imports imp = ToProgram.Imports.of(p);
    List<String> paths = new java.util.ArrayList<>();
    if (imp.fmt()) paths.add(q("fmt"));
    if (imp.os()) paths.add(q("os"));
    if (imp.errors()) paths.add(q("errors"));
    if (imp.sync()) paths.add(q("sync"));
    if (imp.atomic()) paths.add(q("sync/atomic"));
    if (!paths.isEmpty()) line("f.imports(" + String.join(", ", paths) + ");");
    for (T t : p.types()) {
      switch (t) {
        case T.Struct st -> line("Named t" + st.name() + " = f.type(" + q(st.name()) + ", struct("
            + String.join(", ", st.fields().stream().map(x -> "field(" + q(x.name()) + ", " + x.type().javaName() + ")").toList()) + "));");
        case T.Iface it -> line("Named t" + it.name() + " = f.type(" + q(it.name()) + ", " + iface(it) + ");");
        default -> throw new IllegalArgumentException("not a declared type: " + t);
      }
    }
    for (S.Const c : p.consts()) {
      if (c.typed()) line("f.constant(" + q(c.name()) + ", " + c.type().javaName() + ", " + ex(c.value()) + ");");
      else line("f.constant(" + q(c.name()) + ", " + ex(c.value()) + ");");
    }
    for (Prog.Global g : p.globals()) {
      String type = g.typed() || g.init() == null ? type(g.type()) : "null";
      line("f.var(" + q(g.name()) + ", " + type + ", " + (g.init() == null ? "null" : ex(g.init())) + ");");
    }
    for (Fn fn : p.funcs()) {
      if (fn.recv() == null) {
        line("f.func(" + q(fn.name()) + ", fn -> {");
      } else {
        T rt = fn.recv().pointer() ? new T.Ptr(fn.recv().type()) : fn.recv().type();
        line("f.method(recv(" + q(fn.recv().name()) + ", " + type(rt) + "), " + q(fn.name()) + ", fn -> {");
      }
      depth++;
      for (Fn.Param prm : fn.params()) line("fn.param(" + q(prm.name()) + ", " + type(prm.type()) + ");");
      for (int i = 0; i < fn.results().size(); i++) {
        if (fn.namedResults()) line("fn.namedResult(" + q(fn.resultNames().get(i)) + ", " + type(fn.results().get(i)) + ");");
        else line("fn.result(" + type(fn.results().get(i)) + ");");
      }
      stmts("fn", fn.body());
      depth--;
      line("});");
    }
    out.append("    }));\n  }\n}\n");
  }

  private void line(String s) {
    out.append("  ".repeat(depth)).append(s).append('\n');
  }

  private String lambda() {
    return "b" + (++lambdas);
  }

  private void stmts(String b, List<S> list) {
    for (S s : list) stmt(b, s);
  }

  /** Opens "prefix b -> {" and returns the lambda's parameter name; close with close(suffix). */
  private String open(String prefix) {
    String v = lambda();
    line(prefix + v + " -> {");
    depth++;
    return v;
  }

  private void close(String suffix) {
    depth--;
    line("}" + suffix);
  }

  private void stmt(String b, S s) {
    switch (s) {
      case S.Decl d -> {
        switch (d.form()) {
          case DEFINE -> line(b + ".define(" + q(d.name()) + ", " + ex(d.init()) + ");");
          case VAR_TYPED -> line(b + ".var(" + q(d.name()) + ", " + type(d.type()) + ", " + ex(d.init()) + ");");
          case VAR_INFERRED -> line(b + ".var(" + q(d.name()) + ", (Object) " + ex(d.init()) + ");");
          case VAR_ZERO -> line(b + ".var(" + q(d.name()) + ", " + type(d.type()) + ");");
        }
      }
      case S.Const c -> {
        if (c.typed()) line(b + ".constant(" + q(c.name()) + ", " + c.type().javaName() + ", " + ex(c.value()) + ");");
        else line(b + ".constant(" + q(c.name()) + ", " + ex(c.value()) + ");");
      }
      case S.Assign a -> line(b + ".assign(" + target(a.name()) + ", " + ex(a.value()) + ");");
      case S.Store st -> line(b + ".assign(" + ex(st.target()) + ", " + ex(st.value()) + ");");
      case S.Delete d -> line(b + ".call(delete(" + ex(d.map()) + ", " + ex(d.key()) + "));");
      case S.Range r when r.x().type() instanceof T.Chan -> {
        if (r.key() != null && Walk.uses(r.body(), r.key())) {
          String w = lambda();
          line(b + ".rangeOver(" + ex(r.x()) + ", " + q(r.key()) + ", (" + w + ", v" + w + ") -> {");
          depth++;
          stmts(w, r.body());
          close(");");
        } else {
          String v = open(b + ".rangeOver(" + ex(r.x()) + ", ");
          stmts(v, r.body());
          close(");");
        }
      }
      case S.Range r -> {
        boolean k = r.key() != null && Walk.uses(r.body(), r.key());
        boolean v = r.value() != null && Walk.uses(r.body(), r.value());
        String w = lambda();
        if (!k && !v) {
          line(b + ".rangeOver(" + ex(r.x()) + ", " + w + " -> {");
        } else {
          line(b + ".rangeOver(" + ex(r.x()) + ", " + q(k ? r.key() : "_") + ", " + (v ? q(r.value()) : "null") + ", (" + w
              + ", k" + w + ", v" + w + ") -> {");
        }
        depth++;
        stmts(w, r.body());
        close(");");
      }
      case S.OpAssign o -> line(b + ".opAssign(id(" + q(o.name()) + "), BinaryOp." + o.op().name() + ", " + ex(o.value()) + ");");
      case S.IncDec i -> line(b + (i.inc() ? ".inc" : ".dec") + "(id(" + q(i.name()) + "));");
      case S.Parallel p -> line(b + ".assign(new dev.gosem.api.build.Ex[] {" + targets(p.names()) + "}, " + list(p.values()) + ");");
      case S.MultiCall m -> {
        String call = "call(" + q(m.fn()) + (m.args().isEmpty() ? "" : ", " + list(m.args())) + ")";
        if (m.define()) line(b + ".define(names(" + String.join(", ", m.names().stream().map(JavaCode::q).toList()) + "), " + call + ");");
        else line(b + ".assign(new dev.gosem.api.build.Ex[] {" + targets(m.names()) + "}, " + call + ");");
      }
      case S.Print p -> {
        String args = list(p.args());
        switch (p.kind()) {
          case FMT_PRINTLN -> line(b + ".call(fmtPrintln(" + args + "));");
          case FMT_PRINT -> line(b + ".call(fmtPrint(" + args + "));");
          case PRINTLN -> line(b + ".println(" + args + ");");
          case PRINT -> line(b + ".print(" + args + ");");
          case FMT_PRINTF -> {
            if (!(p.args().getFirst() instanceof E.Lit l && l.value() instanceof String)) {
              line(b + ".call(pkgCall(\"fmt\", \"Printf\", " + args + "));");
              break;
            }
            List<E> rest = p.args().subList(1, p.args().size());
            line(b + ".call(fmtPrintf(" + q((String) ((E.Lit) p.args().getFirst()).value()) + (rest.isEmpty() ? "" : ", " + list(rest)) + "));");
          }
        }
      }
      case S.If i -> ifStmt(b, i);
      case S.For f -> forStmt(b, f);
      case S.Branch br -> line(b + (br.isBreak() ? ".brk(" : ".cont(") + (br.label() == null ? "" : q(br.label())) + ");");
      case S.Return r -> line(b + ".ret(" + list(r.values()) + ");");
      case S.ExprStmt x -> line(b + ".call(" + ex(x.call()) + ");");
      case S.Block bl -> {
        String v = open(b + ".block(");
        stmts(v, bl.body());
        close(");");
      }
      case S.Switch w -> {
        String sw = "sw" + (++lambdas);
        line(w.tag() == null ? b + ".switchTagless(" + sw + " -> {" : b + ".switchOn(" + ex(w.tag()) + ", " + sw + " -> {");
        depth++;
        for (int i = 0; i <= w.cases().size(); i++) {
          if (i == w.defaultAt()) {
            String v = open(sw + ".defaultCase(");
            stmts(v, w.dflt());
            close(");");
          }
          if (i == w.cases().size()) break;
          S.Case c = w.cases().get(i);
          String v = open(sw + ".caseOf(java.util.List.of(" + list(c.values()) + "), ");
          stmts(v, c.body());
          if (c.fallthrough()) line(v + ".fallthrough();");
          close(");");
        }
        depth--;
        line("});");
      }
      case S.Exit x -> line(b + ".call(osExit(" + x.code() + "));");
      case S.AssertOk a -> line(b + ".define(new String[] {" + q(a.v()) + ", " + q(a.ok()) + "}, " + ex(a.x()) + ".assertType("
          + type(a.type()) + "));");
      case S.Defer d -> line(b + ".defer(" + deferred(d.call()) + ");");
      case S.Panic p -> line(b + ".call(panic(" + ex(p.value()) + "));");
      case S.Recover r -> {
        String v = open(b + ".ifInit(init -> init.define(" + q(r.r()) + ", recover()).ne(nil()), ");
        stmts(v, r.then());
        close(");");
      }
      case S.Go g -> line(b + ".go(" + deferred(g.call()) + ");");
      case S.Send sd -> line(b + ".send(" + ex(sd.ch()) + ", " + ex(sd.value()) + ");");
      case S.RecvOk r -> line(b + ".define(names(" + q(r.v()) + ", " + q(r.ok()) + "), receive(" + ex(r.ch()) + "));");
      case S.Select sel -> {
        String sb = "sel" + (++lambdas);
        line(b + ".select(" + sb + " -> {");
        depth++;
        for (S.SelectCase k : sel.cases()) {
          if (k.send() != null) {
            String v = open(sb + ".send(" + ex(k.ch()) + ", " + ex(k.send()) + ", ");
            stmts(v, k.body());
            close(");");
          } else if (k.recv() != null && Walk.uses(k.body(), k.recv())) {
            String w = lambda();
            line(sb + ".recv(" + q(k.recv()) + ", " + ex(k.ch()) + ", (" + w + ", v" + w + ") -> {");
            depth++;
            stmts(w, k.body());
            close(");");
          } else {
            String v = open(sb + ".recv(" + ex(k.ch()) + ", ");
            stmts(v, k.body());
            close(");");
          }
        }
        if (sel.dflt() != null) {
          String v = open(sb + ".defaultCase(");
          stmts(v, sel.dflt());
          close(");");
        }
        depth--;
        line("});");
      }
      case S.TypeSwitch w -> {
        boolean bound = w.bind() != null && (w.cases().stream().anyMatch(c -> Walk.uses(c.body(), w.bind()))
            || (w.dflt() != null && Walk.uses(w.dflt(), w.bind())));
        String sw = "sw" + (++lambdas);
        line(b + ".typeSwitch(" + (bound ? q(w.bind()) + ", " : "") + ex(w.x()) + ", " + sw + " -> {");
        depth++;
        for (S.TypeCase c : w.cases()) {
          String types = String.join(", ", c.types().stream().map(t -> t == null ? "Types.UNTYPED_NIL" : type(t)).toList());
          String v = open(sw + ".caseOf(java.util.List.of(" + types + "), ");
          stmts(v, c.body());
          close(");");
        }
        if (w.dflt() != null) {
          String v = open(sw + ".defaultCase(");
          stmts(v, w.dflt());
          close(");");
        }
        depth--;
        line("});");
      }
    }
  }

  /** The Java expression for the call a defer statement defers. */
  private String deferred(S call) {
    return switch (call) {
      case S.ExprStmt x -> ex(x.call());
      case S.Print p -> switch (p.kind()) {
        case FMT_PRINTLN -> "fmtPrintln(" + list(p.args()) + ")";
        case FMT_PRINT -> "fmtPrint(" + list(p.args()) + ")";
        default -> "pkgCall(\"fmt\", \"Printf\", " + list(p.args()) + ")";
      };
      default -> throw new IllegalArgumentException("not a call: " + call);
    };
  }

  private static String iface(T.Iface it) {
    return "iface(" + String.join(", ", it.methods().stream().map(m -> "method(" + q(m.name()) + ", java.util.List.of("
        + String.join(", ", m.params().stream().map(Ty::javaName).toList()) + "), " + m.result().javaName() + ")").toList()) + ")";
  }

  private void ifStmt(String b, S.If i) {
    String head;
    if (i.init() == null) {
      head = b + ".ifThen(" + ex(i.cond()) + ", ";
    } else {
      head = b + ".ifInit(s -> { s.define(" + q(i.init().name()) + ", " + ex(i.init().init()) + "); return "
          + ex(i.cond()) + "; }, ";
    }
    String v = open(head);
    stmts(v, i.then());
    List<S> els = i.els();
    while (els != null) {
      if (els.size() == 1 && els.getFirst() instanceof S.If next) {
        depth--;
        String h = next.init() == null ? "}).elseIf(" + ex(next.cond()) + ", "
            : "}).elseIfInit(s -> { s.define(" + q(next.init().name()) + ", " + ex(next.init().init()) + "); return "
                + ex(next.cond()) + "; }, ";
        String w = lambda();
        line(h + w + " -> {");
        depth++;
        stmts(w, next.then());
        els = next.els();
      } else {
        depth--;
        String w = lambda();
        line("}).orElse(" + w + " -> {");
        depth++;
        stmts(w, els);
        els = null;
      }
    }
    close(");");
  }

  private void forStmt(String b, S.For f) {
    String i = "id(" + q(f.counter()) + ")";
    String bound = ex(f.bound());
    boolean labeled = f.label() != null && Walk.branchesTo(f.body(), f.label());
    String lab = labeled ? b + ".label(" + q(f.label()) + ")" : b;
    String zero = f.counterType() == Ty.INT ? "lit(0)" : "conv(" + f.counterType().javaName() + ", 0)";
    switch (f.kind()) {
      case THREE_CLAUSE -> {
        String l = "l" + (++lambdas);
        line(lab + ".forLoop(" + l + " -> {");
        depth++;
        line(l + ".init().define(" + q(f.counter()) + ", " + zero + ");");
        line(l + ".cond(" + i + ".lt(" + bound + "));");
        line(l + ".post().inc(" + i + ");");
        String v = open(l + ".body(");
        stmts(v, f.body());
        close(");");
        depth--;
        line("});");
      }
      case WHILE -> {
        line(b + ".define(" + q(f.counter()) + ", " + zero + ");");
        String v = open(lab + ".whileLoop(" + i + ".lt(" + bound + "), ");
        line(v + ".inc(" + i + ");");
        stmts(v, f.body());
        close(");");
      }
      case INFINITE -> {
        line(b + ".define(" + q(f.counter()) + ", " + zero + ");");
        String v = open(lab + ".forever(");
        line(v + ".ifThen(" + i + ".ge(" + bound + "), t -> t.brk());");
        line(v + ".inc(" + i + ");");
        stmts(v, f.body());
        close(");");
      }
      case RANGE_INT -> {
        if (Walk.uses(f.body(), f.counter())) {
          String v = lambda();
          line(lab + ".rangeInt(" + q(f.counter()) + ", " + bound + ", (" + v + ", " + f.counter() + ") -> {");
          depth++;
          stmts(v, f.body());
          close(");");
        } else {
          String v = open(lab + ".rangeInt(" + bound + ", ");
          stmts(v, f.body());
          close(");");
        }
      }
    }
  }

  /** The Java expression for a type: struct types are the handles declared at the top. */
  static String type(T t) {
    return switch (t) {
      case Ty b -> b.javaName();
      case T.Slice sl -> "sliceOf(" + type(sl.elem()) + ")";
      case T.Array a -> "arrayOf(" + a.len() + ", " + type(a.elem()) + ")";
      case T.Map m -> "mapOf(" + type(m.key()) + ", " + type(m.val()) + ")";
      case T.Struct st -> "t" + st.name();
      case T.Iface it -> it.name() == null ? iface(it) : "t" + it.name();
      case T.Ptr p -> "ptr(" + type(p.elem()) + ")";
      case T.Func fn -> "sig(java.util.List.of(" + String.join(", ", fn.params().stream().map(JavaCode::type).toList()) + ")"
          + (fn.results().isEmpty() ? "" : ", " + String.join(", ", fn.results().stream().map(JavaCode::type).toList())) + ")";
      case T.Chan ch -> switch (ch.dir()) {
        case BOTH -> "chanOf(" + type(ch.elem()) + ")";
        case SEND -> "sendChanOf(" + type(ch.elem()) + ")";
        case RECV -> "recvChanOf(" + type(ch.elem()) + ")";
      };
      case T.Sync st -> "pkgType(" + q(st.path()) + ", " + q(st.name()) + ")";
    };
  }

  private static String target(String name) {
    return name.equals("_") ? "blank()" : "id(" + q(name) + ")";
  }

  private static String targets(List<String> names) {
    return String.join(", ", names.stream().map(JavaCode::target).toList());
  }

  private String list(List<E> es) {
    return String.join(", ", es.stream().map(this::ex).toList());
  }

  /** The Java expression that builds e. */
  String ex(E e) {
    return switch (e) {
      case E.Lit l -> lit(l);
      case E.Ref r -> "id(" + q(r.name()) + ")";
      case E.Unary u -> "unary(UnaryOp." + u.op().name() + ", " + ex(u.x()) + ")";
      case E.Binary b -> ex(b.x()) + ".op(BinaryOp." + b.op().name() + ", " + ex(b.y()) + ")";
      case E.Conv c -> "conv(" + c.type().javaName() + ", " + ex(c.x()) + ")";
      case E.Call c -> "call(" + q(c.fn()) + (c.args().isEmpty() ? "" : ", " + list(c.args())) + ")";
      case E.Len l -> "len(" + ex(l.x()) + ")";
      case E.Cap l -> "cap(" + ex(l.x()) + ")";
      case E.Index i -> ex(i.s()) + ".index(" + ex(i.i()) + ")";
      case E.Elem el -> ex(el.x()) + ".index(" + ex(el.i()) + ")";
      case E.Field fl -> ex(fl.x()) + ".field(" + q(fl.name()) + ")";
      case E.Addr a -> "addr(" + ex(a.x()) + ")";
      case E.Deref d -> "deref(" + ex(d.x()) + ")";
      case E.CompositeLit cl -> {
        List<String> elts = new java.util.ArrayList<>();
        for (int i = 0; i < cl.values().size(); i++) {
          String v = ex(cl.values().get(i));
          elts.add(switch (cl.type()) {
            case T.Map m -> "kv(" + ex(cl.keys().get(i)) + ", " + v + ")";
            case T.Struct st -> "kv(" + q(st.fields().get(i).name()) + ", " + v + ")";
            default -> v;
          });
        }
        yield "lit(" + type(cl.type()) + (elts.isEmpty() ? "" : ", " + String.join(", ", elts)) + ")";
      }
      case E.Make m -> "make(" + type(m.type()) + (m.len() == null ? "" : ", " + ex(m.len())) + ")";
      case E.New n -> "newOf(" + type(n.type()) + ")";
      case E.Append a -> "append(" + ex(a.s()) + (a.xs().isEmpty() ? "" : ", " + list(a.xs())) + ")";
      case E.SliceOf sl -> ex(sl.x()) + ".slice(" + (sl.lo() == null ? "null" : ex(sl.lo())) + ", " + (sl.hi() == null ? "null" : ex(sl.hi())) + ")";
      case E.FuncLit fl -> funcLit(fl);
      case E.CallValue cv -> ex(cv.fn()) + ".call(" + list(cv.args()) + ")";
      case E.MethodCall mc -> ex(mc.x()) + ".method(" + q(mc.name()) + (mc.args().isEmpty() ? "" : ", " + list(mc.args())) + ")";
      case E.ToIface t -> "conv(" + type(t.type()) + ", " + ex(t.x()) + ")";
      case E.Assert a -> ex(a.x()) + ".assertType(" + type(a.type()) + ")";
      case E.ErrorsNew n -> "errorsNew(" + q(n.msg()) + ")";
    };
  }

  /** A function literal, written on one line: {@code func(fl -> { ...; })}. */
  private String funcLit(E.FuncLit fl) {
    JavaCode inner = new JavaCode();
    inner.depth = 0;
    inner.lambdas = lambdas;
    String v = inner.lambda();
    for (Fn.Param p : fl.params()) inner.line(v + ".param(" + q(p.name()) + ", " + type(p.type()) + ");");
    for (T r : fl.type().results()) inner.line(v + ".result(" + type(r) + ");");
    inner.stmts(v, fl.body());
    lambdas = inner.lambdas;
    return "func(" + v + " -> { " + inner.out.toString().replace("\n", " ").replaceAll(" +", " ").strip() + " })";
  }

  private String lit(E.Lit l) {
    return switch (l.type()) {
      case BOOL -> "lit(" + l.value() + ")";
      case STRING -> "str(" + q((String) l.value()) + ")";
      case FLOAT64 -> {
        String t = (String) l.value();
        yield t.startsWith("-") ? "neg(literal(Expr.LitKind.FLOAT, " + q(t.substring(1)) + "))" : "literal(Expr.LitKind.FLOAT, " + q(t) + ")";
      }
      default -> {
        BigInteger v = (BigInteger) l.value();
        String s = v.bitLength() < 63 ? "lit(" + v + (v.bitLength() > 31 ? "L" : "") + ")" : "lit(new BigInteger(" + q(v.toString()) + "))";
        yield l.untyped() ? s : "conv(" + l.type().javaName() + ", " + s + ")";
      }
    };
  }

  /** A Java string literal. */
  static String q(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            for (char ch : Character.toChars(c)) b.append(String.format("\\u%04x", (int) ch));
          } else {
            b.appendCodePoint(c);
          }
        }
      }
    });
    return b.append('"').toString();
  }
}
