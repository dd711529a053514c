// SPDX-License-Identifier: GPL-2.0
/*
 * ptprove kernel test: replay a vmemmap leaf counterexample on a running kernel.
 *
 * SCENARIO .ci/qemu/scenarios/cross-page (hand-written, not generated from a counterexample)
 * configuration: 64k pages, sizeof(struct page) = 56, matrix row 64k56-cross-fix
 *
 * The counterexample names memory units (sub-section aligned ranges of
 * ZONE_DEVICE memory), one unit that is removed while the others stay, and a
 * struct page of a staying unit that the modelled teardown clears. This test
 * adds every unit with memremap_pages() (MEMORY_DEVICE_GENERIC, no ops), in
 * the order given, at physical addresses far above RAM; reads every struct
 * page; removes the one unit with memunmap_pages(); and then reads every
 * struct page of every staying unit again, the model's witness first. If the
 * removal cleared a vmemmap leaf that still holds those struct pages, the
 * read faults ("Unable to handle kernel paging request" and an Oops, which
 * kills init and, with panic=-1, ends the boot): that oops is the verdict.
 * Otherwise each struct page is checked (pfn round trip, ZONE_DEVICE, its
 * dev_pagemap) and the test prints "ptprove-ktest: PASS" or
 * "ptprove-ktest: FAIL".
 *
 * Why an initcall and not KUnit: a fault in a KUnit case kills the kthread
 * that runs it, and KUnit then waits for the case's timeout and reports a
 * failure; here the fault itself, with its address and page-table walk, is
 * the result, and it should end the boot at once. The test runs at
 * late_initcall time only when the kernel command line has "ptprove_ktest",
 * so a kernel with it built in boots normally otherwise.
 *
 * Built in under mm/ (obj-y += ptprove_ktest.o); see docs/qemu.md of ptprove.
 */

#define pr_fmt(fmt) "ptprove-ktest: " fmt

/*
 * The messages print real addresses (%px) on purpose: the fault address and
 * page-table walk of an oops are matched against them.
 */

#include <linux/bug.h>
#include <linux/err.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/memremap.h>
#include <linux/mm.h>
#include <linux/mmzone.h>
#include <linux/numa.h>
#include <linux/printk.h>
#include <linux/sizes.h>

/* The configuration the counterexample was found in. */
#define PTPROVE_PAGE_SHIFT		16
#define PTPROVE_SIZEOF_STRUCT_PAGE	56
#define PTPROVE_SECTION_SIZE_BITS	29

#if PAGE_SHIFT != PTPROVE_PAGE_SHIFT
#error "ptprove-ktest: this test was generated for another PAGE_SHIFT"
#endif
#if SECTION_SIZE_BITS != PTPROVE_SECTION_SIZE_BITS
#error "ptprove-ktest: this test was generated for another SECTION_SIZE_BITS"
#endif

/* The units are placed at memstart_addr + PTPROVE_TEST_BASE + offset. */
#define PTPROVE_TEST_BASE	0x1000000000ULL

struct ptprove_unit {
	const char *name;
	u64 offset;	/* from PTPROVE_TEST_BASE, bytes */
	u64 size;	/* bytes */
};

static const struct ptprove_unit ptprove_units[] = {
	{ "K", 0x4600000ULL, 0x200000ULL },
	{ "R", 0x4800000ULL, 0x200000ULL },
};

#define PTPROVE_NR_UNITS	ARRAY_SIZE(ptprove_units)
#define PTPROVE_REMOVE		1
#define PTPROVE_WITNESS_UNIT	0
#define PTPROVE_WITNESS_PFN	0
#define PTPROVE_EXPECT		"hand-written"

static struct dev_pagemap ptprove_pgmaps[PTPROVE_NR_UNITS];
static bool ptprove_added[PTPROVE_NR_UNITS];

static bool ptprove_ktest_enabled __initdata;

static int __init ptprove_ktest_setup(char *str)
{
	ptprove_ktest_enabled = true;
	return 1;
}
__setup("ptprove_ktest", ptprove_ktest_setup);

static u64 __init ptprove_unit_phys(int i)
{
	return memstart_addr + PTPROVE_TEST_BASE + ptprove_units[i].offset;
}

/*
 * Read one struct page and check what memremap_pages() made of it. A vmemmap
 * leaf that was cleared under it faults on the READ_ONCE().
 */
static bool __init ptprove_check_page(int i, unsigned long pfn)
{
	struct page *page = pfn_to_page(pfn);
	unsigned long flags = READ_ONCE(page->flags);

	if (page_to_pfn(page) != pfn || page_zonenum(page) != ZONE_DEVICE ||
	    page->pgmap != &ptprove_pgmaps[i]) {
		pr_err("FAIL %s pfn %#lx: struct page %px flags %#lx zone %d pgmap %px (expected %px)\n",
		       ptprove_units[i].name, pfn, page, flags,
		       page_zonenum(page), page->pgmap, &ptprove_pgmaps[i]);
		return false;
	}
	return true;
}

static bool __init ptprove_check_unit(int i)
{
	unsigned long first = PHYS_PFN(ptprove_unit_phys(i));
	unsigned long n = PHYS_PFN(ptprove_units[i].size);
	unsigned long pfn;

	pr_info("check %s %lu pages struct page [%px..%px)\n",
		ptprove_units[i].name, n, pfn_to_page(first),
		pfn_to_page(first) + n);
	for (pfn = first; pfn < first + n; pfn++)
		if (!ptprove_check_page(i, pfn))
			return false;
	return true;
}

static int __init ptprove_add(int i)
{
	struct dev_pagemap *pgmap = &ptprove_pgmaps[i];
	u64 phys = ptprove_unit_phys(i);
	void *addr;

	pr_info("add %s phys=[%#llx..%#llx) struct page [%px..%px)\n",
		ptprove_units[i].name, phys, phys + ptprove_units[i].size,
		pfn_to_page(PHYS_PFN(phys)),
		pfn_to_page(PHYS_PFN(phys + ptprove_units[i].size)));
	pgmap->type = MEMORY_DEVICE_GENERIC;
	pgmap->range.start = phys;
	pgmap->range.end = phys + ptprove_units[i].size - 1;
	pgmap->nr_range = 1;
	addr = memremap_pages(pgmap, NUMA_NO_NODE);
	if (IS_ERR(addr)) {
		pr_err("FAIL add %s: memremap_pages() returned %ld\n",
		       ptprove_units[i].name, PTR_ERR(addr));
		return PTR_ERR(addr);
	}
	ptprove_added[i] = true;
	return 0;
}

static void __init ptprove_remove(int i, const char *why)
{
	pr_info("%s %s\n", why, ptprove_units[i].name);
	memunmap_pages(&ptprove_pgmaps[i]);
	ptprove_added[i] = false;
}

static int __init ptprove_ktest(void)
{
	const struct ptprove_unit *w = &ptprove_units[PTPROVE_WITNESS_UNIT];
	unsigned long wpfn;
	bool ok = true;
	int i;

	BUILD_BUG_ON(sizeof(struct page) != PTPROVE_SIZEOF_STRUCT_PAGE);
	BUILD_BUG_ON(PTPROVE_REMOVE >= PTPROVE_NR_UNITS);
	BUILD_BUG_ON(PTPROVE_WITNESS_UNIT >= PTPROVE_NR_UNITS);
	BUILD_BUG_ON(PTPROVE_WITNESS_UNIT == PTPROVE_REMOVE);
	BUILD_BUG_ON(PTPROVE_TEST_BASE & ((1ULL << SECTION_SIZE_BITS) - 1));

	if (!ptprove_ktest_enabled)
		return 0;

	pr_info("start: PAGE_SHIFT=%d sizeof(struct page)=%zu SECTION_SIZE_BITS=%d memstart_addr=%#llx vmemmap=%px model expects %s\n",
		PAGE_SHIFT, sizeof(struct page), SECTION_SIZE_BITS,
		(u64)memstart_addr, vmemmap, PTPROVE_EXPECT);

	for (i = 0; i < PTPROVE_NR_UNITS; i++) {
		if (ptprove_add(i)) {
			ok = false;
			goto out;
		}
	}
	for (i = 0; i < PTPROVE_NR_UNITS && ok; i++)
		ok = ptprove_check_unit(i);
	if (!ok)
		goto out;

	ptprove_remove(PTPROVE_REMOVE, "remove");

	/* The model's witness first: the struct page it says is cleared. */
	wpfn = PHYS_PFN(ptprove_unit_phys(PTPROVE_WITNESS_UNIT)) +
	       PTPROVE_WITNESS_PFN;
	pr_info("witness %s pfn %#lx (+%d) struct page %px\n", w->name, wpfn,
		PTPROVE_WITNESS_PFN, pfn_to_page(wpfn));
	ok = ptprove_check_page(PTPROVE_WITNESS_UNIT, wpfn);

	for (i = 0; i < PTPROVE_NR_UNITS && ok; i++)
		if (ptprove_added[i])
			ok = ptprove_check_unit(i);
	if (ok)
		pr_info("PASS every struct page of the staying units is mapped and intact after removing %s (model: %s)\n",
			ptprove_units[PTPROVE_REMOVE].name, PTPROVE_EXPECT);
out:
	if (!ok)
		pr_err("FAIL (model: %s)\n", PTPROVE_EXPECT);
	/* Tear down the rest, so that the free path runs to the end too. */
	for (i = 0; i < PTPROVE_NR_UNITS; i++)
		if (ptprove_added[i])
			ptprove_remove(i, "cleanup");
	pr_info("done\n");
	return 0;
}
late_initcall(ptprove_ktest);
