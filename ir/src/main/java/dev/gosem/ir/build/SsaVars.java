package dev.gosem.ir.build;

import dev.gosem.api.Pos;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SsaVars turns assignments to source variables into SSA values on the fly, following Braun et
 * al., "Simple and Efficient Construction of Static Single Assignment Form" (CC 2013): a read
 * looks up the variable's current definition in the block, else asks the predecessors, placing
 * a phi where they may disagree. A block is sealed once all its predecessors are known; reads in
 * an unsealed block (a loop header) get an operandless phi completed at sealing. Trivial phis
 * (all operands the same, or the phi itself) are removed as they appear, so no dominance
 * frontiers are ever computed.
 *
 * <p>Variables are keys compared by identity: the type checker's variable objects, or any
 * fresh Object for compiler temporaries.
 */
final class SsaVars {
  interface ZeroFactory {
    Value zero(Block b, Type t);
  }

  private final Func func;
  private final ZeroFactory zeros;
  private final Map<Object, Map<Block, Value>> current = new IdentityHashMap<>();
  private final Map<Block, Map<Object, Value>> incomplete = new HashMap<>();
  private final Map<Value, Type> phiVarType = new HashMap<>();
  private final Set<Block> sealed = new HashSet<>();
  // A removed trivial phi forwards to the value that replaced it.
  private final Map<Value, Value> forwarded = new HashMap<>();

  SsaVars(Func func, ZeroFactory zeros) {
    this.func = func;
    this.zeros = zeros;
  }

  void write(Object var, Block b, Value v) {
    current.computeIfAbsent(var, k -> new HashMap<>()).put(b, v);
  }

  Value read(Object var, Type type, Block b) {
    Map<Block, Value> defs = current.get(var);
    if (defs != null) {
      Value v = defs.get(b);
      if (v != null) return resolve(v);
    }
    return readRecursive(var, type, b);
  }

  private Value resolve(Value v) {
    Value f = forwarded.get(v);
    if (f == null) return v;
    Value r = resolve(f);
    if (r != f) forwarded.put(v, r);
    return r;
  }

  private Value readRecursive(Object var, Type type, Block b) {
    Value v;
    if (!sealed.contains(b)) {
      v = b.newPhi(type, Pos.NONE);
      phiVarType.put(v, type);
      incomplete.computeIfAbsent(b, k -> new LinkedHashMap<>()).put(var, v);
    } else if (b.preds().size() == 1) {
      v = read(var, type, b.preds().getFirst());
    } else if (b.preds().isEmpty()) {
      // Unreachable code (after a return): any value will do, deadcode removes it.
      v = zeros.zero(b, type);
    } else {
      Value phi = b.newPhi(type, Pos.NONE);
      write(var, b, phi);
      v = addOperands(var, type, phi);
    }
    write(var, b, v);
    return v;
  }

  private Value addOperands(Object var, Type type, Value phi) {
    for (Block p : phi.block().preds()) phi.addArg(read(var, type, p));
    return removeTrivial(phi);
  }

  private Value removeTrivial(Value phi) {
    Value same = null;
    for (Value op : phi.args()) {
      if (op == same || op == phi) continue;
      if (same != null) return phi; // merges at least two values: not trivial
      same = op;
    }
    if (same == null) same = zeros.zero(func.entry(), phi.type()); // only reachable through itself
    List<Value> phiUsers = new ArrayList<>();
    for (Value u : phi.users()) if (u != phi && u.op() == Op.PHI) phiUsers.add(u);
    func.replaceUses(phi, same);
    phi.resetArgs();
    phi.block().values().remove(phi);
    forwarded.put(phi, same);
    // Users may have become trivial. Skip those an earlier step of this cascade removed: a
    // second removal would find no operands and forward the phi to a fresh zero instead.
    for (Value u : phiUsers) {
      if (!forwarded.containsKey(u)) removeTrivial(u);
    }
    // The cascade may have removed same itself (a phi that used this one): return what
    // replaced it, never a removed value.
    return resolve(same);
  }

  /** Declares that every predecessor of b has been added. */
  void seal(Block b) {
    if (!sealed.add(b)) return;
    Map<Object, Value> phis = incomplete.remove(b);
    if (phis == null) return;
    for (var e : phis.entrySet()) addOperands(e.getKey(), phiVarType.get(e.getValue()), e.getValue());
  }

  boolean isSealed(Block b) {
    return sealed.contains(b);
  }
}
