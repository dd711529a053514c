#!/usr/bin/env python3
"""Fill the kernel-test template from a hand-written scenario (docs/qemu.md, "Scenarios").

    fill-template.py TEMPLATE OUT SCENARIO HEADER PAGE_SHIFT SIZEOF_STRUCT_PAGE SECTION_SIZE_BITS

A scenario file has the lines `unit NAME OFFSET SIZE` (bytes from the test base, in the order the units are
added), `remove I`, `witness I PFN` and `expect WORD`; `#` starts a comment. HEADER is put in place of @HEADER@
(lines starting with " * "). The test base is 64 GiB above memstart_addr.
"""
import sys


def main(argv):
    if len(argv) != 8:
        print(__doc__, file=sys.stderr)
        return 2
    src, out, scen, header, shift, sp, ssb = argv[1:]
    units, remove, witness, expect = [], None, None, None
    for no, line in enumerate(open(scen, encoding="utf-8"), 1):
        f = line.split("#", 1)[0].split()
        if not f:
            continue
        try:
            if f[0] == "unit" and len(f) == 4:
                off, size = int(f[2], 0), int(f[3], 0)
                if off % (2 << 20) or size % (2 << 20) or size == 0:
                    raise ValueError
                units.append('\t{ "%s", %#xULL, %#xULL },' % (f[1], off, size))
            elif f[0] == "remove" and len(f) == 2:
                remove = int(f[1])
            elif f[0] == "witness" and len(f) == 3:
                witness = (int(f[1]), int(f[2]))
            elif f[0] == "expect" and len(f) == 2:
                expect = f[1]
            else:
                raise ValueError
        except ValueError:
            print("%s:%d: expected 'unit NAME OFFSET SIZE' (multiples of 2 MiB), 'remove I', 'witness I PFN' "
                  "or 'expect WORD'" % (scen, no), file=sys.stderr)
            return 1
    if not units or remove is None or witness is None or expect is None:
        print("%s: needs unit lines, remove, witness and expect" % scen, file=sys.stderr)
        return 1
    text = open(src, encoding="utf-8").read()
    for k, v in {"@HEADER@": header, "@UNITS@": "\n".join(units), "@PAGE_SHIFT@": shift,
                 "@SIZEOF_STRUCT_PAGE@": sp, "@SECTION_SIZE_BITS@": ssb, "@TEST_BASE@": "0x1000000000ULL",
                 "@REMOVE@": str(remove), "@WITNESS_UNIT@": str(witness[0]), "@WITNESS_PFN@": str(witness[1]),
                 "@EXPECT@": expect}.items():
        text = text.replace(k, v)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
