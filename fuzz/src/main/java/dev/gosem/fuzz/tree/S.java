package dev.gosem.fuzz.tree;

import dev.gosem.api.ast.BinaryOp;
import java.util.List;

/** S is a statement of the generator's programs. Names are unique in a program. */
public sealed interface S {
  /** How a local variable is declared. */
  enum DeclForm {
    /** {@code x := e} (e must have the variable's type on its own). */
    DEFINE,
    /** {@code var x T = e}. */
    VAR_TYPED,
    /** {@code var x = e}. */
    VAR_INFERRED,
    /** {@code var x T}: the zero value; init is null. */
    VAR_ZERO
  }

  record Decl(String name, T type, E init, DeclForm form) implements S {}

  /** {@code const name T = value}, or untyped ({@code const name = value}) when typed is false. */
  record Const(String name, Ty type, E value, boolean typed) implements S {}

  /** {@code name = value}; name "_" assigns to the blank identifier (a use of the value). */
  record Assign(String name, E value) implements S {}

  /** {@code target = value} where target is an element, a field or {@code *p}. */
  record Store(E target, E value) implements S {}

  /** {@code delete(m, key)}. */
  record Delete(E map, E key) implements S {}

  /** {@code name op= value}. */
  record OpAssign(String name, BinaryOp op, E value) implements S {}

  record IncDec(String name, boolean inc) implements S {}

  /** {@code a, b = x, y}: all values are evaluated before any is assigned. */
  record Parallel(List<String> names, List<E> values) implements S {}

  /** {@code a, b := f(...)} (define) or {@code a, b = f(...)}; a name may be "_". */
  record MultiCall(List<String> names, List<T> types, boolean define, String fn, List<E> args, boolean recursive) implements S {}

  enum PrintKind {
    FMT_PRINTLN, FMT_PRINT, PRINTLN, PRINT,
    /** {@code fmt.Printf(format, args...)}: the first argument is the format, a string literal. */
    FMT_PRINTF
  }

  record Print(PrintKind kind, List<E> args) implements S {}

  /** {@code if init; cond { then } else { els }}; init is a DEFINE or null, els may be null. */
  record If(Decl init, E cond, List<S> then, List<S> els) implements S {}

  enum LoopKind {
    /** {@code for i := T(0); i < bound; i++ { body }}. */
    THREE_CLAUSE,
    /** {@code i := T(0); for i < bound { i++; body }}. */
    WHILE,
    /** {@code i := T(0); for { if i >= bound { break }; i++; body }}. */
    INFINITE,
    /** {@code for i := range bound { body }} (Go 1.22; printed for Go 1.19 as a three-clause loop). */
    RANGE_INT
  }

  /**
   * A loop whose trip count is bound, a constant: counter is never assigned in the body, so every
   * loop ends. The label is written only when a break or continue in the body uses it.
   */
  record For(LoopKind kind, String label, String counter, Ty counterType, E bound, List<S> body) implements S {}

  record Branch(boolean isBreak, String label) implements S {}

  /** {@code return values...}; empty in a function with named results is a bare return. */
  record Return(List<E> values) implements S {}

  /** A call as a statement: of a function, a function value or a method. */
  record ExprStmt(E call) implements S {}

  /**
   * {@code for key, value := range x { body }} over a slice, a string (runes) or a map; value may
   * be null. Over a map the generator keeps the body independent of the order. Over a channel
   * ({@code for key := range ch}) key is the element received and value is null.
   */
  record Range(String key, String value, E x, List<S> body) implements S {}

  record Block(List<S> body) implements S {}

  /** {@code v, ok := x.(type)}. */
  record AssertOk(String v, String ok, T type, E x) implements S {}

  /** One clause of a type switch: {@code case types...: body}; a null type is {@code nil}. */
  record TypeCase(List<T> types, List<S> body) {}

  /** {@code switch bind := x.(type) { cases; default: dflt }}; bind is written only when a clause uses it. */
  record TypeSwitch(String bind, E x, List<TypeCase> cases, List<S> dflt) implements S {}

  /** One clause of an expression switch: {@code case values...: body}. */
  record Case(List<E> values, List<S> body, boolean fallthrough) {}

  /** {@code switch tag { cases; default: dflt }}; tag null is a tagless switch; dflt may be null. */
  record Switch(E tag, List<Case> cases, List<S> dflt, int defaultAt) implements S {}

  /** {@code os.Exit(code)}. */
  record Exit(int code) implements S {}

  /**
   * {@code defer call}: call is an {@link ExprStmt} (of a helper, a method or a function value,
   * often a function literal) or a {@link Print} through fmt. The function value, the receiver
   * and the arguments are evaluated here; the call runs when the function returns or panics.
   */
  record Defer(S call) implements S {}

  /** {@code panic(value)}. */
  record Panic(E value) implements S {}

  /**
   * {@code if r := recover(); r != nil { then }}, r of type {@code any}: in a deferred function
   * literal, it stops a panic in flight and then runs.
   */
  record Recover(String r, List<S> then) implements S {}

  /** {@code go call}: call is an {@link ExprStmt}, mostly of a function literal; it runs in a new goroutine. */
  record Go(S call) implements S {}

  /** {@code ch <- value}. */
  record Send(E ch, E value) implements S {}

  /** {@code v, ok := <-ch}; v may be "_". */
  record RecvOk(String v, String ok, T elem, E ch) implements S {}

  /**
   * One clause of a select: {@code case ch <- send:} when send is set, else {@code case recv := <-ch:}
   * ({@code case <-ch:} when recv is null).
   */
  record SelectCase(E ch, E send, String recv, List<S> body) {}

  /** {@code select { cases; default: dflt }}; dflt null is no default clause. */
  record Select(List<SelectCase> cases, List<S> dflt) implements S {}
}
