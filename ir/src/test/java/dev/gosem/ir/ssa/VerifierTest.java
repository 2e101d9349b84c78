package dev.gosem.ir.ssa;

import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.INT8;
import static dev.gosem.api.types.Types.STRING;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gosem.api.Pos;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * Hand-built functions, each broken in one way, are rejected with a message that names the
 * offending value or block and says what was expected and what was found.
 */
class VerifierTest {
  private static final Pos P = Pos.NONE;

  // ---- a tiny DSL for building functions by hand ----

  private static Func func(String name, List<Type> params, List<Type> results) {
    List<String> names = params.stream().map(t -> "p").toList();
    return new Func(name, names, params, results, P);
  }

  private static Value param(Block b, int i, Type t) {
    return b.newValue(Op.PARAM, t, P).setAuxInt(i);
  }

  private static Value konst(Block b, Type t, Object v) {
    return b.newValue(Op.CONST, t, P).setAux(v);
  }

  private static void jump(Block from, Block to) {
    from.end(BlockKind.PLAIN);
    from.addSucc(to);
  }

  private static void branch(Block b, Value cond, Block then, Block els) {
    b.end(BlockKind.IF, cond);
    b.addSucc(then);
    b.addSucc(els);
  }

  private static void ret(Block b, Value... results) {
    b.end(BlockKind.RETURN, results);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> rejects(Func f) {
    return assertThatThrownBy(() -> Verifier.verify(f))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("invalid IR in " + f.name() + ":");
  }

  /** A diamond and a loop: func f(n int) int { x := 0; if n > 0 { x = n }; for x < 10 { x++ }; return x }. */
  private static Func valid() {
    Func f = func("f", List.of(INT), List.of(INT));
    Block entry = f.newBlock("entry");
    Block then = f.newBlock("then");
    Block join = f.newBlock("join");
    Block body = f.newBlock("body");
    Block exit = f.newBlock("exit");
    Value n = param(entry, 0, INT);
    Value zero = konst(entry, INT, 0L);
    branch(entry, entry.newValue(Op.GT, BOOL, P, n, zero), then, join);
    jump(then, join);
    Value x = join.newPhi(INT, P);
    x.addArg(zero);
    x.addArg(n);
    Value ten = konst(join, INT, 10L);
    Value loopX = join.newPhi(INT, P); // x in the loop: join is also the loop header
    branch(join, join.newValue(Op.LT, BOOL, P, loopX, ten), body, exit);
    Value next = body.newValue(Op.ADD, INT, P, loopX, konst(body, INT, 1L));
    jump(body, join);
    // join's preds are entry, then, body: the phis take one argument each.
    x.resetArgs();
    x.addArg(zero);
    x.addArg(n);
    x.addArg(zero);
    loopX.addArg(zero);
    loopX.addArg(n);
    loopX.addArg(next);
    ret(exit, loopX);
    return f;
  }

  @Test
  void acceptsWellFormedFunction() {
    assertThatCode(() -> Verifier.verify(valid())).doesNotThrowAnyException();
  }

  @Test
  void useBeforeDefinitionInTheSameBlock() {
    Func f = func("f", List.of(), List.of(INT));
    Block b = f.newBlock("entry");
    Value one = konst(b, INT, 1L);
    Value sum = b.newValue(Op.ADD, INT, P, one, one);
    b.values().remove(one);
    b.values().add(one); // one is now defined after its use
    ret(b, sum);
    rejects(f).hasMessageContaining("v2 uses v1 before it is defined (use in b0, def in b0)");
  }

  @Test
  void useNotDominatedByDefinition() {
    Func f = func("f", List.of(BOOL), List.of(INT));
    Block entry = f.newBlock("entry");
    Block then = f.newBlock("then");
    Block join = f.newBlock("join");
    branch(entry, param(entry, 0, BOOL), then, join);
    Value x = konst(then, INT, 1L);
    jump(then, join);
    ret(join, join.newValue(Op.NEG, INT, P, x));
    rejects(f).hasMessageContaining("v3 uses v2 before it is defined (use in b2, def in b1)");
  }

  @Test
  void controlNotDominatedByDefinition() {
    Func f = func("f", List.of(BOOL), List.of(INT));
    Block entry = f.newBlock("entry");
    Block then = f.newBlock("then");
    Block join = f.newBlock("join");
    branch(entry, param(entry, 0, BOOL), then, join);
    Value x = konst(then, INT, 1L);
    jump(then, join);
    ret(join, x);
    rejects(f).hasMessageContaining("b2's control v2 does not dominate it");
  }

  @Test
  void phiArityDiffersFromPredecessorCount() {
    Func f = valid();
    Value phi = f.blocks().get(2).values().getFirst();
    phi.removeArg(2);
    rejects(f).hasMessageContaining("phi v4 has 2 args, expected 3 (one per predecessor of b2)");
  }

  @Test
  void phiAfterNonPhi() {
    Func f = valid();
    Block join = f.blocks().get(2);
    Value phi = join.values().getFirst();
    join.values().remove(phi);
    join.values().add(2, phi); // after the constant 10
    rejects(f).hasMessageContaining("phi v4 in b2 comes after a non-phi value");
  }

  @Test
  void phiArgumentMustDominateItsPredecessor() {
    Func f = valid();
    Block join = f.blocks().get(2);
    Value phi = join.values().getFirst();
    Value fromBody = f.blocks().get(3).values().getFirst(); // the constant 1 in body
    phi.setArg(1, fromBody); // arg 1 comes from then, which body does not dominate
    rejects(f).hasMessageContaining("phi v4 arg 1: v8 (in b3) does not dominate predecessor b1");
  }

  @Test
  void blockWithoutTerminator() {
    Func f = func("f", List.of(), List.of());
    Block entry = f.newBlock("entry");
    Block next = f.newBlock("next");
    jump(entry, next);
    // next never ends: it is a Plain block without a successor
    rejects(f).hasMessageContaining("PLAIN block b1 has 0 successors, expected 1");
  }

  @Test
  void wrongTerminatorShapes() {
    Func f = func("f", List.of(), List.of());
    Block entry = f.newBlock("entry");
    Block a = f.newBlock("a");
    Block b = f.newBlock("b");
    entry.end(BlockKind.IF); // no control, one successor
    entry.addSucc(a);
    ret(a);
    a.addSucc(b); // a Return with a successor
    ret(b);
    rejects(f)
        .hasMessageContaining("IF block b0 has 1 successors, expected 2")
        .hasMessageContaining("IF block b0 has 0 controls, expected 1")
        .hasMessageContaining("RETURN block b1 has 1 successors, expected 0");
  }

  @Test
  void ifOnNonBool() {
    Func f = func("f", List.of(INT), List.of());
    Block entry = f.newBlock("entry");
    Block a = f.newBlock("a");
    Block b = f.newBlock("b");
    branch(entry, param(entry, 0, INT), a, b);
    ret(a);
    ret(b);
    rejects(f).hasMessageContaining("If block b0 has a control of type int, expected bool");
  }

  @Test
  void returnArityAndTypesFollowTheSignature() {
    Func f = func("f", List.of(), List.of(INT, BOOL));
    Block entry = f.newBlock("entry");
    ret(entry, konst(entry, INT, 1L));
    rejects(f).hasMessageContaining("return in b0 has 1 values, expected 2");

    Func g = func("g", List.of(), List.of(INT, BOOL));
    Block b = g.newBlock("entry");
    ret(b, konst(b, INT8, 1L), konst(b, BOOL, true));
    rejects(g).hasMessageContaining("return in b0: result 0 is int8, expected int");
  }

  @Test
  void arithmeticOnMixedTypes() {
    Func f = func("f", List.of(INT, INT8), List.of(INT));
    Block b = f.newBlock("entry");
    Value sum = b.newValue(Op.ADD, INT, P, param(b, 0, INT), param(b, 1, INT8));
    ret(b, sum);
    rejects(f).hasMessageContaining("v3 = Add <int> has args of types int and int8, expected int");
  }

  @Test
  void operatorsNeedTheirOperandTypes() {
    Func f = func("f", List.of(FLOAT64, BOOL, STRING, INT), List.of());
    Block b = f.newBlock("entry");
    Value x = param(b, 0, FLOAT64);
    Value t = param(b, 1, BOOL);
    Value s = param(b, 2, STRING);
    Value i = param(b, 3, INT);
    b.newValue(Op.REM, FLOAT64, P, x, x);
    b.newValue(Op.SHL, FLOAT64, P, x, i);
    b.newValue(Op.NEG, BOOL, P, t);
    b.newValue(Op.NOT, BOOL, P, i);
    b.newValue(Op.LT, BOOL, P, i, x);
    b.newValue(Op.EQ, INT, P, i, i);
    b.newValue(Op.CONVERT, INT, P, s);
    b.newValue(Op.CONCAT, STRING, P, s, i);
    b.newValue(Op.STRLEN, INT, P, i);
    b.newValue(Op.STRINDEX, INT, P, s, i);
    b.newValue(Op.EXTRACT, INT, P, i);
    b.newValue(Op.ADD, BOOL, P, t, t);
    b.newValue(Op.INTRINSIC, new Tuple(List.of()), P).setAux("PRINT");
    ret(b);
    rejects(f)
        .hasMessageContaining("v5 = Rem <float64> needs an integer type")
        .hasMessageContaining("v6 <float64> is a shift of a non-integer type")
        .hasMessageContaining("v7 negates a bool, expected a number")
        .hasMessageContaining("v8: Not needs bool, got int")
        .hasMessageContaining("v9 compares int with float64")
        .hasMessageContaining("v10 is a comparison of type int, expected bool")
        .hasMessageContaining("v11 converts string to int, which Go does not allow")
        .hasMessageContaining("v12 = Concat <string> of string and int, expected strings")
        .hasMessageContaining("v13 = StrLen <int> of a int, expected int of a string")
        .hasMessageContaining("v14 = StrIndex <int> of string at int, expected uint8 of a string at an integer")
        .hasMessageContaining("v15 extracts from v4 of type int, expected a tuple")
        .hasMessageContaining("v16 = Add <bool> needs a number type")
        .hasMessageContaining("v17 calls intrinsic PRINT, expected an Intrinsic");
  }

  @Test
  void tuplesAreOnlyExtracted() {
    Func f = func("f", List.of(), List.of(INT));
    Block b = f.newBlock("entry");
    Value pair = b.newValue(Op.CALL, new Tuple(List.of(INT, INT)), P).setAux("g");
    Value first = b.newValue(Op.EXTRACT, INT, P, pair).setAuxInt(0);
    b.newValue(Op.INTRINSIC, new Tuple(List.of()), P, pair).setAux(Intrinsic.FMT_PRINTLN);
    b.newValue(Op.INTRINSIC, new Tuple(List.of()), P, first, first).setAux(Intrinsic.PRINT);
    b.newValue(Op.INTRINSIC, new Tuple(List.of()), P, konst(b, STRING, "1")).setAux(Intrinsic.OS_EXIT);
    ret(b, pair);
    rejects(f)
        .hasMessageContaining("v3 uses v1 of type (int, int), which only Extract may use")
        .hasMessageContaining("v4 calls PRINT with 2 args, expected 1")
        .hasMessageContaining("v6 calls OS_EXIT with a string, expected an integer")
        .hasMessageContaining("return in b0: result 0 is (int, int), expected int");
  }

  @Test
  void wrongArgumentCount() {
    Func f = func("f", List.of(INT), List.of(INT));
    Block b = f.newBlock("entry");
    Value n = param(b, 0, INT);
    ret(b, b.newValue(Op.ADD, INT, P, n));
    rejects(f).hasMessageContaining("value v2 (Add) has 1 args, expected 2");
  }

  @Test
  void constantsHoldPayloadsOfTheirType() {
    Func f = func("f", List.of(), List.of());
    Block b = f.newBlock("entry");
    konst(b, INT, 1.5);
    konst(b, INT8, 300L);
    konst(b, STRING, 'c');
    b.newValue(Op.CONST, BOOL, P);
    ret(b);
    rejects(f)
        .hasMessageContaining("constant v1 <int> holds a Double, expected a Long")
        .hasMessageContaining("constant v2 <int8> holds 300, which is not a int8 value (its 8-bit form is 44)")
        .hasMessageContaining("constant v3 <string> holds a Character, expected a String")
        .hasMessageContaining("constant v4 has no value");
  }

  @Test
  void paramsMatchTheSignature() {
    Func f = func("f", List.of(INT), List.of());
    Block entry = f.newBlock("entry");
    Block next = f.newBlock("next");
    param(entry, 0, INT8);
    param(entry, 3, INT);
    jump(entry, next);
    param(next, 0, INT);
    ret(next);
    rejects(f)
        .hasMessageContaining("param v1 <int8> reads param 0 of type int")
        .hasMessageContaining("param v2 has index 3, but f has 1 params")
        .hasMessageContaining("param v3 outside the entry block");
  }

  @Test
  void valuesMustBelongToTheFunction() {
    Func other = func("other", List.of(), List.of(INT));
    Block ob = other.newBlock("entry");
    konst(ob, INT, 5L);
    konst(ob, INT, 6L);
    Value foreign = konst(ob, INT, 7L);
    ret(ob, foreign);

    Func f = func("f", List.of(), List.of(INT));
    Block b = f.newBlock("entry");
    Value removed = konst(b, INT, 1L);
    b.removeValue(removed);
    Value sum = b.newValue(Op.ADD, INT, P, foreign, removed);
    ret(b, sum);
    rejects(f)
        .hasMessageContaining("v2 uses v3, which is not in the function") // other's v3
        .hasMessageContaining("v2 uses v1, which is not in the function"); // f's removed v1
  }

  @Test
  void valueListedTwiceOrInTheWrongBlock() {
    Func f = func("f", List.of(), List.of());
    Block entry = f.newBlock("entry");
    Block next = f.newBlock("next");
    Value c = konst(entry, INT, 1L);
    entry.values().add(c);
    jump(entry, next);
    next.values().add(c);
    ret(next);
    rejects(f)
        .hasMessageContaining("v1 is listed more than once")
        .hasMessageContaining("v1 is listed in b1 but says it is in b0");
  }

  @Test
  void usersListMatchesTheArguments() {
    Func f = func("f", List.of(), List.of());
    Block b = f.newBlock("entry");
    Value one = konst(b, INT, 1L);
    Value neg = b.newValue(Op.NEG, INT, P, one);
    b.values().remove(neg); // dropped without releasing its argument
    ret(b);
    rejects(f).hasMessageContaining("v1 lists users [v2], but is used by []");
  }

  @Test
  void entryBlockHasNoPredecessors() {
    Func f = func("f", List.of(), List.of());
    Block entry = f.newBlock("entry");
    Block loop = f.newBlock("loop");
    jump(entry, loop);
    jump(loop, entry);
    rejects(f).hasMessageContaining("entry block b0 has predecessors [b1]");
  }

  @Test
  void edgesAreSymmetric() {
    Func f = func("f", List.of(), List.of());
    Block entry = f.newBlock("entry");
    Block next = f.newBlock("next");
    entry.end(BlockKind.PLAIN);
    entry.succs.add(next); // no matching pred
    ret(next);
    rejects(f).hasMessageContaining("b0 -> b1, but b1 does not list b0 as a predecessor");
  }

  @Test
  void successorOutsideTheFunctionIsReportedNotCrashedOn() {
    Func other = func("other", List.of(), List.of());
    for (int i = 0; i < 5; i++) other.newBlock("x");
    Block far = other.blocks().getLast();
    Func f = func("f", List.of(), List.of());
    Block entry = f.newBlock("entry");
    jump(entry, far);
    rejects(f).hasMessageContaining("b0 has successor b4, which is not in the function");
  }

  @Test
  void emptyFunction() {
    rejects(func("f", List.of(), List.of())).hasMessageContaining("function has no blocks");
  }

  @Test
  void reportsEveryProblemWithTheDump() {
    Func f = func("f", List.of(INT), List.of(BOOL));
    Block b = f.newBlock("entry");
    Value n = param(b, 0, INT);
    b.newValue(Op.ADD, INT, P, n, konst(b, INT8, 1L));
    ret(b, n);
    rejects(f)
        .hasMessageContaining("v3 = Add <int> has args of types int and int8, expected int")
        .hasMessageContaining("return in b0: result 0 is int, expected bool")
        .hasMessageContaining("func f(p int) bool\nb0: entry\n  v1 = Param <int> [0]\n");
  }

  // ---- module-level checks: calls and globals ----

  private static Module module(Func... funcs) {
    Module m = new Module("m", "main.go");
    for (Func f : funcs) m.add(f);
    m.addGlobal("g", INT);
    return m;
  }

  @Test
  void callsMatchTheCalleeSignature() {
    Func callee = func("callee", List.of(INT, STRING), List.of(INT, BOOL));
    Block cb = callee.newBlock("entry");
    ret(cb, konst(cb, INT, 0L), konst(cb, BOOL, false));

    Func f = func("f", List.of(), List.of());
    Block b = f.newBlock("entry");
    Value one = konst(b, INT, 1L);
    b.newValue(Op.CALL, new Tuple(List.of(INT, BOOL)), P, one).setAux("callee");
    b.newValue(Op.CALL, new Tuple(List.of(INT, BOOL)), P, one, one).setAux("callee");
    b.newValue(Op.CALL, INT, P, one, konst(b, STRING, "s")).setAux("callee");
    b.newValue(Op.CALL, new Tuple(List.of()), P).setAux("missing");
    ret(b);
    Module m = module(f, callee);
    assertThatCode(() -> Verifier.verify(f)).as("without the module calls are not checked").doesNotThrowAnyException();
    assertThatThrownBy(() -> Verifier.verify(m))
        .hasMessageContaining("v2 calls callee with 1 args, expected 2")
        .hasMessageContaining("v3 calls callee with arg 1 of type int, expected string")
        .hasMessageContaining("v5 <int> calls callee, which returns (int, bool)")
        .hasMessageContaining("v6 calls missing, which the module does not define");
  }

  @Test
  void globalsAreAccessedWithTheirType() {
    Func f = func("f", List.of(), List.of());
    Block b = f.newBlock("entry");
    b.newValue(Op.LOAD_GLOBAL, INT8, P).setAux("g");
    b.newValue(Op.STORE_GLOBAL, dev.gosem.api.types.Types.INVALID, P, konst(b, STRING, "x")).setAux("g");
    b.newValue(Op.LOAD_GLOBAL, INT, P).setAux("nope");
    ret(b);
    assertThatThrownBy(() -> Verifier.verify(module(f)))
        .hasMessageContaining("v1 accesses global g of type int as int8")
        .hasMessageContaining("v3 accesses global g of type int as string")
        .hasMessageContaining("v4 uses global nope, which the module does not declare");
  }
}
