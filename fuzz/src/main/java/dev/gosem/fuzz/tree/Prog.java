package dev.gosem.fuzz.tree;

import java.util.List;

/**
 * Prog is a whole generated program, one file of package main: constants, package-level
 * variables (in declaration order; their initializers may refer to one another in any acyclic
 * way, so Go's dependency order decides), and functions ({@code init}s and {@code main} among them).
 */
public record Prog(long seed, List<S.Const> consts, List<Global> globals, List<Fn> funcs) {
  /** {@code var name T = init} (init may be null: the zero value; type null: {@code var name = init}). */
  public record Global(String name, Ty type, E init, boolean typed) {}

  public Prog withFuncs(List<Fn> funcs) {
    return new Prog(seed, consts, globals, funcs);
  }

  public Prog withGlobals(List<Global> globals) {
    return new Prog(seed, consts, globals, funcs);
  }

  public Prog withConsts(List<S.Const> consts) {
    return new Prog(seed, consts, globals, funcs);
  }
}
