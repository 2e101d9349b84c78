package dev.gosem.api.buildtags;

import dev.gosem.api.GoPackage;
import dev.gosem.api.Program;
import dev.gosem.api.ast.File;
import dev.gosem.api.check.CompileException;
import dev.gosem.api.check.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * FileSelection decides which files of a program a build compiles, and says why for each one:
 * the file name's _GOOS/_GOARCH suffixes first, then its {@code //go:build} line, as go/build
 * does. A malformed line is an error in Go's words, reported with the file's position.
 */
public final class FileSelection {
  /** One file's fate: included or not, and the reason in words. */
  public record Decision(File file, boolean included, String reason) {
    @Override
    public String toString() {
      return file.name() + ": " + (included ? "included" : "excluded") + " (" + reason + ")";
    }
  }

  private FileSelection() {}

  /** The decision for every file, in program order; throws CompileException on malformed lines. */
  public static List<Decision> decide(Program p, BuildContext ctx) {
    return decide(p.files(), ctx);
  }

  /** The decision for every file of one package, in the given order. */
  public static List<Decision> decide(List<File> files, BuildContext ctx) {
    List<Decision> out = new ArrayList<>();
    List<Diagnostic> errors = new ArrayList<>();
    for (File f : files) {
      var byName = ctx.excludedByName(f.name());
      if (byName.isPresent()) {
        out.add(new Decision(f, false, byName.get()));
        continue;
      }
      if (f.buildConstraint() == null) {
        out.add(new Decision(f, true, "no build constraint"));
        continue;
      }
      Constraint c;
      try {
        c = ConstraintParser.parse(f.buildConstraint());
      } catch (ConstraintSyntaxException e) {
        errors.add(new Diagnostic(f.pos(), "parsing //go:build line: " + e.getMessage()));
        continue;
      }
      boolean in = ctx.matches(c);
      out.add(new Decision(f, in, "//go:build " + c + (in ? " holds" : " does not hold")
          + " for " + describe(ctx)));
    }
    if (!errors.isEmpty()) throw new CompileException(errors);
    return out;
  }

  /**
   * The program with only the files this context builds, sorted by file name as the go command
   * passes them to the compiler (which orders package initialization); none left is Go's error.
   */
  public static Program select(Program p, BuildContext ctx) {
    List<File> kept = select(p.files(), p.name(), ctx);
    List<GoPackage> pkgs = new ArrayList<>();
    boolean same = kept.equals(p.files());
    for (GoPackage pkg : p.packages()) {
      List<File> k = select(pkg.files(), pkg.path(), ctx);
      same &= k.equals(pkg.files());
      pkgs.add(new GoPackage(pkg.path(), pkg.name(), k));
    }
    return same ? p : new Program(p.name(), kept, p.goVersion(), pkgs);
  }

  private static List<File> select(List<File> files, String what, BuildContext ctx) {
    List<File> kept = decide(files, ctx).stream().filter(Decision::included).map(Decision::file)
        .sorted(java.util.Comparator.comparing(File::name)).toList();
    if (kept.isEmpty()) {
      throw new CompileException(List.of(new Diagnostic(files.isEmpty() ? dev.gosem.api.Pos.NONE : files.getFirst().pos(),
          "build constraints exclude all Go files in " + what)));
    }
    return kept;
  }

  private static String describe(BuildContext ctx) {
    String tags = ctx.tags().isEmpty() ? "no tags" : "tags " + String.join(",", ctx.tags().stream().sorted().toList());
    return ctx.goos() + "/" + ctx.goarch() + ", " + ctx.goVersion() + ", " + tags;
  }
}
