package dev.gosem.api.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Named is a defined type, {@code type T underlying}, with its declared methods. It has identity:
 * two declarations of T in different scopes are different types. The underlying type and the
 * methods are set after construction, because a type may refer to itself ({@code type L struct
 * { next *L }}); the type checker completes a Named before anyone else sees it.
 */
public final class Named implements Type {
  private final String pkg;
  private final String pkgName;
  private final String name;
  private Type underlying;
  private final List<NamedMethod> methods = new ArrayList<>();

  /** A method declared on a named type, with the kind of its receiver. */
  public record NamedMethod(String name, Signature sig, boolean pointerReceiver) {}

  public Named(String pkg, String name, Type underlying) {
    this(pkg, pkg.substring(pkg.lastIndexOf('/') + 1), name, underlying);
  }

  /**
   * A type of the package with import path pkg whose package clause says pkgName (they differ
   * when a package's name is not its path's last element).
   */
  public Named(String pkg, String pkgName, String name, Type underlying) {
    this.pkg = Objects.requireNonNull(pkg);
    this.pkgName = Objects.requireNonNull(pkgName);
    this.name = Objects.requireNonNull(name);
    this.underlying = underlying;
  }

  /** The package path, e.g. "main" or "example/geom"; empty for the predeclared {@code error}. */
  public String pkg() {
    return pkg;
  }

  /** The package's name, as its package clause gives it ("geom" for "example/geom"). */
  public String pkgName() {
    return pkgName;
  }

  public String name() {
    return name;
  }

  /** Package-qualified as reflect and %T print it: {@code main.T}, {@code geom.Point}, or {@code error}. */
  public String qualifiedName() {
    return pkg.isEmpty() ? name : pkgName + "." + name;
  }

  public Type underlying() {
    return underlying;
  }

  public void setUnderlying(Type underlying) {
    if (underlying instanceof Named) throw new IllegalArgumentException("underlying type of " + name + " is named");
    this.underlying = underlying;
  }

  public List<NamedMethod> methods() {
    return List.copyOf(methods);
  }

  public void addMethod(NamedMethod m) {
    methods.add(m);
  }

  public NamedMethod method(String name) {
    for (NamedMethod m : methods) if (m.name().equals(name)) return m;
    return null;
  }

  @Override
  public String toString() {
    return name;
  }
}
