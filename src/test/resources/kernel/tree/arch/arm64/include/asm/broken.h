/* Fixture: a header that cannot be preprocessed in every configuration. */
#ifndef FIXTURE_ASM_BROKEN_H
#define FIXTURE_ASM_BROKEN_H
#define FIXTURE_BROKEN	1
#ifndef CONFIG_HZ
#error "fixture: CONFIG_HZ is not set"
#endif
#include <asm/generated-by-kbuild.h>
#endif
