package dev.gosem.ir.ssa;

import java.util.ArrayList;
import java.util.List;

/**
 * Block is a basic block: values in order (phis first), then a kind that says how control
 * leaves it, with its control values and successors. Predecessor order matters: a phi's i-th
 * argument comes from the i-th predecessor.
 */
public final class Block {
  final int id;
  BlockKind kind = BlockKind.PLAIN;
  final List<Value> values = new ArrayList<>();
  final List<Block> succs = new ArrayList<>();
  final List<Block> preds = new ArrayList<>();
  final List<Value> controls = new ArrayList<>();
  final Func func;
  /** A short note for dumps, e.g. "for.body", saying where the block came from. */
  String comment = "";

  Block(int id, Func func) {
    this.id = id;
    this.func = func;
  }

  public int id() { return id; }
  public BlockKind kind() { return kind; }
  public List<Value> values() { return values; }
  public List<Block> succs() { return List.copyOf(succs); }
  public List<Block> preds() { return List.copyOf(preds); }
  public List<Value> controls() { return List.copyOf(controls); }
  public Func func() { return func; }
  public String comment() { return comment; }

  public Block setComment(String comment) {
    this.comment = comment;
    return this;
  }

  /** Appends a new value to this block. */
  public Value newValue(Op op, dev.gosem.api.types.Type type, dev.gosem.api.Pos pos, Value... args) {
    Value v = func.makeValue(op, type, pos);
    v.block = this;
    for (Value a : args) v.addArg(a);
    values.add(v);
    return v;
  }

  /** Inserts a new phi at the top of this block (after existing phis). */
  public Value newPhi(dev.gosem.api.types.Type type, dev.gosem.api.Pos pos) {
    Value v = func.makeValue(Op.PHI, type, pos);
    v.block = this;
    int i = 0;
    while (i < values.size() && values.get(i).op == Op.PHI) i++;
    values.add(i, v);
    return v;
  }

  /** Removes a value that no longer has users. */
  public void removeValue(Value v) {
    if (!v.users.isEmpty()) throw new IllegalStateException(v + " still has users " + v.users);
    v.resetArgs();
    values.remove(v);
    v.block = null;
  }

  /** Ends the block with the given kind and controls; successors are added with {@link #addSucc}. */
  public void end(BlockKind kind, Value... controls) {
    this.kind = kind;
    this.controls.clear();
    this.controls.addAll(List.of(controls));
  }

  public void addSucc(Block s) {
    succs.add(s);
    s.preds.add(this);
  }

  /**
   * Removes the edge to succs[i], dropping the matching phi arguments in the successor, as when
   * a branch folds to one side.
   */
  public void removeSucc(int i) {
    Block s = succs.remove(i);
    int j = s.preds.indexOf(this);
    s.preds.remove(j);
    for (Value v : s.values) {
      if (v.op == Op.PHI) v.removeArg(j);
    }
  }

  public void setControl(int i, Value v) {
    controls.set(i, v);
  }

  @Override
  public String toString() {
    return "b" + id;
  }
}
