package dev.gosem.ir.ssa;

import dev.gosem.api.Pos;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.List;

/** Func is one function in SSA form: its signature and blocks, the entry block first. */
public final class Func {
  final String name;
  final List<String> paramNames;
  final List<Type> params;
  final List<Type> results;
  final Pos pos;
  final List<Block> blocks = new ArrayList<>();
  /** For a closure's function: the types of the captured variables' addresses (FreeVar values). */
  private List<Type> freeVars = List.of();
  /** The function's defer statements, in source order (empty if it defers nothing). */
  private final List<DeferSite> deferSites = new ArrayList<>();
  /** How many return statements the source has (Go's rule: defers x returns <= 15). */
  private int returnStatements;
  /** The strategies chosen for deferSites, once the compiler has decided. */
  private DeferPlan deferPlan;
  /** Whether this function is the wrapper that makes one deferred call from its operands. */
  private boolean deferWrapper;
  private int nextValueId = 1;
  private int nextBlockId = 0;

  public Func(String name, List<String> paramNames, List<Type> params, List<Type> results, Pos pos) {
    this.name = name;
    this.paramNames = List.copyOf(paramNames);
    this.params = List.copyOf(params);
    this.results = List.copyOf(results);
    this.pos = pos;
  }

  public String name() { return name; }
  public List<String> paramNames() { return paramNames; }
  public List<Type> params() { return params; }
  public List<Type> results() { return results; }
  public Pos pos() { return pos; }
  public List<Block> blocks() { return blocks; }
  public Block entry() { return blocks.getFirst(); }
  public List<Type> freeVars() { return freeVars; }

  /** Declares this function a closure body over captured variables with these address types. */
  public void setFreeVars(List<Type> freeVars) {
    this.freeVars = List.copyOf(freeVars);
  }

  public List<DeferSite> deferSites() { return deferSites; }
  public boolean defers() { return !deferSites.isEmpty(); }
  public int returnStatements() { return returnStatements; }
  public DeferPlan deferPlan() { return deferPlan; }
  public boolean isDeferWrapper() { return deferWrapper; }

  public DeferSite addDeferSite(String wrapper, Pos pos, boolean inLoop) {
    DeferSite s = new DeferSite(deferSites.size(), wrapper, pos, inLoop);
    deferSites.add(s);
    return s;
  }

  public void countReturnStatement() {
    returnStatements++;
  }

  public void setDeferPlan(DeferPlan plan) {
    this.deferPlan = plan;
  }

  /** Marks this function as a deferred-call wrapper (the backends give it the panic it runs for). */
  public void markDeferWrapper() {
    this.deferWrapper = true;
  }

  /** One more than the largest value id, for passes that index arrays by id. */
  public int valueIdLimit() {
    return nextValueId;
  }

  public int blockIdLimit() {
    return nextBlockId;
  }

  public Block newBlock(String comment) {
    Block b = new Block(nextBlockId++, this);
    b.comment = comment;
    blocks.add(b);
    return b;
  }

  Value makeValue(Op op, Type type, Pos pos) {
    return new Value(nextValueId++, op, type, pos);
  }

  /** All values of all blocks, in block order. */
  public List<Value> allValues() {
    List<Value> out = new ArrayList<>();
    for (Block b : blocks) out.addAll(b.values);
    return out;
  }

  /** Replaces every use of {@code old} (as argument or control) by {@code by}. */
  public void replaceUses(Value old, Value by) {
    for (Value u : List.copyOf(old.users)) {
      for (int i = 0; i < u.args.size(); i++) {
        if (u.args.get(i) == old) u.setArg(i, by);
      }
    }
    for (Block b : blocks) {
      for (int i = 0; i < b.controls.size(); i++) {
        if (b.controls.get(i) == old) b.controls.set(i, by);
      }
    }
  }

  /** True if some block uses v as a control. */
  public boolean isControl(Value v) {
    for (Block b : blocks) if (b.controls.contains(v)) return true;
    return false;
  }

  @Override
  public String toString() {
    return name;
  }
}
