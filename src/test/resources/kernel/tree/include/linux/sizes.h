#ifndef FIXTURE_LINUX_SIZES_H
#define FIXTURE_LINUX_SIZES_H
#include <linux/const.h>
#define SZ_64K		0x00010000
#define SZ_1M		0x00100000
#define SZ_2M		0x00200000
#define SZ_1G		0x40000000
#define SZ_2G		0x80000000
#endif
