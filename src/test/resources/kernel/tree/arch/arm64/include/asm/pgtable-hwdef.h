/* Fixture: level shifts in the style of an arm64 pgtable-hwdef.h. */
#ifndef FIXTURE_ASM_PGTABLE_HWDEF_H
#define FIXTURE_ASM_PGTABLE_HWDEF_H
#include <asm/memory.h>

#define HW_LEVEL_SHIFT(n)	((PAGE_SHIFT - 3) * (4 - (n)) + 3)
#define PTRS_PER_PTE		(1 << (PAGE_SHIFT - 3))

#if CONFIG_PGTABLE_LEVELS > 3
#define PUD_SHIFT		HW_LEVEL_SHIFT(1)
#define PTRS_PER_PUD		PTRS_PER_PTE
#endif

#define PGDIR_SHIFT		HW_LEVEL_SHIFT(4 - CONFIG_PGTABLE_LEVELS)
#define PTRS_PER_PGD		(1 << (VA_BITS - PGDIR_SHIFT))

#if CONFIG_PGTABLE_LEVELS <= 3
#include <asm-generic/pgtable-nopud.h>
#endif
#endif
