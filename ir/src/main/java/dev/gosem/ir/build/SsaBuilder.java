package dev.gosem.ir.build;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.check.Initializer;
import dev.gosem.api.check.Obj;
import dev.gosem.api.check.TypeInfo;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import dev.gosem.ir.ssa.Op;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SsaBuilder lowers a type-checked program to an IR module: one Func per Go function, the
 * package-level variables as globals, and the synthetic {@link Module#INIT} function that
 * initializes the packages in Go's order, each one's variables and then its init functions in
 * file order. Names outside package main carry their package's import path
 * ({@code example/geom.Area}, {@code example/geom.Point.Scale}, {@code example/geom.init.0}),
 * as Go's symbols do; {@link Module#packageOf} gives a name's package back.
 */
public final class SsaBuilder {
  private SsaBuilder() {}

  public static Module build(Program p, TypeInfo info) {
    Module m = new Module(p.name(), p.files().getFirst().name());
    Unit unit = new Unit(m, info, goMinor(p.goVersion()) >= 21);
    Map<String, Decl.FuncDecl> funcs = new LinkedHashMap<>();
    List<PackageInits> inits = new ArrayList<>();
    // Packages in initialization order (package main last): their globals, functions and inits.
    for (TypeInfo.PackageInit pkg : info.packages()) {
      List<Spec.ValueSpec> globals = new ArrayList<>();
      for (File f : pkg.files()) {
        for (Decl d : f.decls()) {
          switch (d) {
            case Decl.FuncDecl fd -> {
              if (fd.isMethod()) funcs.put(Unit.methodName(info.funcOf(fd)), fd);
              else if (!fd.name().equals("init")) funcs.put(Unit.qualify(pkg.path(), fd.name()), fd);
            }
            case Decl.GenDecl g -> {
              if (g.kind() == Decl.Kind.VAR) globals.addAll(g.specs());
            }
            case Decl.TypeDecl t -> {}
          }
        }
      }
      for (Spec.ValueSpec s : globals) {
        for (Expr.Ident id : s.names()) {
          if (id.name().equals("_")) continue;
          Obj.Var v = (Obj.Var) info.objectOf(id);
          String name = unit.globalName(v);
          m.addGlobal(name, Consts.irType(v.type()));
          if (unit.globalInMemory(v)) m.placeGlobalInMemory(name);
        }
      }
      inits.add(new PackageInits(pkg, Unit.qualify(pkg.path(), "init.")));
      if (!pkg.isMain()) m.addPackage(pkg.path());
    }
    m.add(initFunc(unit, inits));
    for (PackageInits pi : inits) {
      for (int i = 0; i < pi.pkg().inits().size(); i++) m.add(func(unit, pi.pkg().inits().get(i), pi.prefix() + i));
    }
    for (var e : funcs.entrySet()) {
      Decl.FuncDecl fd = e.getValue();
      m.add(func(unit, fd, e.getKey()));
      if (fd.isMethod()) {
        Obj.Func f = info.funcOf(fd);
        m.addMethod(Unit.receiverNamed(f), new Module.Method(f.name(), e.getKey(), f.pointerReceiver()));
      }
    }
    return m;
  }

  /** A package's initialization: its variables' initializers, then init functions named prefix + index. */
  private record PackageInits(TypeInfo.PackageInit pkg, String prefix) {}

  private static Func func(Unit unit, Decl.FuncDecl fd, String name) {
    TypeInfo info = unit.info();
    List<Obj.Var> params = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Type> types = new ArrayList<>();
    List<Field> all = new ArrayList<>();
    if (fd.recv() != null) all.add(fd.recv());
    all.addAll(fd.params());
    Obj.Func obj = info.funcOf(fd);
    List<Type> sigParams = new ArrayList<>();
    if (fd.recv() != null) sigParams.add(obj.recv());
    sigParams.addAll(obj.type().params());
    for (int i = 0; i < all.size(); i++) {
      Field f = all.get(i);
      params.add(fieldVar(info, f));
      names.add(f.name() == null ? "_" : f.name());
      types.add(Consts.irType(sigParams.get(i)));
    }
    List<Obj.Var> results = new ArrayList<>();
    List<Type> resultTypes = new ArrayList<>();
    for (Field f : fd.results()) {
      if (f.name() != null) results.add(fieldVar(info, f));
      resultTypes.add(Consts.irType(info.typeOf(f.type())));
    }
    Func fn = new Func(name, names, types, resultTypes, fd.pos());
    FuncLowering l = new FuncLowering(unit, fn);
    l.bindParams(params, results, DeferLowering.hasDefer(fd.body()));
    l.body(fd.body());
    return fn;
  }

  /** The minor version of "go1.N" (or "go1.N.P"); a missing or odd version counts as current. */
  static int goMinor(String v) {
    if (v != null && v.matches("go1\\.\\d+(\\.\\d+)?")) {
      String m = v.substring(4);
      int dot = m.indexOf('.');
      return Integer.parseInt(dot < 0 ? m : m.substring(0, dot));
    }
    return Integer.MAX_VALUE;
  }

  /** The variable a parameter or named result declares, found through its type expression's field. */
  private static Obj.Var fieldVar(TypeInfo info, Field f) {
    return info.fieldVar(f) instanceof Obj.Var v ? v : null;
  }

  /**
   * Program initialization, Go's runtime.main doInit: package by package in initialization order
   * (imported packages first, package main last), each package's variables in the order the type
   * checker worked out, then its init functions in file order.
   */
  private static Func initFunc(Unit unit, List<PackageInits> packages) {
    Func fn = new Func(Module.INIT, List.of(), List.of(), List.of(), Pos.NONE);
    FuncLowering l = new FuncLowering(unit, fn);
    for (PackageInits pi : packages) {
      for (Initializer init : pi.pkg().initOrder()) l.initializer(init);
      for (int i = 0; i < pi.pkg().inits().size(); i++) {
        l.callVoid(pi.prefix() + i, pi.pkg().inits().get(i).pos());
      }
    }
    l.body(new dev.gosem.api.ast.Stmt.Block(List.of(), Pos.NONE, Pos.NONE));
    return fn;
  }

}
