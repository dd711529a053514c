#ifndef FIXTURE_LINUX_CONST_H
#define FIXTURE_LINUX_CONST_H
#define __FIX_CAT(a, b)	a##b
#define UL(x)		(__FIX_CAT(x, UL))
#define BIT(n)		(UL(1) << (n))
#endif
