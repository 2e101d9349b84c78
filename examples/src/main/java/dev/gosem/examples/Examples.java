package dev.gosem.examples;

import dev.gosem.examples.programs.ArrayValues;
import dev.gosem.examples.programs.BinaryTree;
import dev.gosem.examples.programs.Bits;
import dev.gosem.examples.programs.Bools;
import dev.gosem.examples.programs.BuildTags;
import dev.gosem.examples.programs.Codecs;
import dev.gosem.examples.programs.Collatz;
import dev.gosem.examples.programs.Consts;
import dev.gosem.examples.programs.DivZero;
import dev.gosem.examples.programs.Embedding;
import dev.gosem.examples.programs.Errors;
import dev.gosem.examples.programs.Exit;
import dev.gosem.examples.programs.Fib;
import dev.gosem.examples.programs.FizzBuzz;
import dev.gosem.examples.programs.Floats;
import dev.gosem.examples.programs.FmtPrint;
import dev.gosem.examples.programs.Gcd;
import dev.gosem.examples.programs.Globals;
import dev.gosem.examples.programs.Labels;
import dev.gosem.examples.programs.LinkedList;
import dev.gosem.examples.programs.MapStructs;
import dev.gosem.examples.programs.Maps;
import dev.gosem.examples.programs.Matrix;
import dev.gosem.examples.programs.MethodValues;
import dev.gosem.examples.programs.Methods;
import dev.gosem.examples.programs.NilInterface;
import dev.gosem.examples.programs.NilSlices;
import dev.gosem.examples.programs.Packages;
import dev.gosem.examples.programs.Pointers;
import dev.gosem.examples.programs.PrettyPrint;
import dev.gosem.examples.programs.Primes;
import dev.gosem.examples.programs.PrintBuiltin;
import dev.gosem.examples.programs.Recursion;
import dev.gosem.examples.programs.Remainder;
import dev.gosem.examples.programs.Results;
import dev.gosem.examples.programs.Runes;
import dev.gosem.examples.programs.Scopes;
import dev.gosem.examples.programs.Shapes;
import dev.gosem.examples.programs.Shifts;
import dev.gosem.examples.programs.SliceCopy;
import dev.gosem.examples.programs.SliceGrowth;
import dev.gosem.examples.programs.SliceSharing;
import dev.gosem.examples.programs.Sorting;
import dev.gosem.examples.programs.Stack;
import dev.gosem.examples.programs.Strconv;
import dev.gosem.examples.programs.StringBytes;
import dev.gosem.examples.programs.StringFuncs;
import dev.gosem.examples.programs.Stringers;
import dev.gosem.examples.programs.Strings;
import dev.gosem.examples.programs.StringsBuilder;
import dev.gosem.examples.programs.Structs;
import dev.gosem.examples.programs.TypeSwitch;
import dev.gosem.examples.programs.WordFreq;
import dev.gosem.examples.programs.Wraparound;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Examples is the registry of example programs, in the order {@code ./gosem list} shows them.
 * Each has goldens made by the Go toolchain in {@code src/test/resources/golden/NAME}
 * ({@code examples/goldens.sh} writes them; ConformanceTest compares against them).
 */
public final class Examples {
  private Examples() {}

  private static final List<Example> ALL = List.of(
      new Example("fib", "recursive Fibonacci numbers fib(0) to fib(25)", Fib::program),
      new Example("gcd", "greatest common divisors, iterative and recursive; lcm(1..20)", Gcd::program),
      new Example("collatz", "3n+1 sequences and the longest one below 10,000", Collatz::program),
      new Example("fizzbuzz", "FizzBuzz from 1 to 35", FizzBuzz::program),
      new Example("primes", "primes by trial division: counts, gaps and twins below 100,000", Primes::program),
      new Example("recursion", "Hanoi, Ackermann, mutual recursion, fast powers", Recursion::program),
      new Example("wraparound", "overflow of every integer type; truncating and extending conversions", Wraparound::program),
      new Example("shifts", "shifts: signed and unsigned, counts beyond the width, constant shifts", Shifts::program),
      new Example("remainder", "truncated division and the sign of % for every integer type", Remainder::program),
      new Example("bits", "bitwise operators, popcount, bit reversal, xorshift", Bits::program),
      new Example("floats", "float64 printing, signed zero, Inf and NaN, conversions", Floats::program),
      new Example("consts", "exact untyped constants, typed constants, iota", Consts::program),
      new Example("strings", "concatenation, comparison, len and byte indexing of strings", Strings::program),
      new Example("bools", "short-circuit && and || with side effects", Bools::program),
      new Example("results", "multiple and named results, bare return, tuple assignment", Results::program),
      new Example("scopes", "shadowing in blocks, if and for init statements", Scopes::program),
      new Example("labels", "every loop form with labelled break and continue", Labels::program),
      new Example("globals", "package variables initialized in dependency order", Globals::program),
      new Example("fmtprint", "fmt.Println and fmt.Print of every type", FmtPrint::program),
      new Example("printbuiltin", "the println and print builtins (stderr) for every type", PrintBuiltin::program),
      new Example("exit", "output on both streams, then os.Exit(3)", Exit::program),
      new Example("buildtags", "the seed's dev.go/prod.go example built with no tags", BuildTags::devProd),
      new Example("buildtags-dev", "the same built with -tags dev", BuildTags::devProd, Set.of("dev")),
      new Example("buildtags-prod", "the same built with -tags prod,quiet", BuildTags::devProd, Set.of("prod", "quiet")),
      new Example("filesuffix", "files named _windows or _arm64 are left out on linux", BuildTags::suffixes),
      new Example("initorder", "package initialization across three files", BuildTags::initOrder),
      new Example("packages", "a geometry package used from main: qualified types, methods, constants, variables", Packages::geometry),
      new Example("initdeps", "package variables initialized in dependency order across files and packages", Packages::initDeps),
      new Example("initpackages", "init functions in several files and packages: imported packages first, main last", Packages::initPackages),
      new Example("diamond", "diamond imports: a package imported by two others is initialized once", Packages::diamond),
      new Example("exported", "exported and unexported names across packages; embedding another package's type", Packages::exported),
      new Example("goos", "runtime.GOOS, and GOARCH-specific files selected by suffix and //go:build", Packages::goos),
      new Example("pkgnames", "a package named unlike its path, a renamed import, a blank import for init", Packages::pkgNames),
      new Example("pkgerrors", "errors across packages: a sentinel, a custom type, %w; errors.Is, errors.As, type switch", Packages::pkgErrors),
      new Example("pkgenum", "an iota enumeration with a String method in another package", Packages::pkgEnum),
      new Example("pkgpanic", "an index out of range inside another package: Go's report, exit status 2", Packages::pkgPanic),
      new Example("initfuncs", "main's variables read a registry its imported package filled in init", Packages::initFuncs),
      new Example("divzero", "integer division by zero at run time: a panic, exit status 2", DivZero::program),
      new Example("arrays", "arrays are values: copies on assignment and calls, ==, range over a copy, nesting, array keys", ArrayValues::program),
      new Example("slicegrowth", "append growth: len and cap as nil slices of five element sizes grow", SliceGrowth::program),
      new Example("slicing", "s[a:b] and s[a:b:c] share the backing array; append through shared capacity", SliceSharing::program),
      new Example("slicecopy", "copy (overlapping, from a string), clone, delete, insert, filter in place, reverse", SliceCopy::program),
      new Example("nilslices", "nil against empty slices and maps: len, append, range, == nil, %v and %#v", NilSlices::program),
      new Example("matrix", "slices of slices: transpose, multiplication, matrix powers, Pascal's triangle", Matrix::program),
      new Example("sorting", "sort.Ints, sort.Strings, sort.Slice by several keys; binary and insertion sort", Sorting::program),
      new Example("maps", "map literals, comma-ok, delete, len, sorted range, fmt's sorted map printing", Maps::program),
      new Example("wordfreq", "word frequencies with strings.Fields, a map and sort.Slice; a length histogram", WordFreq::program),
      new Example("mapstructs", "maps of structs and of pointers, struct keys, maps of slices and of maps", MapStructs::program),
      new Example("bytes", "strings as bytes: indexing, slicing, []byte copies, ASCII arithmetic, %x and %q", StringBytes::program),
      new Example("runes", "UTF-8: range over runes, invalid bytes, []rune conversions, rot13, %c %U %q", Runes::program),
      new Example("builder", "strings.Builder: tables, boxes drawn with runes, thousands separators", StringsBuilder::program),
      new Example("stringfuncs", "package strings on edge cases: Split, Replace, Fields, ToUpper beyond ASCII", StringFuncs::program),
      new Example("strconv", "strconv: Itoa, FormatInt, Atoi and ParseInt with their error texts, Quote", Strconv::program),
      new Example("codecs", "run-length encoding, Roman numerals and a Caesar cipher, each round-tripped", Codecs::program),
      new Example("structs", "struct literals, copies, ==, nesting, struct keys, %v %+v %#v %T, anonymous and empty structs", Structs::program),
      new Example("embedding", "embedded structs: promoted fields and methods, shadowing, embedded pointers, interfaces", Embedding::program),
      new Example("pointers", "&x, *p, new, pointers outliving their frame, to fields and elements, fmt's &{...}", Pointers::program),
      new Example("linkedlist", "a linked list: push, append, reverse, removal through **Node, Floyd's cycle check", LinkedList::program),
      new Example("bst", "a binary search tree: insert, delete, nil receivers, in-order walk with a closure", BinaryTree::program),
      new Example("methods", "methods on float, struct, slice, map, func and array types; value and pointer receivers", Methods::program),
      new Example("methodvalues", "method values bind their receiver; method expressions T.M, (*T).M, I.M", MethodValues::program),
      new Example("stack", "stack and queue as named slice types: bracket matching, undo, breadth-first order", Stack::program),
      new Example("shapes", "a Shape interface: dynamic dispatch, sorting by area, comma-ok assertions, comparison", Shapes::program),
      new Example("typeswitch", "type switches with nil, single, listed and interface cases; plain and comma-ok assertions", TypeSwitch::program),
      new Example("nilinterface", "a nil interface against one holding a nil pointer; interface comparison", NilInterface::program),
      new Example("errors", "errors.New, fmt.Errorf with %w, errors.Is, As and Unwrap, custom error types", Errors::program),
      new Example("stringers", "String methods and fmt: verbs, pointer receivers, slices, map keys, struct fields", Stringers::program),
      new Example("prettyprint", "a JSON-like document in map[string]any and []any, rendered by a recursive type switch", PrettyPrint::program));

  public static List<Example> all() {
    return ALL;
  }

  public static Optional<Example> find(String name) {
    return all().stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
