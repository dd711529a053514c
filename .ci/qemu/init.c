// SPDX-License-Identifier: GPL-2.0
/*
 * The whole user space of the QEMU matrix (docs/qemu.md): print one line and
 * power off. Built static for aarch64 by .ci/qemu/run-matrix. Reaching it
 * means the kernel finished its initcalls (the ptprove kernel test among
 * them) without an oops.
 */
#include <stdio.h>
#include <sys/reboot.h>
#include <unistd.h>

int main(void)
{
	printf("ptprove-init: reached user space, powering off\n");
	fflush(stdout);
	sync();
	reboot(RB_POWER_OFF);
	return 1;
}
