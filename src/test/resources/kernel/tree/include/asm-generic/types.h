/* Fixture: reached through Kbuild's generic-y wrapper for asm/types.h, which a bare tree lacks. */
#ifndef FIXTURE_ASM_GENERIC_TYPES_H
#define FIXTURE_ASM_GENERIC_TYPES_H
#define FIXTURE_GENERIC_TYPES	1
#endif
