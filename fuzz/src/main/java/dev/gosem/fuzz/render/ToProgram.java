package dev.gosem.fuzz.render;

import dev.gosem.api.Program;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.build.BlockBuilder;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.FuncBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.IfChain;
import dev.gosem.api.build.SwitchBuilder;
import dev.gosem.api.build.Var;
import dev.gosem.fuzz.tree.E;
import dev.gosem.fuzz.tree.Fn;
import dev.gosem.fuzz.tree.Prog;
import dev.gosem.fuzz.tree.S;
import dev.gosem.fuzz.tree.Ty;
import dev.gosem.fuzz.tree.Walk;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;

/**
 * ToProgram turns a generated tree into a gosem {@link Program} through the public fluent
 * builder only, the way a user of the library would write it (see {@link JavaCode} for that
 * same code as text). A label is written only when a branch uses it, a range loop's variable
 * only when the body reads it, and an import only when something needs it, so a tree that lost
 * statements to the shrinker still makes a legal program.
 */
public final class ToProgram {
  private ToProgram() {}

  public static Program of(Prog p) {
    return of(p, "fuzz" + p.seed(), null);
  }

  /** The program with an optional {@code //go:build} line (bad-input mode uses it). */
  public static Program of(Prog p, String name, String buildLine) {
    return of(p, name, buildLine, List.of());
  }

  /** The program with an optional {@code //go:build} line and imports it may not use. */
  public static Program of(Prog p, String name, String buildLine, List<String> extraImports) {
    return Go.program(name, prog -> prog.file("main.go", f -> {
      if (buildLine != null) f.build(buildLine);
      Imports imp = Imports.of(p);
      if (imp.fmt()) f.imports("fmt");
      if (imp.os()) f.imports("os");
      for (String path : extraImports) f.imports(path);
      for (S.Const c : p.consts()) {
        if (c.typed()) f.constant(c.name(), c.type().api(), ex(c.value()));
        else f.constant(c.name(), ex(c.value()));
      }
      for (Prog.Global g : p.globals()) {
        f.var(g.name(), g.typed() || g.init() == null ? g.type().api() : null, g.init() == null ? null : ex(g.init()));
      }
      for (Fn fn : p.funcs()) f.func(fn.name(), b -> func(b, fn));
    }));
  }

  /** Which packages a program needs. */
  public record Imports(boolean fmt, boolean os) {
    public static Imports of(Prog p) {
      boolean[] fmt = {false};
      boolean[] os = {false};
      for (Fn f : p.funcs()) {
        Walk.stmts(f.body(), s -> {
          if (s instanceof S.Print pr && (pr.kind() == S.PrintKind.FMT_PRINT || pr.kind() == S.PrintKind.FMT_PRINTLN)) fmt[0] = true;
          if (s instanceof S.Exit) os[0] = true;
        });
      }
      return new Imports(fmt[0], os[0]);
    }
  }

  private static void func(FuncBuilder b, Fn fn) {
    for (Fn.Param p : fn.params()) b.param(p.name(), p.type().api());
    for (int i = 0; i < fn.results().size(); i++) {
      if (fn.namedResults()) b.namedResult(fn.resultNames().get(i), fn.results().get(i).api());
      else b.result(fn.results().get(i).api());
    }
    stmts(b, fn.body());
  }

  static void stmts(BlockBuilder b, List<S> list) {
    for (S s : list) stmt(b, s);
  }

  private static Consumer<BlockBuilder> body(List<S> list) {
    return b -> stmts(b, list);
  }

  private static void stmt(BlockBuilder b, S s) {
    switch (s) {
      case S.Decl d -> decl(b, d);
      case S.Const c -> {
        if (c.typed()) b.constant(c.name(), c.type().api(), ex(c.value()));
        else b.constant(c.name(), ex(c.value()));
      }
      case S.Assign a -> b.assign(a.name().equals("_") ? Go.blank() : Go.id(a.name()), ex(a.value()));
      case S.OpAssign o -> b.opAssign(Go.id(o.name()), o.op(), ex(o.value()));
      case S.IncDec i -> {
        if (i.inc()) b.inc(Go.id(i.name()));
        else b.dec(Go.id(i.name()));
      }
      case S.Parallel p -> b.assign(p.names().stream().map(ToProgram::target).toArray(Ex[]::new), p.values().stream().map(ToProgram::ex).toArray());
      case S.MultiCall m -> {
        Ex call = Go.call(m.fn(), m.args().stream().map(ToProgram::ex).toArray());
        if (m.define()) b.define(m.names().toArray(String[]::new), call);
        else b.assign(m.names().stream().map(ToProgram::target).toArray(Ex[]::new), call);
      }
      case S.Print p -> {
        Object[] args = p.args().stream().map(ToProgram::ex).toArray();
        switch (p.kind()) {
          case FMT_PRINTLN -> b.call(Go.fmtPrintln(args));
          case FMT_PRINT -> b.call(Go.fmtPrint(args));
          case PRINTLN -> b.println(args);
          case PRINT -> b.print(args);
        }
      }
      case S.If i -> ifStmt(b, i);
      case S.For f -> forStmt(b, f);
      case S.Branch br -> {
        if (br.isBreak()) {
          if (br.label() == null) b.brk(); else b.brk(br.label());
        } else {
          if (br.label() == null) b.cont(); else b.cont(br.label());
        }
      }
      case S.Return r -> b.ret(r.values().stream().map(ToProgram::ex).toArray());
      case S.ExprStmt x -> b.call(ex(x.call()));
      case S.Block bl -> b.block(body(bl.body()));
      case S.Switch w -> {
        Consumer<SwitchBuilder> cases = sw -> {
          for (int i = 0; i <= w.cases().size(); i++) {
            if (i == w.defaultAt()) sw.defaultCase(body(w.dflt()));
            if (i == w.cases().size()) break;
            S.Case c = w.cases().get(i);
            sw.caseOf(c.values().stream().map(ToProgram::ex).toList(), cb -> {
              stmts(cb, c.body());
              if (c.fallthrough()) cb.fallthrough();
            });
          }
        };
        if (w.tag() == null) b.switchTagless(cases);
        else b.switchOn(ex(w.tag()), cases);
      }
      case S.Exit x -> b.call(Go.osExit(x.code()));
    }
  }

  private static Ex target(String name) {
    return name.equals("_") ? Go.blank() : Go.id(name);
  }

  private static void decl(BlockBuilder b, S.Decl d) {
    switch (d.form()) {
      case DEFINE -> b.define(d.name(), ex(d.init()));
      case VAR_TYPED -> b.var(d.name(), d.type().api(), ex(d.init()));
      case VAR_INFERRED -> b.var(d.name(), (Object) ex(d.init()));
      case VAR_ZERO -> b.var(d.name(), d.type().api());
    }
  }

  private static void ifStmt(BlockBuilder b, S.If i) {
    IfChain chain = i.init() == null
        ? b.ifThen(ex(i.cond()), body(i.then()))
        : b.ifInit(s -> {
            s.define(i.init().name(), ex(i.init().init()));
            return ex(i.cond());
          }, body(i.then()));
    List<S> els = i.els();
    while (els != null) {
      if (els.size() == 1 && els.getFirst() instanceof S.If next) {
        if (next.init() == null) {
          chain.elseIf(ex(next.cond()), body(next.then()));
        } else {
          chain.elseIfInit(s -> {
            s.define(next.init().name(), ex(next.init().init()));
            return ex(next.cond());
          }, body(next.then()));
        }
        els = next.els();
      } else {
        chain.orElse(body(els));
        els = null;
      }
    }
  }

  private static void forStmt(BlockBuilder b, S.For f) {
    Var i = Go.id(f.counter());
    Ex bound = ex(f.bound());
    boolean labeled = f.label() != null && Walk.branchesTo(f.body(), f.label());
    switch (f.kind()) {
      case THREE_CLAUSE -> {
        if (labeled) b.label(f.label());
        b.forLoop(l -> {
          l.init().define(f.counter(), zero(f.counterType()));
          l.cond(i.lt(bound));
          l.post().inc(i);
          l.body(body(f.body()));
        });
      }
      case WHILE -> {
        b.define(f.counter(), zero(f.counterType()));
        if (labeled) b.label(f.label());
        b.whileLoop(i.lt(bound), lb -> {
          lb.inc(i);
          stmts(lb, f.body());
        });
      }
      case INFINITE -> {
        b.define(f.counter(), zero(f.counterType()));
        if (labeled) b.label(f.label());
        b.forever(lb -> {
          lb.ifThen(i.ge(bound), t -> t.brk());
          lb.inc(i);
          stmts(lb, f.body());
        });
      }
      case RANGE_INT -> {
        if (labeled) b.label(f.label());
        if (Walk.uses(f.body(), f.counter())) b.rangeInt(f.counter(), bound, (lb, v) -> stmts(lb, f.body()));
        else b.rangeInt(bound, body(f.body()));
      }
    }
  }

  private static Ex zero(Ty t) {
    return t == Ty.INT ? Go.lit(0) : Go.conv(t.api(), 0);
  }

  /** The builder expression for e. */
  public static Ex ex(E e) {
    return switch (e) {
      case E.Lit l -> lit(l);
      case E.Ref r -> Go.id(r.name());
      case E.Unary u -> Go.unary(u.op(), ex(u.x()));
      case E.Binary bin -> ex(bin.x()).op(bin.op(), ex(bin.y()));
      case E.Conv c -> Go.conv(c.type().api(), ex(c.x()));
      case E.Call c -> Go.call(c.fn(), c.args().stream().map(ToProgram::ex).toArray());
      case E.Len l -> Go.len(ex(l.x()));
      case E.Index ix -> ex(ix.s()).index(ex(ix.i()));
    };
  }

  private static Ex lit(E.Lit l) {
    return switch (l.type()) {
      case BOOL -> Go.lit((Boolean) l.value());
      case STRING -> Go.str((String) l.value());
      case FLOAT64 -> {
        String text = (String) l.value();
        yield text.startsWith("-") ? Go.neg(Go.literal(Expr.LitKind.FLOAT, text.substring(1))) : Go.literal(Expr.LitKind.FLOAT, text);
      }
      default -> {
        Ex v = Go.lit((BigInteger) l.value());
        yield l.untyped() ? v : Go.conv(l.type().api(), v);
      }
    };
  }
}
