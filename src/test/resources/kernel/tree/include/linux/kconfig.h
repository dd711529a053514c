/* Fixture: what every translation unit of the kernel build reads first (-include). */
#ifndef FIXTURE_LINUX_KCONFIG_H
#define FIXTURE_LINUX_KCONFIG_H
#include <generated/autoconf.h>
#endif
