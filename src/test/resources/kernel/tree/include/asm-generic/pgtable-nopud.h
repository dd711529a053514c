/* Fixture: folding the PUD level into the one above. */
#ifndef FIXTURE_PGTABLE_NOPUD_H
#define FIXTURE_PGTABLE_NOPUD_H
#define PUD_SHIFT	PGDIR_SHIFT
#define PTRS_PER_PUD	1
#endif
