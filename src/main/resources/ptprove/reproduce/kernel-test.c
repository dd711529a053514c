// SPDX-License-Identifier: GPL-2.0
/*
 * ptprove kernel test: a refuted vmemmap leaf theorem, run on a kernel.
 *
@HEADER@
 *
 * Build it in under mm/ (obj-y += ptprove_ktest.o) and boot with "ptprove_ktest" on the command line. It adds
 * the units above with memremap_pages() (MEMORY_DEVICE_GENERIC: struct pages only, no memory behind them),
 * removes one with memunmap_pages(), then reads every struct page of the others. A boot-time initcall, not a
 * KUnit suite: the expected failure is a kernel paging fault, which kills the thread that takes it; KUnit would
 * then wait out its timeout, while here the oops itself (address and walk) is the verdict.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/memremap.h>
#include <linux/mm.h>
#include <linux/mmzone.h>
#include <linux/printk.h>
#include <asm/memory.h>

#if PAGE_SHIFT != @PAGE_SHIFT@
#error "ptprove_ktest: generated for PAGE_SHIFT @PAGE_SHIFT@"
#endif
#if SECTION_SIZE_BITS != @SECTION_SIZE_BITS@
#error "ptprove_ktest: generated for SECTION_SIZE_BITS @SECTION_SIZE_BITS@"
#endif

#define PTPROVE_SIZEOF_STRUCT_PAGE	@SIZEOF_STRUCT_PAGE@
#define PTPROVE_TEST_BASE		@TEST_BASE@ULL
#define PTPROVE_REMOVE			@REMOVE@
#define PTPROVE_WITNESS_UNIT		@WITNESS_UNIT@
#define PTPROVE_WITNESS_PFN		@WITNESS_PFN@UL
#define PTPROVE_EXPECT			"@EXPECT@"

struct ptprove_unit {
	const char *name;
	u64 offset;	/* from memstart_addr + PTPROVE_TEST_BASE */
	u64 size;
};

static const struct ptprove_unit ptprove_units[] = {
@UNITS@
};

#define PTPROVE_NR_UNITS ARRAY_SIZE(ptprove_units)

static struct dev_pagemap ptprove_pgmap[PTPROVE_NR_UNITS];
static bool ptprove_run __initdata;

static int __init ptprove_ktest_setup(char *s)
{
	ptprove_run = true;
	return 1;
}
__setup("ptprove_ktest", ptprove_ktest_setup);

static u64 __init ptprove_phys(int i)
{
	return memstart_addr + PTPROVE_TEST_BASE + ptprove_units[i].offset;
}

/* Reads the struct page of pfn; false (and says why) if it does not describe that pfn. */
static bool __init ptprove_check_page(int i, unsigned long pfn)
{
	struct page *page = pfn_to_page(pfn);
	unsigned long flags = READ_ONCE(page->flags);

	if (page_to_pfn(page) != pfn || page_zonenum(page) != ZONE_DEVICE) {
		pr_err("ptprove-ktest: FAIL %s pfn %#lx: struct page at %px reads flags %#lx (zone %d)\n",
		       ptprove_units[i].name, pfn, page, flags, page_zonenum(page));
		return false;
	}
	return true;
}

static bool __init ptprove_check_unit(int i)
{
	unsigned long first = PHYS_PFN(ptprove_phys(i));
	unsigned long n = ptprove_units[i].size >> PAGE_SHIFT, k;

	pr_info("ptprove-ktest: check %s: %lu struct pages from %px\n", ptprove_units[i].name, n,
		pfn_to_page(first));
	if (i == PTPROVE_WITNESS_UNIT) {
		pr_info("ptprove-ktest: witness: struct page of pfn %#lx at %px\n",
			first + PTPROVE_WITNESS_PFN, pfn_to_page(first + PTPROVE_WITNESS_PFN));
		if (!ptprove_check_page(i, first + PTPROVE_WITNESS_PFN))
			return false;
	}
	for (k = 0; k < n; k++)
		if (!ptprove_check_page(i, first + k))
			return false;
	return true;
}

static int __init ptprove_ktest(void)
{
	bool ok = true;
	int i;

	if (!ptprove_run)
		return 0;
	BUILD_BUG_ON(sizeof(struct page) != PTPROVE_SIZEOF_STRUCT_PAGE);
	pr_info("ptprove-ktest: start: %zu units, memstart_addr %#llx, model expects %s\n",
		PTPROVE_NR_UNITS, (u64)memstart_addr, PTPROVE_EXPECT);

	for (i = 0; i < PTPROVE_NR_UNITS; i++) {
		struct dev_pagemap *pgmap = &ptprove_pgmap[i];
		void *ret;

		pgmap->type = MEMORY_DEVICE_GENERIC;
		pgmap->range.start = ptprove_phys(i);
		pgmap->range.end = ptprove_phys(i) + ptprove_units[i].size - 1;
		pgmap->nr_range = 1;
		pr_info("ptprove-ktest: add %s phys=[%#llx, %#llx)\n", ptprove_units[i].name,
			ptprove_phys(i), ptprove_phys(i) + ptprove_units[i].size);
		ret = memremap_pages(pgmap, NUMA_NO_NODE);
		if (IS_ERR(ret)) {
			pr_err("ptprove-ktest: ERROR memremap_pages(%s) = %ld\n", ptprove_units[i].name,
			       PTR_ERR(ret));
			return 0;
		}
	}

	pr_info("ptprove-ktest: remove %s\n", ptprove_units[PTPROVE_REMOVE].name);
	memunmap_pages(&ptprove_pgmap[PTPROVE_REMOVE]);

	for (i = 0; i < PTPROVE_NR_UNITS; i++)
		if (i != PTPROVE_REMOVE)
			ok &= ptprove_check_unit(i);
	if (ok)
		pr_info("ptprove-ktest: PASS: every struct page of every surviving unit is readable\n");
	return 0;
}
late_initcall(ptprove_ktest);
