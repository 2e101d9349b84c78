package dev.gosem.examples;

import dev.gosem.examples.programs.ArrayValues;
import dev.gosem.examples.programs.goroutines.Deferred;
import dev.gosem.examples.programs.goroutines.Failures;
import dev.gosem.examples.programs.goroutines.Loops;
import dev.gosem.examples.programs.goroutines.Patterns;
import dev.gosem.examples.programs.BinaryTree;
import dev.gosem.examples.programs.Bits;
import dev.gosem.examples.programs.Bools;
import dev.gosem.examples.programs.BuildTags;
import dev.gosem.examples.programs.Closures;
import dev.gosem.examples.programs.Codecs;
import dev.gosem.examples.programs.Collatz;
import dev.gosem.examples.programs.Consts;
import dev.gosem.examples.programs.DivZero;
import dev.gosem.examples.programs.Embedding;
import dev.gosem.examples.programs.Enums;
import dev.gosem.examples.programs.Errors;
import dev.gosem.examples.programs.Exit;
import dev.gosem.examples.programs.Fib;
import dev.gosem.examples.programs.FizzBuzz;
import dev.gosem.examples.programs.Floats;
import dev.gosem.examples.programs.FmtPrint;
import dev.gosem.examples.programs.FmtVerbs;
import dev.gosem.examples.programs.Gcd;
import dev.gosem.examples.programs.Globals;
import dev.gosem.examples.programs.HigherOrder;
import dev.gosem.examples.programs.Labels;
import dev.gosem.examples.programs.LinkedList;
import dev.gosem.examples.programs.MapStructs;
import dev.gosem.examples.programs.LoopVars;
import dev.gosem.examples.programs.Maps;
import dev.gosem.examples.programs.MathLimits;
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
import dev.gosem.examples.programs.RuntimePanics;
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
import dev.gosem.examples.programs.Switches;
import dev.gosem.examples.programs.TypeSwitch;
import dev.gosem.examples.programs.Variadic;
import dev.gosem.examples.programs.WordFreq;
import dev.gosem.examples.programs.Wraparound;
import dev.gosem.examples.programs.defer.DeferBasics;
import dev.gosem.examples.programs.defer.Crashes;
import dev.gosem.examples.programs.defer.Recovers;
import dev.gosem.examples.programs.defer.RuntimeErrors;
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
      new Example("prettyprint", "a JSON-like document in map[string]any and []any, rendered by a recursive type switch", PrettyPrint::program),
      new Example("closures", "closures: counters, generators, shared captured variables, per-iteration copies, closures in maps and slices", Closures::program),
      new Example("variadic", "variadic functions: no arguments, f(s...) sharing s, ...any, append(a, b...), variadic func values", Variadic::program),
      new Example("enums", "const groups with iota: a Weekday with String, bit flags with 1 << iota, skipped values, typed enums", Enums::program),
      new Example("switches", "expression and tagless switches, fallthrough, switch init, case evaluation order, break and labelled break", Switches::program),
      new Example("panicindex", "s[5] on a slice of length 3: index out of range, exit status 2", RuntimePanics::index),
      new Example("panicslicecap", "s[:5] on a slice of capacity 3: slice bounds out of range, exit status 2", RuntimePanics::sliceCap),
      new Example("panicsliceorder", "s[3:2]: slice bounds out of range with the low bound above the high one, exit status 2", RuntimePanics::sliceOrder),
      new Example("panicnilmap", "reads, len, range and delete on a nil map work; assigning to it panics, exit status 2", RuntimePanics::nilMap),
      new Example("panicnilptr", "a field read through a nil pointer: Go's SIGSEGV panic, exit status 2", RuntimePanics::nilPointer),
      new Example("panicassert", "x.(int) on an interface holding a string: interface conversion panic, exit status 2", RuntimePanics::assertion),
      new Example("panicmissing", "x.(Shape) on a type without Perimeter: interface conversion, missing method, exit status 2", RuntimePanics::missingMethod),
      new Example("fmtverbs", "Printf verbs, widths, precisions and flags on every kind of value; Sprint against Sprintln spacing", FmtVerbs::program),
      new Example("mathlimits", "math's integer limits, wraparound of every integer type, Sqrt, Inf and NaN compared and printed", MathLimits::program),
      new Example("higherorder", "map, filter and reduce with func values and method values, compose, pipelines, sort.Slice closures", HigherOrder::program),
      new Example("loopvars", "closures and pointers capturing loop variables: one variable per loop in Go 1.19, copies per iteration", LoopVars::program),
      new Example("defer-lifo", "deferred calls run last in, first out, after the function body", DeferBasics::lifo),
      new Example("defer-args", "arguments are evaluated at the defer: the seed's time.Since gotcha with a fake clock", DeferBasics::args),
      new Example("defer-loop", "a defer in a loop (always heap-allocated): one call per iteration, in reverse", DeferBasics::loop),
      new Example("defer-opencoded", "the seed's open-coded shape: an unconditional and a conditional defer, two returns", DeferBasics::openCoded),
      new Example("defer-stack", "nine defers, none in a loop: too many to open-code, so stack-allocated", DeferBasics::stack),
      new Example("defer-manyreturns", "two defers times eight returns exceeds 15: open coding ruled out", DeferBasics::manyReturns),
      new Example("defer-closure", "deferred closures see and change captured variables at exit", DeferBasics::closure),
      new Example("defer-builtins", "deferrable builtins (delete, copy, print, println, recover); append wrapped in a closure", DeferBasics::builtins),
      new Example("defer-methods", "deferred method calls: value receivers copied at the defer, pointer receivers shared", DeferBasics::methods),
      new Example("defer-methodvalue", "deferred method values, interface calls and method expressions bind the receiver at the defer", DeferBasics::methodValues),
      new Example("defer-funcvalue", "the deferred function value is evaluated at the defer, before its arguments", DeferBasics::funcValue),
      new Example("defer-nilfunc", "deferring a nil func panics only when the call runs; recovered", DeferBasics::nilFunc),
      new Example("defer-nilfunc-crash", "deferring a nil func, unrecovered: nil dereference at exit, exit status 2", DeferBasics::nilFuncCrash),
      new Example("defer-namedresults", "deferred closures read and change named results after return", DeferBasics::namedResults),
      new Example("defer-errwrap", "the Go idiom: a deferred closure wraps the returned error with context", DeferBasics::errWrap),
      new Example("defer-unlock", "Lock then defer Unlock on a user mutex type: released on returns and panics", DeferBasics::unlock),
      new Example("defer-recursion", "defers in recursive calls run as each frame returns", DeferBasics::recursion),
      new Example("defer-osexit", "os.Exit skips deferred calls", DeferBasics::osExitSkips),
      new Example("defer-scope", "defer belongs to the function, not the block; closures and deferred closures defer too", DeferBasics::scope),
      new Example("defer-trace", "Effective Go's trace/un pattern: defer un(trace(\"a\"))", DeferBasics::trace),
      new Example("recover-basic", "the seed's minimal pattern: a deferred closure recovers and prints the value", Recovers::basic),
      new Example("recover-nopanic", "recover returns nil with no panic: outside defers, in normal exits, after a recovery", Recovers::noPanic),
      new Example("recover-direct", "only the deferred function itself recovers: defer recover() and helpers return nil", Recovers::directOnly),
      new Example("recover-results", "a recovered function returns normally with its named results or zero values", Recovers::results),
      new Example("recover-repanic", "recover then panic again; the next frame up recovers the new value", Recovers::repanic),
      new Example("recover-frames", "defers of several frames run during one panic, innermost first; the recovering frame returns", Recovers::frames),
      new Example("recover-loop", "panic and recover in every iteration of a loop", Recovers::loop),
      new Example("recover-replaced", "a panic in a deferred call replaces the one in flight; recover sees the newest", Recovers::replaced),
      new Example("recover-values", "recovered values keep their dynamic types: %v and %T of ints, errors, structs, slices", Recovers::values),
      new Example("recover-toerror", "the idiom turning a panic into an error result, errors kept for errors.Is", Recovers::toError),
      new Example("recover-panicnil", "Go 1.19's panic(nil): recover returns nil, yet the panic stops", Recovers::panicNil),
      new Example("recover-deferpanic", "defer panic(...): the builtin deferred directly, recovered by an earlier defer", Recovers::deferPanic),
      new Example("rterr-divide", "integer division by zero recovered; the cases that do not panic", RuntimeErrors::divide),
      new Example("rterr-index", "index out of range recovered: slices, arrays, strings, nil slices, negative and huge indexes", RuntimeErrors::index),
      new Example("rterr-slice", "slice bounds out of range recovered: two- and three-index forms, strings", RuntimeErrors::sliceBounds),
      new Example("rterr-nilmap", "writes to a nil map panic, reads and deletes do not; recovered", RuntimeErrors::nilMap),
      new Example("rterr-nilderef", "nil pointer dereferences recovered: loads, stores, fields, value methods, nil interfaces", RuntimeErrors::nilDeref),
      new Example("rterr-assert", "failed type assertions recovered: wrong type, missing method, nil interface", RuntimeErrors::assertion),
      new Example("rterr-shift", "shifts by a negative count panic, recovered; counts beyond the width do not", RuntimeErrors::shift),
      new Example("rterr-make", "make with bad run-time sizes panics, recovered", RuntimeErrors::makeSizes),
      new Example("rterr-runtimeerror", "every kind of run-time panic recovers as a runtime.Error; the program's own panics do not", RuntimeErrors::runtimeError),
      new Example("rterr-types", "the dynamic types of recovered runtime errors (%T) and their texts", RuntimeErrors::types),
      new Example("panic-error", "an unrecovered error value: Go prints its Error() text, exit status 2", Crashes::error),
      new Example("panic-customerror", "an unrecovered *HTTPError printed through its Error method", Crashes::customError),
      new Example("panic-stringer", "an unrecovered Stringer printed through its String method", Crashes::stringer),
      new Example("panic-int", "an unrecovered int, after the deferred calls of several frames ran", Crashes::intValue),
      new Example("panic-string", "an unrecovered string with a newline and a tab, printed as is", Crashes::stringValue),
      new Example("panic-float", "an unrecovered float64 in the runtime's print format", Crashes::floatValue),
      new Example("panic-struct", "an unrecovered struct without methods: (main.Point) and an address", Crashes::structValue),
      new Example("panic-chain-types", "deferred calls panic again while dying: the chain, with main.T(v) for named types", Crashes::chainTypes),
      new Example("panic-repanic", "recover then panic with the same value, unrecovered: [recovered] in the chain", Crashes::repanic),
      new Example("panic-indefer", "a deferred call panics during a panic, nothing recovers: both printed", Crashes::inDefer),
      new Example("panic-runtime-repanic", "a recovered runtime error re-panicked as a wrapped error", Crashes::runtimeRepanic),
      new Example("panic-nil", "Go 1.19's panic(nil), unrecovered", Crashes::nilValue),
      new Example("panic-deferruns", "an unrecovered panic deep in a call chain: every frame's defers run first", Crashes::deferRuns),
      new Example("goexit", "runtime.Goexit in main: deferred calls run, recover returns nil, then Go's deadlock error", Crashes::goexit));

  /** Goroutines, channels, select, sync and time (issue 5). */
  private static final List<Example> GOROUTINES = List.of(
      new Example("workerpool", "a worker pool: four goroutines square jobs from a channel; results sorted", Patterns::workerPool),
      new Example("pipeline", "a pipeline of stages connected by channels, each closing its output", Patterns::pipeline),
      new Example("fanin", "fan-in with select until both sources close, then a receive that times out", Patterns::fanIn),
      new Example("mutexcounter", "a counter behind a sync.Mutex incremented by 1,000 goroutines", Patterns::mutexCounter),
      new Example("semaphore", "a buffered channel as a semaphore; the peak tracked with atomic.Int64", Patterns::semaphore),
      new Example("chanbasics", "unbuffered and buffered channels, len and cap, close, comma-ok, range, nil channels", Patterns::chanBasics),
      new Example("selectrandom", "select: default when nothing is ready, a uniformly random pick when both are", Patterns::selectRandom),
      new Example("oncerw", "sync.Once, a cache behind sync.RWMutex, sync/atomic counters and compare-and-swap", Patterns::onceAndRw),
      new Example("durations", "time.Duration printed by its String method, arithmetic, Seconds and Milliseconds", Patterns::durations),
      new Example("timers", "time.Sleep, time.After as a timeout in select, time.Tick", Patterns::timers),
      new Example("goexitmain", "runtime.Goexit in main: the other goroutines finish first, then Go's report", Patterns::goexitMain),
      new Example("timercontrol", "time.NewTimer as a timeout with Stop and Reset, a NewTicker heartbeat", Patterns::timerControl),
      new Example("mainexits", "main returns while goroutines are blocked or busy: the program ends at once", Patterns::mainExits),
      new Example("prodcons", "three producers and one consumer over a bounded buffer", Patterns::prodCons),
      new Example("directional", "send-only and receive-only channel types, channels of channels, %T", Patterns::directional),
      new Example("loopvar-go119", "the closure-in-loop trap under go1.19: one shared loop variable", Loops::trap119),
      new Example("loopvar-go122", "the same program under go1.22: a fresh variable per iteration", Loops::trap122),
      new Example("loopvar-fixcopy", "go1.19 fixed with an explicit copy, i := i", Loops::fixCopy),
      new Example("loopvar-fixarg", "go1.19 fixed by passing the variable as an argument", Loops::fixArgument),
      new Example("lockscope", "the seed's lock scoped by an anonymous function; defer wg.Done and defer mu.Unlock", Deferred::lockScope),
      new Example("deadlock-recv", "main waits on a channel nobody sends on: all goroutines are asleep [chan receive]", Failures::deadlockRecv),
      new Example("deadlock-send", "a send on a full channel with no receiver: deadlock [chan send]", Failures::deadlockSend),
      new Example("deadlock-select", "a select whose cases never become ready: deadlock [select]", Failures::deadlockSelect),
      new Example("deadlock-selectempty", "select {}: deadlock [select (no cases)]", Failures::deadlockSelectEmpty),
      new Example("deadlock-nilchan", "a receive from a nil channel: deadlock [chan receive (nil chan)]", Failures::deadlockNilChan),
      new Example("deadlock-mutex", "a Mutex locked twice: deadlock [semacquire]", Failures::deadlockMutex),
      new Example("deadlock-waitgroup", "a WaitGroup a goroutine forgot to mark Done: deadlock [semacquire]", Failures::deadlockWaitGroup),
      new Example("misuse-unlock", "unlock of an unlocked mutex: a fatal error", Failures::unlockUnlocked),
      new Example("misuse-negativewg", "one Done too many: panic: sync: negative WaitGroup counter", Failures::negativeWaitGroup),
      new Example("misuse-closeclosed", "close of a closed channel in a goroutine ends the program", Failures::closeClosed),
      new Example("misuse-closenil", "close of a nil channel", Failures::closeNil),
      new Example("misuse-sendclosed", "a send on a closed channel panics, buffer room or not", Failures::sendClosed),
      new Example("goroutine-panic", "an unrecovered panic in a worker goroutine ends the program", Failures::goroutinePanic));

  private static final List<Example> EVERY = java.util.stream.Stream.concat(ALL.stream(), GOROUTINES.stream()).toList();

  public static List<Example> all() {
    return EVERY;
  }

  public static Optional<Example> find(String name) {
    return all().stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
