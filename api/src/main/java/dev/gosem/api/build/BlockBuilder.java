package dev.gosem.api.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * BlockBuilder adds statements to a block, in order. Nested blocks are lambdas, so the Java
 * nesting mirrors the Go nesting. Each statement gets the position of the Java line that added
 * it, unless {@link #at} gave one.
 */
public class BlockBuilder {
  private final Pos pos;
  // Suppliers rather than statements: an if-chain may still grow after it is added.
  private final List<Supplier<Stmt>> stmts = new ArrayList<>();
  // Labels for the next statement, outermost first: label("a").label("b") makes a: b: stmt.
  private final List<Label> pendingLabels = new ArrayList<>();
  private Pos explicitPos;
  // Set once the block is built: later statements would be lost, so they are refused.
  private boolean built;

  private record Label(String name, Pos pos) {}

  BlockBuilder(Pos pos) {
    this.pos = pos;
  }

  /** Gives the next statement this position instead of the Java call site. */
  public BlockBuilder at(String file, int line, int col) {
    explicitPos = new Pos(file, line, col);
    return this;
  }

  /** Labels the next statement, e.g. {@code b.label("outer").forLoop(...)}. */
  public BlockBuilder label(String name) {
    requireOpen();
    pendingLabels.add(new Label(name, Where.here()));
    return this;
  }

  private Pos pos() {
    Pos p = explicitPos != null ? explicitPos : Where.here();
    explicitPos = null;
    return p;
  }

  private void add(Stmt s) {
    add(() -> s);
  }

  private void add(Supplier<Stmt> s) {
    requireOpen();
    if (!pendingLabels.isEmpty()) {
      List<Label> labels = List.copyOf(pendingLabels);
      pendingLabels.clear();
      stmts.add(() -> {
        Stmt labeled = s.get();
        for (Label l : labels.reversed()) labeled = new Stmt.Labeled(l.name(), labeled, l.pos());
        return labeled;
      });
    } else {
      stmts.add(s);
    }
  }

  private void requireOpen() {
    if (built) {
      throw new IllegalStateException("this block is already built; add statements inside the lambda that makes it");
    }
  }

  /** Adds a statement made directly from the model. */
  public BlockBuilder stmt(Stmt s) {
    add(s);
    return this;
  }

  // ---- declarations and assignment ----

  /** {@code name := value}. */
  public Var define(String name, Object value) {
    Pos p = pos();
    add(new Stmt.Assign(List.of(new Expr.Ident(name, p)), AssignOp.DEFINE, List.of(Go.ex(value, p).expr), p));
    return new Var(name, p);
  }

  /** {@code a, b := values...}, e.g. {@code define(names("q", "r"), call("divmod", x, y))}. */
  public Var[] define(String[] names, Object... values) {
    Pos p = pos();
    List<Expr> lhs = Arrays.stream(names).<Expr>map(n -> new Expr.Ident(n, p)).toList();
    add(new Stmt.Assign(lhs, AssignOp.DEFINE, Go.exprs(values, p), p));
    return Arrays.stream(names).map(n -> new Var(n, p)).toArray(Var[]::new);
  }

  /** {@code var name type}. */
  public Var var(String name, Type type) {
    return declare(Decl.Kind.VAR, name, type, null);
  }

  /** {@code var name type = value}. */
  public Var var(String name, Type type, Object value) {
    return declare(Decl.Kind.VAR, name, type, value);
  }

  /** {@code var name = value}. */
  public Var var(String name, Object value) {
    return declare(Decl.Kind.VAR, name, null, value);
  }

  /** {@code const name = value}. */
  public Var constant(String name, Object value) {
    return declare(Decl.Kind.CONST, name, null, value);
  }

  /** {@code const name type = value}. */
  public Var constant(String name, Type type, Object value) {
    return declare(Decl.Kind.CONST, name, type, value);
  }

  private Var declare(Decl.Kind kind, String name, Type type, Object value) {
    Pos p = pos();
    add(new Stmt.DeclStmt(FileBuilder.Decls.value(kind, name, type, value, p), p));
    return new Var(name, p);
  }

  /** A local {@code const ( ... )} group; returns the handles of its constants in order. */
  public Var[] constGroup(Consumer<DeclGroup> group) {
    return group(Decl.Kind.CONST, group);
  }

  /** A local {@code var ( ... )} group; returns the handles of its variables in order. */
  public Var[] varGroup(Consumer<DeclGroup> group) {
    return group(Decl.Kind.VAR, group);
  }

  private Var[] group(Decl.Kind kind, Consumer<DeclGroup> body) {
    Pos p = pos();
    DeclGroup g = new DeclGroup(kind);
    body.accept(g);
    add(new Stmt.DeclStmt(g.build(p), p));
    return g.vars();
  }

  /** A local type declaration {@code type name underlying}; returns the type's handle. */
  public Named type(String name, Type underlying) {
    Pos p = pos();
    return localType(name, self -> underlying, p);
  }

  /** A local type declaration whose underlying type may refer to the type itself. */
  public Named type(String name, Function<Named, Type> underlying) {
    Pos p = pos();
    return localType(name, underlying, p);
  }

  private Named localType(String name, Function<Named, Type> underlying, Pos p) {
    Named[] out = new Named[1];
    add(new Stmt.TypeDeclStmt(TypeDecls.single(name, underlying, out, p), p));
    return out[0];
  }

  /** {@code lhs = rhs}. */
  public BlockBuilder assign(Ex lhs, Object rhs) {
    Pos p = pos();
    add(new Stmt.Assign(List.of(lhs.expr), AssignOp.ASSIGN, List.of(Go.ex(rhs, p).expr), p));
    return this;
  }

  /** Tuple assignment {@code a, b = x, y}. */
  public BlockBuilder assign(Ex[] lhs, Object... rhs) {
    Pos p = pos();
    add(new Stmt.Assign(Arrays.stream(lhs).map(Ex::expr).toList(), AssignOp.ASSIGN, Go.exprs(rhs, p), p));
    return this;
  }

  /** Operator assignment, e.g. {@code opAssign(x, BinaryOp.ADD, 1)} for {@code x += 1}. */
  public BlockBuilder opAssign(Ex lhs, BinaryOp op, Object rhs) {
    Pos p = pos();
    add(new Stmt.Assign(List.of(lhs.expr), AssignOp.of(op), List.of(Go.ex(rhs, p).expr), p));
    return this;
  }

  /** {@code x += y}. */
  public BlockBuilder addAssign(Ex lhs, Object rhs) {
    return opAssign(lhs, BinaryOp.ADD, rhs);
  }

  /** {@code x++}. */
  public BlockBuilder inc(Ex x) {
    add(new Stmt.IncDec(x.expr, true, pos()));
    return this;
  }

  /** {@code x--}. */
  public BlockBuilder dec(Ex x) {
    add(new Stmt.IncDec(x.expr, false, pos()));
    return this;
  }

  // ---- calls ----

  /** Evaluates an expression (a call) as a statement. */
  public BlockBuilder call(Ex call) {
    add(new Stmt.ExprStmt(call.expr, pos()));
    return this;
  }

  /** A call of the function named {@code fun} as a statement. */
  public BlockBuilder call(String fun, Object... args) {
    Pos p = pos();
    add(new Stmt.ExprStmt(new Expr.Call(new Expr.Ident(fun, p), Go.exprs(args, p), p), p));
    return this;
  }

  /** The builtin {@code println(args...)}: to stderr, operands separated by spaces. */
  public BlockBuilder println(Object... args) {
    return call("println", args);
  }

  /** The builtin {@code print(args...)}: to stderr, no separators. */
  public BlockBuilder print(Object... args) {
    return call("print", args);
  }

  /** {@code defer call}: the call's function and arguments are evaluated now, the call runs when the function returns. */
  public BlockBuilder defer(Ex call) {
    Pos p = pos();
    add(new Stmt.Defer(callOf("defer", call), p));
    return this;
  }

  /** {@code go call}: the call runs in a new goroutine. */
  public BlockBuilder go(Ex call) {
    Pos p = pos();
    add(new Stmt.Go(callOf("go", call), p));
    return this;
  }

  private static Expr.Call callOf(String stmt, Ex call) {
    if (call == null || !(call.expr instanceof Expr.Call c)) {
      throw new IllegalArgumentException("the expression in " + stmt + " must be a function call, not " + call);
    }
    return c;
  }

  // ---- control flow ----

  /** {@code return results...}; with no results in a function with named results, a bare return. */
  public BlockBuilder ret(Object... results) {
    Pos p = pos();
    add(new Stmt.Return(Go.exprs(results, p), p));
    return this;
  }

  public BlockBuilder brk() {
    return branch(Stmt.BranchKind.BREAK, null);
  }

  public BlockBuilder brk(String label) {
    return branch(Stmt.BranchKind.BREAK, label);
  }

  public BlockBuilder cont() {
    return branch(Stmt.BranchKind.CONTINUE, null);
  }

  public BlockBuilder cont(String label) {
    return branch(Stmt.BranchKind.CONTINUE, label);
  }

  /** {@code fallthrough}: the last statement of a switch clause, continuing into the next clause. */
  public BlockBuilder fallthrough() {
    return branch(Stmt.BranchKind.FALLTHROUGH, null);
  }

  private BlockBuilder branch(Stmt.BranchKind kind, String label) {
    add(new Stmt.Branch(kind, label, pos()));
    return this;
  }

  /** {@code if cond { then }}; chain {@code .elseIf(...)} and {@code .orElse(...)}. */
  public IfChain ifThen(Object cond, Consumer<BlockBuilder> then) {
    Pos p = pos();
    IfChain chain = new IfChain(null, Go.ex(cond, p).expr, nested(then, p), p);
    add(chain::build);
    return chain;
  }

  /**
   * {@code if init; cond { then }}: the function adds the one init statement to the builder it
   * is given and returns the condition, e.g. {@code ifInit(s -> s.define("v", f()).lt(3), ...)}.
   */
  public IfChain ifInit(Function<BlockBuilder, Ex> initAndCond, Consumer<BlockBuilder> then) {
    Pos p = pos();
    BlockBuilder init = new BlockBuilder(p);
    Expr cond = initAndCond.apply(init).expr;
    IfChain chain = new IfChain(init.single("if"), cond, nested(then, p), p);
    add(chain::build);
    return chain;
  }

  /** The general {@code for init; cond; post { body }} loop, built with a {@link ForBuilder}. */
  public BlockBuilder forLoop(Consumer<ForBuilder> loop) {
    Pos p = pos();
    ForBuilder f = new ForBuilder(p);
    loop.accept(f);
    add(f.build());
    return this;
  }

  /** {@code for cond { body }}. */
  public BlockBuilder whileLoop(Object cond, Consumer<BlockBuilder> body) {
    Pos p = pos();
    add(new Stmt.For(null, Go.ex(cond, p).expr, null, nested(body, p), p));
    return this;
  }

  /** {@code for { body }}. */
  public BlockBuilder forever(Consumer<BlockBuilder> body) {
    Pos p = pos();
    add(new Stmt.For(null, null, null, nested(body, p), p));
    return this;
  }

  /** {@code for name := range n { body }} over an integer (Go 1.22). */
  public BlockBuilder rangeInt(String name, Object n, BiConsumer<BlockBuilder, Var> body) {
    Pos p = pos();
    Var v = new Var(name, p);
    BlockBuilder b = new BlockBuilder(p);
    body.accept(b, v);
    add(new Stmt.Range(v.expr, null, true, Go.ex(n, p).expr, b.block(), p));
    return this;
  }

  /** {@code for range n { body }}. */
  public BlockBuilder rangeInt(Object n, Consumer<BlockBuilder> body) {
    Pos p = pos();
    add(new Stmt.Range(null, null, false, Go.ex(n, p).expr, nested(body, p), p));
    return this;
  }

  /**
   * {@code for key, value := range x { body }} over a slice, array, pointer to array, string or
   * map. key may be "_"; value may be null to leave it out ({@code for key := range x}); with key
   * "_" and no value the loop is {@code for range x}. Use {@link #rangeInt} for an integer x.
   */
  public BlockBuilder rangeOver(Object x, String key, String value, RangeBody body) {
    Pos p = pos();
    if (key == null) throw new IllegalArgumentException("a range loop's key cannot be null; use \"_\" to ignore it");
    Var k = new Var(key, p);
    Var v = value == null ? null : new Var(value, p);
    BlockBuilder b = new BlockBuilder(p);
    body.accept(b, k, v);
    boolean none = key.equals("_") && v == null;
    add(new Stmt.Range(none ? null : k.expr, v == null ? null : v.expr, !none, Go.ex(x, p).expr, b.block(), p));
    return this;
  }

  /** {@code for key := range x { body }}: indices of a slice, array or string, or keys of a map. */
  public BlockBuilder rangeOver(Object x, String key, BiConsumer<BlockBuilder, Var> body) {
    Pos p = pos();
    Var k = new Var(key, p);
    BlockBuilder b = new BlockBuilder(p);
    body.accept(b, k);
    add(new Stmt.Range(k.expr, null, true, Go.ex(x, p).expr, b.block(), p));
    return this;
  }

  /** {@code for range x { body }} over a slice, array, string or map. */
  public BlockBuilder rangeOver(Object x, Consumer<BlockBuilder> body) {
    Pos p = pos();
    add(new Stmt.Range(null, null, false, Go.ex(x, p).expr, nested(body, p), p));
    return this;
  }

  /**
   * {@code for key, value = range x { body }}, assigning existing variables (or other assignable
   * operands); value may be null.
   */
  public BlockBuilder rangeAssign(Ex key, Ex value, Object x, Consumer<BlockBuilder> body) {
    Pos p = pos();
    if (key == null) throw new IllegalArgumentException("a range loop's key cannot be null; use Go.blank() to ignore it");
    add(new Stmt.Range(key.expr, value == null ? null : value.expr, false, Go.ex(x, p).expr, nested(body, p), p));
    return this;
  }

  /** {@code switch tag { cases }}; see {@link SwitchBuilder}. */
  public BlockBuilder switchOn(Object tag, Consumer<SwitchBuilder> cases) {
    Pos p = pos();
    return switchStmt(null, Go.ex(tag, p).expr, cases, p);
  }

  /** The tagless {@code switch { case cond: ... }}, which runs the first clause whose condition is true. */
  public BlockBuilder switchTagless(Consumer<SwitchBuilder> cases) {
    Pos p = pos();
    return switchStmt(null, null, cases, p);
  }

  /**
   * {@code switch init; tag { cases }}: the function adds the one init statement to the builder
   * it is given and returns the tag, or null for a tagless switch.
   */
  public BlockBuilder switchInit(Function<BlockBuilder, Ex> initAndTag, Consumer<SwitchBuilder> cases) {
    Pos p = pos();
    BlockBuilder init = new BlockBuilder(p);
    Ex tag = initAndTag.apply(init);
    return switchStmt(init.single("switch"), tag == null ? null : tag.expr, cases, p);
  }

  private BlockBuilder switchStmt(Stmt init, Expr tag, Consumer<SwitchBuilder> cases, Pos p) {
    SwitchBuilder sw = new SwitchBuilder();
    cases.accept(sw);
    add(new Stmt.Switch(init, tag, sw.build(), p));
    return this;
  }

  /** {@code switch x.(type) { cases }}; see {@link TypeSwitchBuilder}. */
  public BlockBuilder typeSwitch(Object x, Consumer<TypeSwitchBuilder> cases) {
    Pos p = pos();
    return typeSwitchStmt(null, x, cases, p);
  }

  /** {@code switch bind := x.(type) { cases }}; clause bodies may take a handle on the bound variable. */
  public BlockBuilder typeSwitch(String bind, Object x, Consumer<TypeSwitchBuilder> cases) {
    Pos p = pos();
    if (bind == null) throw new IllegalArgumentException("the bound name of a type switch cannot be null; use typeSwitch(x, cases)");
    return typeSwitchStmt(bind, x, cases, p);
  }

  private BlockBuilder typeSwitchStmt(String bind, Object x, Consumer<TypeSwitchBuilder> cases, Pos p) {
    Expr operand = Go.ex(x, p).expr;
    TypeSwitchBuilder sw = new TypeSwitchBuilder(bind);
    cases.accept(sw);
    add(new Stmt.TypeSwitch(null, bind == null ? null : new Expr.Ident(bind, p), operand, sw.build(), p));
    return this;
  }

  /** {@code select { cases }}; see {@link SelectBuilder}. With no cases, blocks forever. */
  public BlockBuilder select(Consumer<SelectBuilder> cases) {
    Pos p = pos();
    SelectBuilder sel = new SelectBuilder();
    cases.accept(sel);
    add(new Stmt.Select(sel.build(), p));
    return this;
  }

  /** {@code ch <- value}. */
  public BlockBuilder send(Object ch, Object value) {
    Pos p = pos();
    add(new Stmt.Send(Go.ex(ch, p).expr, Go.ex(value, p).expr, p));
    return this;
  }

  /** {@code <-ch} as a statement: waits for a value and drops it. */
  public BlockBuilder receive(Object ch) {
    Pos p = pos();
    add(new Stmt.ExprStmt(new Expr.Unary(dev.gosem.api.ast.UnaryOp.RECV, Go.ex(ch, p).expr, p), p));
    return this;
  }

  /** {@code close(ch)}. */
  public BlockBuilder close(Object ch) {
    Pos p = pos();
    add(new Stmt.ExprStmt(new Expr.Call(new Expr.Ident("close", p), List.of(Go.ex(ch, p).expr), false, p), p));
    return this;
  }

  /** A nested block {@code { ... }} with its own scope. */
  public BlockBuilder block(Consumer<BlockBuilder> body) {
    Pos p = pos();
    add(nested(body, p));
    return this;
  }

  static Stmt.Block nested(Consumer<BlockBuilder> body, Pos p) {
    BlockBuilder b = new BlockBuilder(p);
    body.accept(b);
    return b.block();
  }

  Stmt single(String what) {
    if (!pendingLabels.isEmpty()) throw new IllegalStateException("a label needs a statement after it");
    if (stmts.size() != 1) {
      throw new IllegalStateException("the " + what + " clause must be exactly one simple statement, got " + stmts.size());
    }
    built = true;
    return stmts.getFirst().get();
  }

  Stmt.Block block() {
    if (!pendingLabels.isEmpty()) {
      throw new IllegalStateException("label " + pendingLabels.getLast().name() + " needs a statement after it");
    }
    built = true;
    return new Stmt.Block(stmts.stream().map(Supplier::get).toList(), pos, pos);
  }
}
