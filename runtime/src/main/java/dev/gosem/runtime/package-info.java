/**
 * The runtime that compiled Go programs call on the JVM. docs/jvm-representation.md is the
 * contract between it and the generated code.
 *
 * <p>Conventions shared with the JVM backend:
 *
 * <ul>
 *   <li>A Go string is a {@link java.lang.String} whose chars are bytes (0..255), holding the
 *       string's UTF-8 bytes; see {@link dev.gosem.runtime.GoStrings}.
 *   <li>Values passed as {@code Object} (to fmt, to panic, in maps and interface variables) are
 *       interface values: Long, Double, Boolean, String for int, float64, bool and string, struct
 *       objects ({@link dev.gosem.runtime.GoStruct}) for pointers to structs, {@link
 *       dev.gosem.runtime.Boxed} or generated boxes ({@link dev.gosem.runtime.GoValue}) for
 *       everything else, null for nil; their Go types are {@link dev.gosem.runtime.TypeDesc}s.
 *   <li>Slices are the headers of {@link dev.gosem.runtime.slice}, maps are {@link
 *       dev.gosem.runtime.GoMap}s, pointers to non-struct variables are {@link
 *       dev.gosem.runtime.LongRef} and its siblings.
 *   <li>Generated classes live in packages starting with {@code go.} (package main's functions
 *       as static methods of {@code go.main.Main}); crash tracebacks show only their frames.
 *   <li>Runtime panics are made by {@link dev.gosem.runtime.Panics} and thrown by the caller;
 *       os.Exit unwinds as {@link dev.gosem.runtime.GoExit}; {@link
 *       dev.gosem.runtime.GoProcess#run} turns both into an exit status.
 * </ul>
 */
package dev.gosem.runtime;
