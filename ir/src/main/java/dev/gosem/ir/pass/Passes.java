package dev.gosem.ir.pass;

import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import dev.gosem.ir.ssa.Verifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes is the optimization pipeline as one table, in order. Reading it tells what the
 * compiler does to a function between SSA construction and the backend. The ordering
 * constraints below are checked when the class loads.
 */
public final class Passes {
  /** The pipeline, in order. */
  public static final List<Pass> ALL = List.of(
      new Pass("constfold", "fold constant operations with Go's semantics; fold branches on constants", ConstFold::run),
      new Pass("copyelim", "replace single-valued phis and copies by the value they carry", CopyElim::run),
      new Pass("deadcode", "remove unreachable blocks and values nothing needs", DeadCode::run));

  /** Each constraint: pass a must run before pass b, and why. */
  private record Order(String a, String b, String why) {}

  private static final List<Order> ORDER = List.of(
      new Order("constfold", "deadcode", "folded branches leave blocks that deadcode removes"),
      new Order("copyelim", "deadcode", "copyelim leaves copies without users that deadcode removes"));

  static {
    List<String> names = ALL.stream().map(Pass::name).toList();
    for (Order o : ORDER) {
      int a = names.indexOf(o.a());
      int b = names.indexOf(o.b());
      if (a < 0 || b < 0 || a >= b) {
        throw new ExceptionInInitializerError("pass " + o.a() + " must run before " + o.b() + ": " + o.why());
      }
    }
  }

  private Passes() {}

  /**
   * Runs every pass over every function; with verify, checks the IR after each pass, including
   * the function's calls and global accesses against the module.
   */
  public static void run(Module m, boolean verify) {
    for (Func f : m.funcList()) run(f, verify ? m : null, verify, ALL);
  }

  /** Runs the given passes over one function in order. */
  public static void run(Func f, boolean verify, List<Pass> passes) {
    run(f, null, verify, passes);
  }

  private static void run(Func f, Module m, boolean verify, List<Pass> passes) {
    if (verify) Verifier.verify(f, m);
    for (Pass p : passes) {
      p.run().accept(f);
      if (verify) {
        try {
          Verifier.verify(f, m);
        } catch (IllegalStateException e) {
          throw new IllegalStateException("after pass " + p.name() + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /** The passes up to and including the named one, for dumps of intermediate states. */
  public static List<Pass> upTo(String name) {
    List<Pass> out = new ArrayList<>();
    for (Pass p : ALL) {
      out.add(p);
      if (p.name().equals(name)) return out;
    }
    throw new IllegalArgumentException("no pass named " + name + "; passes are " + ALL.stream().map(Pass::name).toList());
  }
}
