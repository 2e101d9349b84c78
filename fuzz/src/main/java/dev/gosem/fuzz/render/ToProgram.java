package dev.gosem.fuzz.render;

import dev.gosem.api.Program;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.build.BlockBuilder;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.FuncBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.IfChain;
import dev.gosem.api.build.SwitchBuilder;
import dev.gosem.api.build.TypeSwitchBuilder;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import dev.gosem.fuzz.tree.E;
import dev.gosem.fuzz.tree.Fn;
import dev.gosem.fuzz.tree.Prog;
import dev.gosem.fuzz.tree.S;
import dev.gosem.fuzz.tree.T;
import dev.gosem.fuzz.tree.Ty;
import dev.gosem.fuzz.tree.Walk;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * ToProgram turns a generated tree into a gosem {@link Program} through the public fluent
 * builder only, the way a user of the library would write it (see {@link JavaCode} for that
 * same code as text). A label is written only when a branch uses it, a range loop's variable
 * only when the body reads it, and an import only when something needs it, so a tree that lost
 * statements to the shrinker still makes a legal program.
 */
public final class ToProgram {
  // The handles of the program's declared types, by name, as the builder returned them.
  private final Map<String, Named> named = new HashMap<>();

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
    return new ToProgram().program(p, name, buildLine, extraImports);
  }

  private Program program(Prog p, String name, String buildLine, List<String> extraImports) {
    return Go.program(name, prog -> prog.file("main.go", f -> {
      if (buildLine != null) f.build(buildLine);
      Imports imp = Imports.of(p);
      if (imp.fmt()) f.imports("fmt");
      if (imp.os()) f.imports("os");
      if (imp.errors()) f.imports("errors");
      if (imp.sync()) f.imports("sync");
      if (imp.atomic()) f.imports("sync/atomic");
      for (String path : extraImports) f.imports(path);
      for (T t : p.types()) {
        switch (t) {
          case T.Struct st -> {
            Struct.Field[] fields = st.fields().stream().map(x -> Go.field(x.name(), x.type().api())).toArray(Struct.Field[]::new);
            named.put(st.name(), f.type(st.name(), Go.struct(fields)));
          }
          case T.Iface it -> named.put(it.name(), f.type(it.name(), iface(it)));
          default -> throw new IllegalArgumentException("not a declared type: " + t);
        }
      }
      for (S.Const c : p.consts()) {
        if (c.typed()) f.constant(c.name(), c.type().api(), ex(c.value()));
        else f.constant(c.name(), ex(c.value()));
      }
      for (Prog.Global g : p.globals()) {
        f.var(g.name(), g.typed() || g.init() == null ? type(g.type()) : null, g.init() == null ? null : ex(g.init()));
      }
      for (Fn fn : p.funcs()) {
        if (fn.recv() == null) {
          f.func(fn.name(), b -> func(b, fn));
        } else {
          T recvType = fn.recv().pointer() ? new T.Ptr(fn.recv().type()) : fn.recv().type();
          f.method(Go.recv(fn.recv().name(), type(recvType)), fn.name(), b -> func(b, fn));
        }
      }
    }));
  }

  /**
   * Which packages a program needs: sync and sync/atomic when a variable of one of their types
   * is declared (the only way the generator uses them).
   */
  public record Imports(boolean fmt, boolean os, boolean errors, boolean sync, boolean atomic) {
    public static Imports of(Prog p) {
      boolean[] fmt = {false};
      boolean[] os = {false};
      boolean[] errors = {false};
      boolean[] sync = {false};
      boolean[] atomic = {false};
      for (Fn f : p.funcs()) {
        Walk.allStmts(f.body(), s -> {
          if (s instanceof S.Print pr && (pr.kind() == S.PrintKind.FMT_PRINT || pr.kind() == S.PrintKind.FMT_PRINTLN
              || pr.kind() == S.PrintKind.FMT_PRINTF)) fmt[0] = true;
          if (s instanceof S.Exit) os[0] = true;
          if (s instanceof S.Decl d && d.type() instanceof T.Sync st) {
            if (st.path().equals("sync")) sync[0] = true; else atomic[0] = true;
          }
          for (E e : Walk.exprsOf(s)) Walk.exprs(e, x -> errors[0] |= x instanceof E.ErrorsNew);
        });
      }
      return new Imports(fmt[0], os[0], errors[0], sync[0], atomic[0]);
    }
  }

  /** The builder's type for t. */
  Type type(T t) {
    return switch (t) {
      case Ty b -> b.api();
      case T.Slice sl -> Go.sliceOf(type(sl.elem()));
      case T.Array a -> Go.arrayOf(a.len(), type(a.elem()));
      case T.Map m -> Go.mapOf(type(m.key()), type(m.val()));
      case T.Struct st -> named.get(st.name());
      case T.Iface it -> it.name() == null ? iface(it) : named.get(it.name());
      case T.Ptr ptr -> Go.ptr(type(ptr.elem()));
      case T.Func fn -> Go.sig(fn.params().stream().map(this::type).toList(), fn.results().stream().map(this::type).toArray(Type[]::new));
      case T.Chan ch -> switch (ch.dir()) {
        case BOTH -> Go.chanOf(type(ch.elem()));
        case SEND -> Go.sendChanOf(type(ch.elem()));
        case RECV -> Go.recvChanOf(type(ch.elem()));
      };
      case T.Sync st -> Go.pkgType(st.path(), st.name());
    };
  }

  private static Interface iface(T.Iface it) {
    return Go.iface(it.methods().stream()
        .map(m -> Go.method(m.name(), m.params().stream().map(x -> (Type) x.api()).toList(), m.result().api()))
        .toArray(Interface.Method[]::new));
  }

  private void func(FuncBuilder b, Fn fn) {
    for (Fn.Param p : fn.params()) b.param(p.name(), type(p.type()));
    for (int i = 0; i < fn.results().size(); i++) {
      if (fn.namedResults()) b.namedResult(fn.resultNames().get(i), type(fn.results().get(i)));
      else b.result(type(fn.results().get(i)));
    }
    stmts(b, fn.body());
  }

  void stmts(BlockBuilder b, List<S> list) {
    for (S s : list) stmt(b, s);
  }

  private Consumer<BlockBuilder> body(List<S> list) {
    return b -> stmts(b, list);
  }

  private void stmt(BlockBuilder b, S s) {
    switch (s) {
      case S.Decl d -> decl(b, d);
      case S.Const c -> {
        if (c.typed()) b.constant(c.name(), c.type().api(), ex(c.value()));
        else b.constant(c.name(), ex(c.value()));
      }
      case S.Assign a -> b.assign(a.name().equals("_") ? Go.blank() : Go.id(a.name()), ex(a.value()));
      case S.Store st -> b.assign(ex(st.target()), ex(st.value()));
      case S.Delete d -> b.call(Go.delete(ex(d.map()), ex(d.key())));
      case S.Range r -> range(b, r);
      case S.OpAssign o -> b.opAssign(Go.id(o.name()), o.op(), ex(o.value()));
      case S.IncDec i -> {
        if (i.inc()) b.inc(Go.id(i.name()));
        else b.dec(Go.id(i.name()));
      }
      case S.Parallel p -> b.assign(p.names().stream().map(ToProgram::target).toArray(Ex[]::new), p.values().stream().map(this::ex).toArray());
      case S.MultiCall m -> {
        Ex call = Go.call(m.fn(), m.args().stream().map(this::ex).toArray());
        if (m.define()) b.define(m.names().toArray(String[]::new), call);
        else b.assign(m.names().stream().map(ToProgram::target).toArray(Ex[]::new), call);
      }
      case S.Print p -> {
        Object[] args = p.args().stream().map(this::ex).toArray();
        switch (p.kind()) {
          case FMT_PRINTLN -> b.call(Go.fmtPrintln(args));
          case FMT_PRINT -> b.call(Go.fmtPrint(args));
          // A mutant's format may be any expression (bad-input mode gives it another type).
          case FMT_PRINTF -> b.call(p.args().getFirst() instanceof E.Lit l && l.value() instanceof String f
              ? Go.fmtPrintf(f, java.util.Arrays.copyOfRange(args, 1, args.length)) : Go.pkgCall("fmt", "Printf", args));
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
      case S.Return r -> b.ret(r.values().stream().map(this::ex).toArray());
      case S.ExprStmt x -> b.call(ex(x.call()));
      case S.Block bl -> b.block(body(bl.body()));
      case S.Switch w -> {
        Consumer<SwitchBuilder> cases = sw -> {
          for (int i = 0; i <= w.cases().size(); i++) {
            if (i == w.defaultAt()) sw.defaultCase(body(w.dflt()));
            if (i == w.cases().size()) break;
            S.Case c = w.cases().get(i);
            sw.caseOf(c.values().stream().map(this::ex).toList(), cb -> {
              stmts(cb, c.body());
              if (c.fallthrough()) cb.fallthrough();
            });
          }
        };
        if (w.tag() == null) b.switchTagless(cases);
        else b.switchOn(ex(w.tag()), cases);
      }
      case S.Exit x -> b.call(Go.osExit(x.code()));
      case S.AssertOk a -> b.define(new String[] {a.v(), a.ok()}, ex(a.x()).assertType(type(a.type())));
      case S.TypeSwitch w -> typeSwitch(b, w);
      case S.Defer d -> b.defer(deferred(d.call()));
      case S.Panic p -> b.call(Go.panic(ex(p.value())));
      case S.Recover r -> b.ifInit(init -> init.define(r.r(), Go.recover()).ne(Go.nil()), body(r.then()));
      case S.Go g -> b.go(deferred(g.call()));
      case S.Send sd -> b.send(ex(sd.ch()), ex(sd.value()));
      case S.RecvOk r -> b.define(new String[] {r.v(), r.ok()}, Go.receive(ex(r.ch())));
      case S.Select sel -> b.select(sb -> {
        for (S.SelectCase k : sel.cases()) {
          if (k.send() != null) sb.send(ex(k.ch()), ex(k.send()), body(k.body()));
          else if (k.recv() != null && Walk.uses(k.body(), k.recv())) sb.recv(k.recv(), ex(k.ch()), (cb, v) -> stmts(cb, k.body()));
          else sb.recv(ex(k.ch()), body(k.body()));
        }
        if (sel.dflt() != null) sb.defaultCase(body(sel.dflt()));
      });
    }
  }

  /** The call a defer statement defers. */
  private Ex deferred(S call) {
    return switch (call) {
      case S.ExprStmt x -> ex(x.call());
      case S.Print p -> {
        Object[] args = p.args().stream().map(this::ex).toArray();
        yield switch (p.kind()) {
          case FMT_PRINTLN -> Go.fmtPrintln(args);
          case FMT_PRINT -> Go.fmtPrint(args);
          case FMT_PRINTF -> p.args().getFirst() instanceof E.Lit l && l.value() instanceof String f
              ? Go.fmtPrintf(f, java.util.Arrays.copyOfRange(args, 1, args.length)) : Go.pkgCall("fmt", "Printf", args);
          default -> throw new IllegalArgumentException("defer of " + p.kind() + " (only fmt's prints are deferred)");
        };
      }
      default -> throw new IllegalArgumentException("not a call: " + call);
    };
  }

  private void typeSwitch(BlockBuilder b, S.TypeSwitch w) {
    boolean bound = w.bind() != null && (w.cases().stream().anyMatch(c -> Walk.uses(c.body(), w.bind()))
        || (w.dflt() != null && Walk.uses(w.dflt(), w.bind())));
    Consumer<TypeSwitchBuilder> cases = sw -> {
      for (S.TypeCase c : w.cases()) {
        List<Type> types = c.types().stream().map(t -> t == null ? Types.UNTYPED_NIL : type(t)).toList();
        sw.caseOf(types, body(c.body()));
      }
      if (w.dflt() != null) sw.defaultCase(body(w.dflt()));
    };
    if (bound) b.typeSwitch(w.bind(), ex(w.x()), cases);
    else b.typeSwitch(ex(w.x()), cases);
  }

  private static Ex target(String name) {
    return name.equals("_") ? Go.blank() : Go.id(name);
  }

  private void range(BlockBuilder b, S.Range r) {
    if (r.x().type() instanceof T.Chan) {
      if (r.key() != null && Walk.uses(r.body(), r.key())) b.rangeOver(ex(r.x()), r.key(), (lb, v) -> stmts(lb, r.body()));
      else b.rangeOver(ex(r.x()), body(r.body()));
      return;
    }
    boolean k = r.key() != null && Walk.uses(r.body(), r.key());
    boolean v = r.value() != null && Walk.uses(r.body(), r.value());
    if (!k && !v) b.rangeOver(ex(r.x()), body(r.body()));
    else b.rangeOver(ex(r.x()), k ? r.key() : "_", v ? r.value() : null, (lb, kv, vv) -> stmts(lb, r.body()));
  }

  private void decl(BlockBuilder b, S.Decl d) {
    switch (d.form()) {
      case DEFINE -> b.define(d.name(), ex(d.init()));
      case VAR_TYPED -> b.var(d.name(), type(d.type()), ex(d.init()));
      case VAR_INFERRED -> b.var(d.name(), (Object) ex(d.init()));
      case VAR_ZERO -> b.var(d.name(), type(d.type()));
    }
  }

  private void ifStmt(BlockBuilder b, S.If i) {
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

  private void forStmt(BlockBuilder b, S.For f) {
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
  Ex ex(E e) {
    return switch (e) {
      case E.Lit l -> lit(l);
      case E.Ref r -> Go.id(r.name());
      case E.Unary u -> Go.unary(u.op(), ex(u.x()));
      case E.Binary bin -> ex(bin.x()).op(bin.op(), ex(bin.y()));
      case E.Conv c -> Go.conv(c.type().api(), ex(c.x()));
      case E.Call c -> Go.call(c.fn(), c.args().stream().map(this::ex).toArray());
      case E.Len l -> Go.len(ex(l.x()));
      case E.Cap l -> Go.cap(ex(l.x()));
      case E.Index ix -> ex(ix.s()).index(ex(ix.i()));
      case E.Elem el -> ex(el.x()).index(ex(el.i()));
      case E.Field fl -> ex(fl.x()).field(fl.name());
      case E.Addr a -> Go.addr(ex(a.x()));
      case E.Deref d -> Go.deref(ex(d.x()));
      case E.CompositeLit cl -> composite(cl);
      case E.Make m -> m.len() == null ? Go.make(type(m.type())) : Go.make(type(m.type()), ex(m.len()));
      case E.New n -> Go.newOf(type(n.type()));
      case E.Append a -> Go.append(ex(a.s()), a.xs().stream().map(this::ex).toArray());
      case E.SliceOf sl -> ex(sl.x()).slice(sl.lo() == null ? null : ex(sl.lo()), sl.hi() == null ? null : ex(sl.hi()));
      case E.FuncLit fl -> Go.func(fb -> {
        for (Fn.Param p : fl.params()) fb.param(p.name(), type(p.type()));
        for (T r : fl.type().results()) fb.result(type(r));
        stmts(fb, fl.body());
      });
      case E.CallValue cv -> ex(cv.fn()).call(cv.args().stream().map(this::ex).toArray());
      case E.MethodCall mc -> ex(mc.x()).method(mc.name(), mc.args().stream().map(this::ex).toArray());
      case E.ToIface t -> Go.conv(type(t.type()), ex(t.x()));
      case E.Assert a -> ex(a.x()).assertType(type(a.type()));
      case E.ErrorsNew n -> Go.errorsNew(n.msg());
    };
  }

  private Ex composite(E.CompositeLit cl) {
    List<Object> elts = new ArrayList<>();
    switch (cl.type()) {
      case T.Map m -> {
        for (int i = 0; i < cl.values().size(); i++) elts.add(Go.kv(ex(cl.keys().get(i)), ex(cl.values().get(i))));
      }
      case T.Struct st -> {
        for (int i = 0; i < cl.values().size(); i++) elts.add(Go.kv(st.fields().get(i).name(), ex(cl.values().get(i))));
      }
      default -> {
        for (E v : cl.values()) elts.add(ex(v));
      }
    }
    return Go.lit(type(cl.type()), elts.toArray());
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
