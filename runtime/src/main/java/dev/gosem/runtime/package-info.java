/**
 * The runtime that compiled Go programs call on the JVM.
 *
 * <p>Conventions shared with the JVM backend:
 *
 * <ul>
 *   <li>A Go string is a {@link java.lang.String} whose chars are bytes (0..255), holding the
 *       string's UTF-8 bytes; see {@link dev.gosem.runtime.GoStrings}.
 *   <li>Values passed as {@code Object} (to fmt, to panic) are boxed as Boolean, Long (signed
 *       integers, sign-extended), {@link dev.gosem.runtime.Unsigned}, Double (float64), Float
 *       (float32), String, {@link dev.gosem.runtime.GoError}, {@link
 *       dev.gosem.runtime.GoStringer}, or null for nil.
 *   <li>Generated classes live in packages starting with {@code go.} (package main's functions
 *       as static methods of {@code go.main.Main}); crash tracebacks show only their frames.
 *   <li>Runtime panics are made by {@link dev.gosem.runtime.Panics} and thrown by the caller;
 *       os.Exit unwinds as {@link dev.gosem.runtime.GoExit}; {@link
 *       dev.gosem.runtime.GoProcess#run} turns both into an exit status.
 * </ul>
 */
package dev.gosem.runtime;
