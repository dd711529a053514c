#!/usr/bin/env python3
"""Independent oracle for specs/arm64/layout.ptl and the hot-remove table-sharing grid.

Computes, straight from the formulas in docs/kernel/arm64-layouts.md (which are transcriptions of
arch/arm64/include/asm/{memory.h,pgtable.h,pgtable-hwdef.h,fixmap.h} per era), every supported configuration's
constants and regions, with exact C `unsigned long` arithmetic (Python ints masked to 64 bits). It does NOT read
the values or formulas of the .ptl files: the only thing it takes from them is the list of `let` and `region`
names, to check that the spec and the oracle talk about the same things (a self-check printed on stderr).

Usage (from anywhere):
    python3 arm64_layout.py            # layout JSON, the shape of `ptprove layout --format json`
    python3 arm64_layout.py --grid     # predicted naive-policy grid and V7 flag table (expected-naive-grid.json)
Reference-point checks and the name self-check go to stderr; the exit status is 1 if any of them fails.

JSON conventions (ours, to be matched by ptprove's renderer): configurations in param enumeration order (ERA
outermost, then PAGE_SHIFT, then VA_BITS, each in domain order); every unsigned long as a lowercase hex string
without padding ("0x0", "0xffff800000000000"); constants in declaration order, imports first (geometry.ptl, then
layout.ptl); regions in declaration order.
"""
import json
import os
import re
import sys

U64 = (1 << 64) - 1


def u(x):
    """C unsigned long: wrap to 64 bits (covers unary minus, i.e. two's complement)."""
    return x & U64


def hx(x):
    assert 0 <= x <= U64, x
    return hex(x)


ERAS = [504, 511, 517, 605, 609, 614]
PAGE_SHIFTS = [12, 14, 16]
VA_BITS_DOMAIN = [36, 39, 42, 47, 48, 52]

# arm64-layouts.md "Supported (granule, VA_BITS, levels)"; the levels column is checked against the formula below.
SUPPORTED = {(12, 39): 3, (12, 48): 4, (14, 36): 2, (14, 47): 3, (14, 48): 4, (16, 42): 2, (16, 48): 3, (16, 52): 3}
SUPPORTED_609 = {(12, 52): 5, (14, 52): 4}

SZ_1M = 1 << 20
SZ_2M, SZ_8M, SZ_16M, SZ_32M = 2 * SZ_1M, 8 * SZ_1M, 16 * SZ_1M, 32 * SZ_1M
SZ_64K = 64 << 10
SZ_128M, SZ_256M, SZ_1G, SZ_2G = 128 * SZ_1M, 256 * SZ_1M, 1 << 30, 2 << 30
STRUCT_PAGE_SIZE = 64  # sizeof(struct page), STRUCT_PAGE_MAX_SHIFT = 6 (arm64-layouts.md assumption)

# Not in arm64-layouts.md: our bound on the whole fixmap, [FIXADDR_TOT_START, FIXADDR_TOP). See layout.ptl for the
# derivation (FIX_FDT_SIZE alone is 4 MiB up to the FDT-window shrink; early-ioremap slots 1.75 MiB; <= ~80 pages
# of 64K for the rest), which is why 4 MiB would under-approximate.
FIXADDR_TOT_SIZE_BOUND = SZ_8M


def supported(era, ps, va):
    return (ps, va) in SUPPORTED or (era >= 609 and (ps, va) in SUPPORTED_609)


def configs():
    for era in ERAS:
        for ps in PAGE_SHIFTS:
            for va in VA_BITS_DOMAIN:
                if supported(era, ps, va):
                    yield era, ps, va


def level_shift(ps, n):
    """ARM64_HW_PGTABLE_LEVEL_SHIFT(n) = (PAGE_SHIFT - 3) * (4 - n) + 3, n in -1..3."""
    return (ps - 3) * (4 - n) + 3


def geometry(ps, va):
    levels = (va - 4) // (ps - 3)
    pgdir = level_shift(ps, 4 - levels)
    p4d = level_shift(ps, 0) if levels > 4 else pgdir
    pud = level_shift(ps, 1) if levels > 3 else p4d
    pmd = level_shift(ps, 2) if levels > 2 else pud
    ptrs = 1 << (ps - 3)
    c = {}
    c["PAGE_SIZE"] = 1 << ps
    c["PGTABLE_LEVELS"] = levels
    c["PGDIR_SHIFT"] = pgdir
    c["PGDIR_SIZE"] = 1 << pgdir
    c["PGDIR_MASK"] = u(~((1 << pgdir) - 1))
    c["P4D_SHIFT"] = p4d
    c["P4D_SIZE"] = 1 << p4d
    c["P4D_MASK"] = u(~((1 << p4d) - 1))
    c["PUD_SHIFT"] = pud
    c["PUD_SIZE"] = 1 << pud
    c["PUD_MASK"] = u(~((1 << pud) - 1))
    c["PMD_SHIFT"] = pmd
    c["PMD_SIZE"] = 1 << pmd
    c["PMD_MASK"] = u(~((1 << pmd) - 1))
    c["PTRS_PER_PTE"] = ptrs
    c["PTRS_PER_PMD"] = ptrs if levels > 2 else 1
    c["PTRS_PER_PUD"] = ptrs if levels > 3 else 1
    c["PTRS_PER_P4D"] = ptrs if levels > 4 else 1
    c["PTRS_PER_PGD"] = 1 << (va - pgdir)
    # Present non-leaf levels, top first, with their shifts (the pagetable's folding).
    present = [("pgd", pgdir)]
    if levels > 4:
        present.append(("p4d", p4d))
    if levels > 3:
        present.append(("pud", pud))
    if levels > 2:
        present.append(("pmd", pmd))
    return c, present


def page_offset(va):
    return u(-(1 << va))


def page_end(va):
    return u(-(1 << (va - 1)))


def layout(era, ps, va):
    c, present = geometry(ps, va)
    vabits_actual = va  # arm64-layouts.md: the hardware supports the configured VA size
    va_min = (47 if (era >= 609 and ps == 14) else 48) if va > 48 else va
    c["vabits_actual"] = vabits_actual
    c["STRUCT_PAGE_MAX_SHIFT"] = 6
    c["PCI_IO_SIZE"] = SZ_16M
    c["VA_BITS_MIN"] = va_min
    c["PAGE_OFFSET"] = page_offset(va)
    c["PAGE_END"] = page_end(va_min) if era >= 511 else page_end(vabits_actual)
    c["VMEMMAP_SHIFT"] = ps - 6
    c["VMEMMAP_RANGE"] = u(page_end(va_min) - page_offset(va))
    if era >= 609:
        vmemmap_size = u((c["VMEMMAP_RANGE"] >> ps) * STRUCT_PAGE_SIZE)
        vmemmap_end = u(-SZ_1G)
        vmemmap_start = u(vmemmap_end - vmemmap_size)
    elif era >= 511:
        vmemmap_size = c["VMEMMAP_RANGE"] >> (ps - 6)
        vmemmap_start = u(-(1 << (va - (ps - 6))))
        vmemmap_end = u(vmemmap_start + vmemmap_size)
    else:
        vmemmap_size = c["VMEMMAP_RANGE"] >> (ps - 6)
        vmemmap_start = u(-vmemmap_size - SZ_2M)
        vmemmap_end = u(vmemmap_start + vmemmap_size)
    c["VMEMMAP_SIZE"] = vmemmap_size
    c["VMEMMAP_START"] = vmemmap_start
    c["VMEMMAP_END"] = vmemmap_end
    if era >= 609:
        pci_start = u(vmemmap_end + SZ_8M)
        pci_end = u(pci_start + SZ_16M)
        fix_top = u(-SZ_8M)
    elif era >= 511:
        pci_end = u(vmemmap_start - SZ_8M)
        pci_start = u(pci_end - SZ_16M)
        fix_top = u(vmemmap_start - SZ_32M)
    else:
        pci_end = u(vmemmap_start - SZ_2M)
        pci_start = u(pci_end - SZ_16M)
        fix_top = u(pci_start - SZ_2M)
    c["PCI_IO_START"] = pci_start
    c["PCI_IO_END"] = pci_end
    c["FIXADDR_TOP"] = fix_top
    c["FIXADDR_TOT_SIZE_BOUND"] = FIXADDR_TOT_SIZE_BOUND
    c["FIXADDR_TOT_START"] = u(fix_top - FIXADDR_TOT_SIZE_BOUND)
    # BPF JIT region: v5.4-v5.16 only; absent (empty, at _PAGE_END(VA_BITS_MIN)) afterwards.
    bpf_start = page_end(va_min)  # v5.4: KASAN_SHADOW_END == _PAGE_END(VA_BITS_MIN) without KASAN
    bpf_size = SZ_128M if era <= 511 else 0
    c["BPF_JIT_REGION_START"] = bpf_start
    c["BPF_JIT_REGION_SIZE"] = bpf_size
    c["BPF_JIT_REGION_END"] = u(bpf_start + bpf_size)
    c["MODULES_VADDR"] = c["BPF_JIT_REGION_END"] if era <= 511 else page_end(va_min)
    c["MODULES_VSIZE"] = SZ_2G if era >= 605 else SZ_128M
    c["MODULES_END"] = u(c["MODULES_VADDR"] + c["MODULES_VSIZE"])
    c["VMALLOC_START"] = c["MODULES_END"]
    # pgtable.h v6.9+ (only when VA_BITS > VA_BITS_MIN there); 0 whenever vabits_actual == VA_BITS.
    unused_npages = u(page_offset(vabits_actual) - page_offset(va)) >> ps
    c["VMEMMAP_UNUSED_NPAGES"] = unused_npages
    if era >= 609:
        if va == va_min:
            c["VMALLOC_END"] = u(vmemmap_start - SZ_8M)
        else:
            c["VMALLOC_END"] = u(vmemmap_start + unused_npages * STRUCT_PAGE_SIZE - SZ_8M)
    elif era >= 511:
        c["VMALLOC_END"] = u(vmemmap_start - SZ_256M)
    else:
        c["VMALLOC_END"] = u(-c["PUD_SIZE"] - vmemmap_size - SZ_64K)
    regions = [
        ("linear", c["PAGE_OFFSET"], c["PAGE_END"]),
        ("bpf_jit", c["BPF_JIT_REGION_START"], c["BPF_JIT_REGION_END"]),
        ("modules", c["MODULES_VADDR"], c["MODULES_END"]),
        ("vmalloc", c["VMALLOC_START"], c["VMALLOC_END"]),
        ("fixmap", c["FIXADDR_TOT_START"], c["FIXADDR_TOP"]),
        ("pci_io", c["PCI_IO_START"], c["PCI_IO_END"]),
        ("vmemmap", c["VMEMMAP_START"], c["VMEMMAP_END"]),
        ("kernel_half", c["PAGE_OFFSET"], 0),  # [PAGE_OFFSET, 0): end 0 = top of the address space
    ]
    return c, regions, present


# The order in which the constants appear as `let`s in specs/arm64/geometry.ptl then layout.ptl.
CONSTANT_ORDER = [
    "PAGE_SIZE", "PGTABLE_LEVELS", "PGDIR_SHIFT", "PGDIR_SIZE", "PGDIR_MASK", "P4D_SHIFT", "P4D_SIZE", "P4D_MASK",
    "PUD_SHIFT", "PUD_SIZE", "PUD_MASK", "PMD_SHIFT", "PMD_SIZE", "PMD_MASK",
    "PTRS_PER_PTE", "PTRS_PER_PMD", "PTRS_PER_PUD", "PTRS_PER_P4D", "PTRS_PER_PGD",
    "vabits_actual", "STRUCT_PAGE_MAX_SHIFT", "PCI_IO_SIZE", "VA_BITS_MIN", "PAGE_OFFSET", "PAGE_END",
    "VMEMMAP_SHIFT", "VMEMMAP_RANGE", "VMEMMAP_SIZE", "VMEMMAP_START", "VMEMMAP_END",
    "PCI_IO_START", "PCI_IO_END", "FIXADDR_TOP", "FIXADDR_TOT_SIZE_BOUND", "FIXADDR_TOT_START",
    "BPF_JIT_REGION_START", "BPF_JIT_REGION_SIZE", "BPF_JIT_REGION_END",
    "MODULES_VADDR", "MODULES_VSIZE", "MODULES_END", "VMALLOC_START", "VMEMMAP_UNUSED_NPAGES", "VMALLOC_END",
]


def layout_json():
    out = []
    for era, ps, va in configs():
        c, regions, _ = layout(era, ps, va)
        assert set(c) == set(CONSTANT_ORDER), set(c) ^ set(CONSTANT_ORDER)
        out.append({
            "config": {"ERA": era, "PAGE_SHIFT": ps, "VA_BITS": va},
            "constants": {k: hx(c[k]) for k in CONSTANT_ORDER},
            "regions": [{"name": n, "start": hx(s), "end": hx(e)} for n, s, e in regions],
        })
    return {"spec": "specs/arm64/layout.ptl", "layouts": out}


# ---------------------------------------------------------------------------------------------------------------
# Table sharing. For addresses in the kernel half, two addresses use the same table page below a level-L entry iff
# they agree on addr >> shift(L) (hotremove.md). A region [s, e) (e == 0: top) touches the index interval
# [s >> shift, (e - 1) >> shift]; two regions share a table below level L iff those intervals intersect.

def nonempty(start, end):
    return start < (end if end else 1 << 64)  # end 0 = top of the address space


def shared_levels(r1, r2, present):
    """Non-leaf levels at which some address of r1 and some address of r2 have the same addr >> shift."""
    if not (nonempty(*r1) and nonempty(*r2)):
        return []
    return [name for name, shift in present
            if r1[0] >> shift <= u(r2[1] - 1) >> shift and r2[0] >> shift <= u(r1[1] - 1) >> shift]


def v7_flag(c, last_byte=False):
    """vmalloc_vmemmap_overlap as find_vmalloc_vmemmap_overlap() in the V7 patch computes it (hotremove.md), with
    the exclusive VMALLOC_END; last_byte=True uses the last vmalloc (or vmemmap) byte instead, which is what
    "shares a pgd entry" really needs."""
    d = 1 if last_byte else 0
    if c["VMEMMAP_START"] > c["VMALLOC_END"]:
        gap_start, gap_end = u(c["VMALLOC_END"] - d), c["VMEMMAP_START"]
    else:
        gap_start, gap_end = u(c["VMEMMAP_END"] - d), c["VMALLOC_START"]
    return (gap_start & c["PGDIR_MASK"]) == (gap_end & c["PGDIR_MASK"])


def verdict(proved):
    return "proved" if proved else "refuted"


def contains_whole_entry(region, shift):
    """Some entry of span 1 << shift lies wholly inside the region (a table the merged policy may free)."""
    s, e = region
    first = u(((s - 1) | ((1 << shift) - 1)) + 1)  # round_up(s, span)
    return first >= s and first + (1 << shift) <= e


def layout_theorems(c, r, era, ps, va):
    """Predicted verdicts of specs/arm64/layout.ptl's theorems, from the oracle's own numbers."""
    names = ["linear", "bpf_jit", "modules", "vmalloc", "fixmap", "pci_io", "vmemmap"]

    def overlaps(a, b):
        (s1, e1), (s2, e2) = r[a], r[b]
        return s1 < e1 and s2 < e2 and s1 < e2 and s2 < e1

    def chain(order):
        return all(r[a][1] <= r[b][0] for a, b in zip(order, order[1:]))

    page = 1 << ps
    out = {
        "regions_nonempty": all(r[n][0] < r[n][1] for n in names if n != "bpf_jit"),
        "regions_in_kernel_half": all(r[n][0] >= c["PAGE_OFFSET"] for n in names),
        "regions_pairwise_disjoint": not any(overlaps(a, b) for i, a in enumerate(names) for b in names[i + 1:]),
        "regions_page_aligned": all(x % page == 0 for n in names for x in r[n]),
        "vmemmap_covers_linear_map":
            c["VMEMMAP_START"] + ((c["PAGE_END"] - c["PAGE_OFFSET"]) >> ps) * STRUCT_PAGE_SIZE <= c["VMEMMAP_END"],
    }
    if era <= 511:
        out["bpf_jit_nonempty"] = r["bpf_jit"][1] - r["bpf_jit"][0] == SZ_128M
        out["layout_order_v5_4"] = chain(["linear", "bpf_jit", "modules", "vmalloc", "fixmap", "pci_io", "vmemmap"])
    else:
        out["bpf_jit_absent"] = r["bpf_jit"][0] == r["bpf_jit"][1]
    if 517 <= era < 609:
        out["layout_order_v5_17"] = chain(["linear", "modules", "vmalloc", "fixmap", "pci_io", "vmemmap"])
    if era >= 609:
        out["layout_order_v6_9"] = chain(["linear", "modules", "vmalloc", "vmemmap", "pci_io", "fixmap"])
    return {k: verdict(v) for k, v in out.items()}


def reference_theorems(era, ps, va):
    """The memory_rst_* theorems of layout.ptl that apply to this configuration; check_reference_points() is
    what makes them "proved" (it fails the run otherwise)."""
    names = {(517, 12, 48): "memory_rst_v6_1_4k_48"}
    names.update({(e, 12, 48): "memory_rst_v6_9_4k_48" for e in (609, 614)})
    names.update({(e, 16, 52): "memory_rst_v6_9_64k_52" for e in (609, 614)})
    for _, (e, p, v), _ in REFERENCE_POINTS_V5_4:
        names[(e, p, v)] = f"memory_rst_v5_4_{1 << (p - 10)}k_{v}"
    return {names[(era, ps, va)]: "proved"} if (era, ps, va) in names else {}


def grid_json():
    rows = []
    for era, ps, va in configs():
        c, regions, present = layout(era, ps, va)
        r = {n: (s, e) for n, s, e in regions}
        share_vmalloc = shared_levels(r["vmalloc"], r["vmemmap"], present)
        share_pci = shared_levels(r["pci_io"], r["vmemmap"], present)
        share_fix = shared_levels(r["fixmap"], r["vmemmap"], present)
        lin_vmalloc = shared_levels(r["linear"], r["vmalloc"], present)
        lin_vmemmap = shared_levels(r["linear"], r["vmemmap"], present)
        flag = v7_flag(c)
        shares = bool(share_vmalloc)
        lowest = present[-1][1]  # smallest span among the non-leaf levels
        merged_vmemmap_witness = contains_whole_entry(r["vmemmap"], lowest)
        merged_linear_witness = contains_whole_entry(r["linear"], lowest)
        rows.append({
            "config": {"ERA": era, "PAGE_SHIFT": ps, "VA_BITS": va},
            "levels": [n for n, _ in present],
            "vmalloc_vmemmap_shared_levels": share_vmalloc,
            "shares_table_vmalloc_vmemmap": shares,
            "vmemmap_pci_io_shared_levels": share_pci,
            "vmemmap_fixmap_shared_levels": share_fix,
            "linear_vmalloc_shared_levels": lin_vmalloc,
            "linear_vmemmap_shared_levels": lin_vmemmap,
            "v7_vmalloc_vmemmap_overlap": flag,
            "v7_flag_inclusive_end": v7_flag(c, last_byte=True),
            "expected": {
                "geometry.ptl": {k: "proved" for k in (
                    "levels_as_documented", "levels_cover_va_bits", "shifts_descend",
                    "pagetable_matches_kernel_macros")},
                "layout.ptl": dict(layout_theorems(c, r, era, ps, va), **reference_theorems(era, ps, va)),
                "hotremove.ptl": dict(
                    {k: "proved" for k in (
                        "vmemmap_free_spares_vmalloc", "vmemmap_free_spares_modules", "vmemmap_free_spares_fixmap",
                        "vmemmap_free_spares_pci_io", "vmemmap_free_spares_linear",
                        "vmemmap_free_spares_vmalloc_subpage", "remove_pgd_mapping_spares_vmalloc",
                        "remove_pgd_mapping_spares_vmemmap", "remove_pgd_mapping_spares_modules")},
                    # geometry-only lemmas, checked in the latest era (which has every geometry)
                    **({k: "proved" for k in ("merged_frees_only_within_floor_ceiling",
                                              "merged_frees_wholly_inside")} if era == 614 else {}),
                    **({"vmemmap_free_spares_bpf_jit": "proved"} if era <= 511 else {}),
                    merged_policy_frees_something="witnessed" if merged_vmemmap_witness else "unwitnessed",
                    merged_linear_remove_frees_something="witnessed" if merged_linear_witness else "unwitnessed"),
                "hotremove-naive.ptl": {
                    "vmemmap_free_spares_vmalloc": verdict(not shares),
                    "vmemmap_free_spares_pci_io": verdict(not share_pci),
                    "vmemmap_free_spares_fixmap": verdict(not share_fix),
                    "naive_frees_vmalloc_table": "witnessed" if shares else "unwitnessed",
                    "remove_pgd_mapping_spares_vmalloc": verdict(not lin_vmalloc),
                    "remove_pgd_mapping_spares_vmemmap": verdict(not lin_vmemmap),
                    "naive_unsafe_only_if_shared": "proved",
                    "shares_table_matches_oracle": "proved",
                },
                "hotremove-v7.ptl": {
                    "v7_build_bug_ons_hold": verdict(
                        c["VMALLOC_END"] > c["VMALLOC_START"] and c["VMEMMAP_END"] > c["VMEMMAP_START"]
                        and not (c["VMALLOC_START"] <= c["VMEMMAP_START"] <= c["VMALLOC_END"])
                        and not (c["VMALLOC_START"] <= c["VMEMMAP_END"] <= c["VMALLOC_END"])),
                    "vmemmap_free_spares_vmalloc": verdict(flag or not shares),
                    "v7_flag_sound": verdict(flag or not shares),
                    "v7_flag_exact": verdict(not flag or shares),
                    "v7_exclusive_end_harmless": verdict(flag == v7_flag(c, last_byte=True)),
                    "v7_vmemmap_free_frees_something": "unwitnessed" if flag else "witnessed",
                    "remove_pgd_mapping_spares_vmalloc": verdict(not lin_vmalloc),
                    "remove_pgd_mapping_spares_vmemmap": verdict(not lin_vmemmap),
                    "v7_flag_matches_oracle": "proved",
                },
            },
        })
    return {
        "spec": "specs/arm64/hotremove-naive.ptl",
        "note": "Predicted by src/test/resources/layout-oracle/arm64_layout.py from arm64-layouts.md; "
                "a table is shared below level L when some address of each region has the same addr >> shift(L). "
                "'expected' lists the predicted verdict of every property of every arm64 spec in this configuration "
                "(properties restricted away by their 'if' are absent).",
        "grid": rows,
    }


# ---------------------------------------------------------------------------------------------------------------
# A literal simulation of the C loops (free_empty_tables() and the free_empty_*_table() helpers, with
# pXd_addr_end() and pgtable_range_aligned()), run on edge-case ranges: independent evidence for the "proved"
# predictions of the merged policy and the naive grid. Emptiness is unknown, so "may free" = the guard holds.

def pxd_addr_end(addr, end, size):
    boundary = u((addr + size) & ~(size - 1))
    return boundary if u(boundary - 1) < u(end - 1) else end


def pgtable_range_aligned(start, end, floor, ceiling, mask):
    start &= mask
    if start < floor:
        return False
    if ceiling:
        ceiling &= mask
        if not ceiling:
            return False
    if u(end - 1) > u(ceiling - 1):
        return False
    return True


def simulate(present, addr, end, guard, out, depth=0):
    """Walk [addr, end) at non-leaf level `depth`; record (level, entry base) of every table the guard lets go."""
    name, shift = present[depth]
    size, mask = 1 << shift, u(~((1 << shift) - 1))
    while True:
        nxt = pxd_addr_end(addr, end, size)
        if depth + 1 < len(present):
            simulate(present, addr, nxt, guard, out, depth + 1)
        if guard(addr, nxt, mask):
            out.add((name, addr & mask, size))
        addr = nxt
        if not addr < end:
            break


def simulation_ranges(lo, hi, present, ps):
    """Ranges inside [lo, hi) that touch few lowest-level entries: around both ends and every level boundary."""
    page = 1 << ps
    small = present[-1][1]
    points = {lo, u(hi - page)}
    for _, shift in present:
        size = 1 << shift
        for base in (u(((lo - 1) | (size - 1)) + 1), hi & u(~(size - 1))):
            for d in (-page, 0, page):
                p = u(base + d)
                if lo <= p < hi:
                    points.add(p)
    out = []
    for s in sorted(points):
        for length in (page, 1 << small, 3 << small, (1 << small) + page):
            e = u(s + length)
            if s < e <= hi:
                out.append((s, e))
    return out


def check_simulation():
    ok = True
    checked = 0
    for era, ps, va in configs():
        c, regions, present = layout(era, ps, va)
        r = {n: (s, e) for n, s, e in regions}
        shares = bool(shared_levels(r["vmalloc"], r["vmemmap"], present))
        for floor, ceiling, others in ((c["VMEMMAP_START"], c["VMEMMAP_END"], ("vmalloc", "modules", "fixmap",
                                                                               "pci_io", "linear", "bpf_jit")),
                                       (c["PAGE_OFFSET"], c["PAGE_END"], ("vmalloc", "vmemmap", "modules"))):
            naive_hits_vmalloc = False
            for s, e in simulation_ranges(floor, ceiling, present, ps):
                merged, naive = set(), set()
                simulate(present, s, e, lambda a, n, m: pgtable_range_aligned(a, n, floor, ceiling, m), merged)
                simulate(present, s, e, lambda a, n, m: True, naive)
                checked += 1
                for _, base, size in merged:  # merged_frees_only_within_floor_ceiling, hence all the spares_*
                    good = floor <= base and base + size <= ceiling
                    for o in others:
                        os_, oe = r[o]
                        good &= not (os_ < oe and base < oe and os_ < base + size)
                    if not good:
                        ok = False
                        print(f"FAIL simulation {era}/{ps}/{va} [{hx(s)},{hx(e)}) frees {hx(base)}+{hx(size)}",
                              file=sys.stderr)
                for name, base, size in naive:  # merged_frees_wholly_inside
                    if s <= base and base + size <= e and floor <= base and base + size <= ceiling:
                        if (name, base, size) not in merged:
                            ok = False
                            print(f"FAIL simulation {era}/{ps}/{va}: wholly-inside {name} entry {hx(base)} kept",
                                  file=sys.stderr)
                vs, ve = r["vmalloc"]
                naive_hits_vmalloc |= any(base < ve and vs < base + size for _, base, size in naive)
            if floor == c["VMEMMAP_START"] and naive_hits_vmalloc != shares:
                ok = False
                print(f"FAIL simulation {era}/{ps}/{va}: naive frees a vmalloc table = {naive_hits_vmalloc}, "
                      f"predicted {shares}", file=sys.stderr)
    print(f"{'PASS' if ok else 'FAIL'} simulation of the C loops on {checked} edge ranges: merged frees only within "
          f"[floor, ceiling) and every wholly-inside entry; naive hits vmalloc exactly where predicted",
          file=sys.stderr)
    return ok


# ---------------------------------------------------------------------------------------------------------------
# Published reference points (arm64-layouts.md). Documents give inclusive ranges: [a, b] is [a, b + 1).

REFERENCE_POINTS = [
    # (label, (ERA, PAGE_SHIFT, VA_BITS), region, first byte or None, last byte or None)
    ("v6.1 4K/48 modules", (517, 12, 48), "modules", 0xffff800000000000, 0xffff800007ffffff),
    ("v6.1 4K/48 vmalloc", (517, 12, 48), "vmalloc", 0xffff800008000000, 0xfffffbffefffffff),
    ("v6.1 4K/48 PCI I/O", (517, 12, 48), "pci_io", 0xfffffbfffe800000, 0xfffffbffff7fffff),
    ("v6.1 4K/48 vmemmap", (517, 12, 48), "vmemmap", 0xfffffc0000000000, 0xfffffdffffffffff),
    ("v6.9 4K/48 vmalloc", (609, 12, 48), "vmalloc", 0xffff800080000000, 0xfffffdffbf7fffff),
    ("v6.9 4K/48 vmemmap", (609, 12, 48), "vmemmap", 0xfffffdffc0000000, 0xffffffffbfffffff),
    ("v6.9 4K/48 PCI I/O", (609, 12, 48), "pci_io", 0xffffffffc0800000, 0xffffffffc17fffff),
    ("v6.9 64K/52 vmalloc", (609, 16, 52), "vmalloc", 0xffff800080000000, 0xfffffc1fbf7fffff),
    ("v6.9 64K/52 vmemmap start", (609, 16, 52), "vmemmap", 0xfffffc1fc0000000, None),
]

# Not in arm64-layouts.md: Documentation/arm64/memory.rst as of v5.4 ("docs: arm64: Add layout and 52-bit info to
# memory document", the 52-bit VA series). Its tables are drawn WITH the KASAN shadow, which moves the start of
# the BPF JIT region, modules and vmalloc; the points below are the ones KASAN does not move. Its "fixed mappings"
# row is the permanent part only, [FIXADDR_START, FIXADDR_TOP): the end must match FIXADDR_TOP exactly, and the
# spec's over-approximated fixmap must start at or below it.
REFERENCE_POINTS_V5_4 = [
    ("v5.4 4K/39", (504, 12, 39), {"vmalloc_end": 0xfffffffebffeffff, "fixmap": (0xfffffffefe5f9000, 0xfffffffefe9fffff),
                                   "pci_io": (0xfffffffefec00000, 0xfffffffeffbfffff),
                                   "vmemmap": (0xfffffffeffe00000, 0xffffffffffdfffff)}),
    ("v5.4 4K/48", (504, 12, 48), {"vmalloc_end": 0xfffffdffbffeffff, "fixmap": (0xfffffdfffe5f9000, 0xfffffdfffe9fffff),
                                   "pci_io": (0xfffffdfffec00000, 0xfffffdffffbfffff),
                                   "vmemmap": (0xfffffdffffe00000, 0xffffffffffdfffff)}),
    ("v5.4 64K/42", (504, 16, 42), {"vmalloc_end": 0xffffffff5ffeffff, "fixmap": (0xffffffff7e590000, 0xffffffff7e9fffff),
                                    "pci_io": (0xffffffff7ec00000, 0xffffffff7fbfffff),
                                    "vmemmap": (0xffffffff7fe00000, 0xffffffffffdfffff)}),
    ("v5.4 64K/48", (504, 16, 48), {"vmalloc_end": 0xfffffbdffffeffff, "fixmap": (0xffffffdffe590000, 0xffffffdffe9fffff),
                                    "pci_io": (0xffffffdffec00000, 0xffffffdfffbfffff),
                                    "vmemmap": (0xffffffdfffe00000, 0xffffffffffdfffff)}),
    ("v5.4 64K/52", (504, 16, 52), {"vmalloc_end": 0xfffff81ffffeffff, "fixmap": (0xfffffc1ffe590000, 0xfffffc1ffe9fffff),
                                    "pci_io": (0xfffffc1ffec00000, 0xfffffc1fffbfffff),
                                    "vmemmap": (0xfffffc1fffe00000, 0xffffffffffdfffff),
                                    "linear": (0xfff0000000000000, 0xfff7ffffffffffff)}),
]


def check_reference_points():
    ok = True
    for label, cfg, region, first, last in REFERENCE_POINTS:
        _, regions, _ = layout(*cfg)
        s, e = {n: (s, e) for n, s, e in regions}[region]
        good = s == first and (last is None or e == u(last + 1))
        ok &= good
        print(f"{'PASS' if good else 'FAIL'} {label}: [{hx(s)}, {hx(e)})", file=sys.stderr)
    for label, cfg, points in REFERENCE_POINTS_V5_4:
        _, regions, _ = layout(*cfg)
        r = {n: (s, e) for n, s, e in regions}
        good = r["vmalloc"][1] == u(points["vmalloc_end"] + 1)
        fix_first, fix_last = points["fixmap"]
        good &= r["fixmap"][1] == u(fix_last + 1) and r["fixmap"][0] <= fix_first
        for name in ("pci_io", "vmemmap", "linear"):
            if name in points:
                good &= r[name] == (points[name][0], u(points[name][1] + 1))
        ok &= good
        print(f"{'PASS' if good else 'FAIL'} {label} (memory.rst v5.4, KASAN-independent points; documented "
              f"permanent fixmap {(fix_last + 1 - fix_first) >> 10} KiB within the spec's bound)", file=sys.stderr)
    # The V7 author's claim on the v5.4 layout (hotremove.md): the flag is set for 4K/48 and 16K/48 only.
    flagged = sorted((ps, va) for era, ps, va in configs() if era == 504 and v7_flag(layout(era, ps, va)[0]))
    good = flagged == [(12, 48), (14, 48)]
    ok &= good
    print(f"{'PASS' if good else 'FAIL'} V7 author's claim, v5.4 flag set for 4K/48 and 16K/48 only: {flagged}",
          file=sys.stderr)
    # The supported-levels table of arm64-layouts.md against the PGTABLE_LEVELS formula.
    for table in (SUPPORTED, SUPPORTED_609):
        for (ps, va), levels in table.items():
            good = geometry(ps, va)[0]["PGTABLE_LEVELS"] == levels
            ok &= good
            if not good:
                print(f"FAIL levels of ({ps},{va}) != {levels}", file=sys.stderr)
    return ok


def check_spec_names():
    """The only thing read from the specs: the names of lets and regions, to keep spec and oracle in step."""
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
    paths = [os.path.join(root, "specs", "arm64", f) for f in ("geometry.ptl", "layout.ptl")]
    if not all(os.path.exists(p) for p in paths):
        print("SKIP spec name check: specs/arm64/{geometry,layout}.ptl not found", file=sys.stderr)
        return True
    lets, regions = [], []
    for p in paths:
        text = open(p, encoding="utf-8").read()
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
        text = re.sub(r"//[^\n]*", "", text)
        lets += re.findall(r"^\s*let\s+([A-Za-z_][A-Za-z_0-9]*)", text, flags=re.M)
        regions += re.findall(r"^\s*region\s+([A-Za-z_][A-Za-z_0-9]*)", text, flags=re.M)
    want_regions = [n for n, _, _ in layout(504, 12, 39)[1]]
    good = lets == CONSTANT_ORDER and regions == want_regions
    print(f"{'PASS' if good else 'FAIL'} spec names: lets and regions of geometry.ptl + layout.ptl match the oracle",
          file=sys.stderr)
    if not good:
        print(f"  spec lets    {lets}\n  oracle lets  {CONSTANT_ORDER}\n  spec regions {regions}\n"
              f"  oracle regions {want_regions}", file=sys.stderr)
    return good


def main(argv):
    ok = check_reference_points() & check_spec_names()
    if "--grid" in argv:
        ok &= check_simulation()
        doc = grid_json()
    else:
        doc = layout_json()
    json.dump(doc, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
