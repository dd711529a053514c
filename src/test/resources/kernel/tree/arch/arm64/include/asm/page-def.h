#ifndef FIXTURE_ASM_PAGE_DEF_H
#define FIXTURE_ASM_PAGE_DEF_H
#include <linux/const.h>
#define PAGE_SHIFT	CONFIG_ARM64_PAGE_SHIFT
#define PAGE_SIZE	(UL(1) << PAGE_SHIFT)
#endif
