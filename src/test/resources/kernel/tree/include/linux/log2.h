/* Fixture: a compile-time order_base_2 with the run-time helper as the fallback, as the kernel's log2.h does. */
#ifndef FIXTURE_LINUX_LOG2_H
#define FIXTURE_LINUX_LOG2_H
#define fixture_ilog2(n) (63 - __builtin_clzll(n))
#define order_base_2(n)						\
(								\
	__builtin_constant_p(n) ? (				\
		((n) == 0 || (n) == 1) ? 0 :			\
		fixture_ilog2((n) - 1) + 1) :			\
	__order_base_2(n)					\
)
#endif
