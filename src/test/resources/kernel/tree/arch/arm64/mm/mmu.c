// Fixture: kernel-style helpers for ptprove's tests (written for ptprove).
#include <linux/const.h>
#include <asm/memory.h>

#define FIXTURE_LOCAL_MASK	(PAGE_SIZE - 1)

static unsigned long fixture_counter;

/* A floor/ceiling test in the kernel's style. */
static bool range_fits(unsigned long start, unsigned long end,
		       unsigned long floor, unsigned long ceiling,
		       unsigned long mask)
{
	start &= mask;
	if (start < floor)
		return false;

	if (ceiling) {
		ceiling &= mask;
		if (!ceiling)
			return false;
	}

	return end - 1 <= ceiling - 1;
}

static inline unsigned long page_down(unsigned long addr)
{
	unsigned long low = addr & FIXTURE_LOCAL_MASK;

	return addr - low;
}

static unsigned long next_page(unsigned long addr)
{
	unsigned long next = page_down(addr) + PAGE_SIZE;

	next++;
	next--;
	return likely(next) ? next : 0;
}

static unsigned long sums(unsigned long n)
{
	unsigned long s = 0;

	while (n) {
		s += n;
		n--;
	}
	return s;
}

static unsigned long counted(unsigned long n)
{
	return n + fixture_counter;
}

static unsigned long through_pointer(unsigned long *p)
{
	return *p;
}

static unsigned long int_shift(unsigned long n)
{
	return 1 << n;
}

static unsigned long config_dependent(unsigned long a)
{
#ifdef CONFIG_FIXTURE_BIG_GAP
	return a + 1;
#endif
	return a;
}

static int narrow(unsigned long a)
{
	return a != 0;
}
