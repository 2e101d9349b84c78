package dev.gosem.backend.jvm;

import dev.gosem.api.Pos;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import dev.gosem.ir.Options;
import dev.gosem.ir.backend.RunResult;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.BlockKind;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Intrinsic;
import dev.gosem.ir.ssa.Module;
import dev.gosem.ir.ssa.Nil;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import dev.gosem.ir.ssa.Verifier;
import java.util.List;

/**
 * A few words for building IR modules by hand in tests: a function, its current block, and one
 * method per kind of value, so a test states the IR it compiles in a few lines.
 */
final class Ir {
  static final Pos POS = new Pos("main.go", 3, 2);

  final Module module = new Module("t", "main.go");
  Func fn;
  Block b;

  /** Starts function name with the given parameter and result types; its entry block is current. */
  Ir func(String name, List<Type> params, List<Type> results) {
    fn = new Func(name, params.stream().map(p -> "p").toList(), params, results, POS);
    module.add(fn);
    b = fn.newBlock("entry");
    return this;
  }

  Ir main() {
    return func("main", List.of(), List.of());
  }

  Value v(Op op, Type t, Value... args) {
    return b.newValue(op, t, POS, args);
  }

  Value aux(Op op, Type t, Object aux, Value... args) {
    return v(op, t, args).setAux(aux);
  }

  Value i(long x) {
    return aux(Op.CONST, Types.INT, x);
  }

  Value s(String x) {
    return aux(Op.CONST, Types.STRING, x);
  }

  Value nil(Type t) {
    return aux(Op.CONST, t, Nil.NIL);
  }

  Value param(int i) {
    return v(Op.PARAM, fn.params().get(i)).setAuxInt(i);
  }

  /** fmt.Println(args...): basic values as they are, others as interface values already. */
  void println(Value... args) {
    aux(Op.INTRINSIC, new Tuple(List.of()), Intrinsic.FMT_PRINTLN, args);
  }

  void store(Value addr, Value x) {
    v(Op.STORE, Types.INVALID, addr, x);
  }

  Value load(Value addr) {
    return v(Op.LOAD, ((dev.gosem.api.types.Pointer) Types.underlying(addr.type())).elem(), addr);
  }

  void ret(Value... results) {
    b.end(BlockKind.RETURN, results);
  }

  /** Verifies the IR, compiles it, checks every class with ASM and runs it. */
  RunResult run() {
    JvmArtifact a = compile();
    return a.run();
  }

  JvmArtifact compile() {
    Verifier.verify(module);
    JvmArtifact a = new JvmBackend().compile(module, Options.defaults());
    Verify.passes(a);
    return a;
  }
}
