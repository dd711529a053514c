/* Fixture: stops unless the compiler predefines look like gcc's. */
#ifndef FIXTURE_COMPILER_TYPES_H
#define FIXTURE_COMPILER_TYPES_H
#if !defined(__GNUC__) || !__has_attribute(__unused__)
#error "fixture: not a gcc-like compiler"
#endif
#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)
#endif
