package dev.gosem.fuzz.tree;

import java.util.List;

/**
 * Prog is a whole generated program, one file of package main: constants, package-level
 * variables (in declaration order; their initializers may refer to one another in any acyclic
 * way, so Go's dependency order decides), and functions ({@code init}s and {@code main} among them).
 * The declared types ({@link T.Struct}s and named {@link T.Iface}s) come first.
 */
public record Prog(long seed, List<T> types, List<S.Const> consts, List<Global> globals, List<Fn> funcs) {
  /** {@code var name T = init} (init may be null: the zero value; typed false: {@code var name = init}). */
  public record Global(String name, T type, E init, boolean typed) {}

  public Prog(long seed, List<S.Const> consts, List<Global> globals, List<Fn> funcs) {
    this(seed, List.of(), consts, globals, funcs);
  }

  public Prog withFuncs(List<Fn> funcs) {
    return new Prog(seed, types, consts, globals, funcs);
  }

  public Prog withGlobals(List<Global> globals) {
    return new Prog(seed, types, consts, globals, funcs);
  }

  public Prog withConsts(List<S.Const> consts) {
    return new Prog(seed, types, consts, globals, funcs);
  }
}
