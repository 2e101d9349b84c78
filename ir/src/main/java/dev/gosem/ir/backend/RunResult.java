package dev.gosem.ir.backend;

/** RunResult is what a finished program printed on each stream (UTF-8) and its exit code. */
public record RunResult(String stdout, String stderr, int exitCode) {}
