/*
 * Fixture: a kernel-style memory layout header, written for ptprove's tests.
 */
#ifndef FIXTURE_ASM_MEMORY_H
#define FIXTURE_ASM_MEMORY_H

#include <linux/const.h>
#include <linux/sizes.h>
#include <linux/log2.h>
#include <asm/page-def.h>
#include <asm/types.h>

#define VA_BITS			(CONFIG_ARM64_VA_BITS)
#define _PAGE_OFFSET(va)	(-(UL(1) << (va)))
#define _PAGE_END(va)		(-(UL(1) << ((va) - 1)))
#define PAGE_OFFSET		(_PAGE_OFFSET(VA_BITS))
#define PAGE_END		(_PAGE_END(VA_BITS))

#define STRUCT_PAGE_MAX_SHIFT	(order_base_2(sizeof(struct page)))
#define VMEMMAP_SHIFT		(PAGE_SHIFT - STRUCT_PAGE_MAX_SHIFT)
#define VMEMMAP_SIZE		((PAGE_END - PAGE_OFFSET) >> VMEMMAP_SHIFT)
#define VMEMMAP_START		(-(UL(1) << (VA_BITS - VMEMMAP_SHIFT)))
#define VMEMMAP_END		(VMEMMAP_START + VMEMMAP_SIZE)
#define MODULES_VADDR		(PAGE_END)
#define MODULES_END		(MODULES_VADDR + SZ_2G)

#ifdef CONFIG_FIXTURE_BIG_GAP
#define FIXTURE_GAP		SZ_2M
#else
#define FIXTURE_GAP		SZ_64K
#endif

/* values C computes in int, unsigned int or long, before a spec reads them as unsigned long */
#define FIXTURE_INT_WRAP	(1 << 31)
#define FIXTURE_UINT		(0xffffffff + 1)
#define FIXTURE_NEGATIVE	(-SZ_1M)
#define FIXTURE_GENERIC		FIXTURE_GENERIC_TYPES

/* what ptprove cannot evaluate, for its diagnostics */
#define RUNTIME_PAGE_END	(_PAGE_END(vabits_actual))
#define FOLIO_SIZE		(sizeof(struct folio))
#define FIXTURE_DEREF		(*(unsigned long *)PAGE_OFFSET)
#define FIXTURE_ENUM		(__end_of_fixed_addresses << PAGE_SHIFT)
#define FIXTURE_WIDE_SHIFT	(UL(1) << 64)

#endif
