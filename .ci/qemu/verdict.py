#!/usr/bin/env python3
"""Turn QEMU console logs of the ptprove kernel test into verdicts (docs/qemu.md).

    verdict.py parse LOG              one console log -> one JSON verdict on stdout
    verdict.py report RUNS.tsv OUT    every row of the run -> a table on stdout and OUT (JSON);
                                      exit 0 iff every verdict is the expected one

A verdict is
    fault  an oops: the faulting virtual address, the page-table walk line (pgd=... pte=...), the
           fault status, the Oops line, and the test phase it happened in (the last ptprove-ktest line);
    clean  "ptprove-ktest: PASS" was printed and there was no oops (a WARNING after the test started is
           shown beside the verdict, not turned into one);
    error  neither (boot failure, timeout, "ptprove-ktest: FAIL", the test did not run).
Python 3 standard library only.
"""
import json
import re
import sys

TS = re.compile(r"^\[\s*\d+\.\d+\]\s?")
UNABLE = re.compile(r"Unable to handle kernel (.*?) at virtual address ([0-9a-fx]+)")
WALK = re.compile(r"^\[([0-9a-f]+)\] pgd=")
FSC = re.compile(r"FSC = (0x[0-9a-f]+): (.*)")
OOPS = re.compile(r"Internal error: (.*)")
PC = re.compile(r"^pc : (.*)")
PANIC = re.compile(r"Kernel panic - not syncing: (.*)")
KTEST = "ptprove-ktest: "


def strip(line):
    return TS.sub("", line.rstrip("\r\n"))


def parse(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = [strip(l) for l in f]
    except OSError as e:
        return {"verdict": "error", "reason": "cannot read console log: %s" % e, "log": path}
    v = {"log": path}
    phase = None
    removed = None
    ktest_lines = []
    warnings = []
    test_warnings = []   # WARNINGs once the test has started (the cgroup_init one at boot is expected)
    fault = {}
    for i, line in enumerate(lines):
        if KTEST in line:
            text = line[line.index(KTEST) + len(KTEST):]
            ktest_lines.append(text)
            if not fault:
                if text.startswith("remove "):
                    removed = text[len("remove "):]
                if not text.startswith(("PASS", "FAIL", "done")):
                    phase = text
        m = UNABLE.search(line)
        if m and "address" not in fault:
            fault["kind"] = m.group(1)
            fault["address"] = "0x" + m.group(2).replace("0x", "")
            fault["line"] = line
            fault["phase"] = (("after remove %s: " % removed) if removed else "before any remove: ") + (phase or "(no ptprove-ktest line yet)")
        m = WALK.match(line)
        if m and "walk" not in fault:
            fault["walk"] = line
        m = FSC.search(line)
        if m and "fault_status" not in fault:
            fault["fault_status"] = "%s: %s" % (m.group(1), m.group(2))
        m = OOPS.search(line)
        if m and "oops" not in fault:
            fault["oops"] = line[line.index("Internal error"):]
            if "phase" not in fault:
                fault["phase"] = (("after remove %s: " % removed) if removed else "before any remove: ") + (phase or "(no ptprove-ktest line yet)")
        m = PC.match(line)
        if m and "pc" not in fault and fault:
            fault["pc"] = m.group(1)
        m = PANIC.search(line)
        if m and "panic" not in v:
            v["panic"] = m.group(1)
        if line.startswith("WARNING: "):
            warnings.append(line)
            if ktest_lines:
                test_warnings.append(line)
    passed = [t for t in ktest_lines if t.startswith("PASS")]
    failed = [t for t in ktest_lines if t.startswith("FAIL")]
    started = any(t.startswith("start:") for t in ktest_lines)
    if "oops" in fault or "address" in fault:
        v["verdict"] = "fault"
        v.update(fault)
    elif passed and not failed:
        v["verdict"] = "clean"
        v["pass"] = KTEST + passed[0]
    else:
        v["verdict"] = "error"
        if failed:
            v["reason"] = "the test printed " + KTEST + failed[0]
        elif "panic" in v:
            v["reason"] = "kernel panic without an oops: " + v["panic"]
        elif not lines:
            v["reason"] = "empty console log"
        elif not started:
            v["reason"] = "the test never started (no '%sstart:' line; is ptprove_ktest on the command line?)" % KTEST
        else:
            v["reason"] = "no PASS, FAIL or oops (timeout or hang?)"
    v["ktest"] = [KTEST + t for t in ktest_lines]
    v["init_reached"] = any("ptprove-init: reached user space" in l for l in lines)
    v["warnings"] = warnings
    v["test_warnings"] = test_warnings
    return v


def report(runs_tsv, out):
    rows = []
    with open(runs_tsv, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            name, expect, log, qemu_rc, image, test, command = line.rstrip("\n").split("\t")
            v = parse(log)
            v.update({"name": name, "expected": expect, "match": v["verdict"] == expect,
                      "qemu_exit": int(qemu_rc) if qemu_rc.lstrip("-").isdigit() else qemu_rc,
                      "image": image, "test_source": test, "qemu_command": command})
            if qemu_rc == "124":
                v.setdefault("reason", "")
                v["reason"] = (v["reason"] + "; " if v["reason"] else "") + "QEMU timed out"
            rows.append(v)
    ok = all(r["match"] for r in rows)
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"ok": ok, "kernels": rows}, f, indent=2)
        f.write("\n")
    w = max([len(r["name"]) for r in rows] + [6])
    print("%-*s  %-8s %-8s %-5s  %s" % (w, "kernel", "expected", "verdict", "match", "detail"))
    for r in rows:
        if r["verdict"] == "fault":
            detail = "%s at %s; %s; phase: %s" % (r.get("fault_status", r.get("kind", "?")), r.get("address", "?"),
                                                  (r.get("walk") or "no walk line").split("] ", 1)[-1],
                                                  r.get("phase", "?"))
        elif r["verdict"] == "clean":
            detail = r["pass"][len(KTEST):]
            detail = detail if len(detail) <= 72 else detail[:69] + "..."
        else:
            detail = r.get("reason", "")
        if r.get("test_warnings"):
            detail += "; %d WARNING(s) during the test, first: %s" % (len(r["test_warnings"]),
                                                                     r["test_warnings"][0][len("WARNING: "):])
        print("%-*s  %-8s %-8s %-5s  %s" % (w, r["name"], r["expected"], r["verdict"],
                                            "yes" if r["match"] else "NO", detail))
        print("%-*s  console: %s" % (w, "", r["log"]))
    print("verdicts (JSON): %s" % out)
    print("all %d verdicts as expected" % len(rows) if ok else
          "MISMATCH: %d of %d verdicts differ from the matrix" % (sum(not r["match"] for r in rows), len(rows)))
    return 0 if ok else 1


def main(argv):
    if len(argv) == 3 and argv[1] == "parse":
        json.dump(parse(argv[2]), sys.stdout, indent=2)
        print()
        return 0
    if len(argv) == 4 and argv[1] == "report":
        return report(argv[2], argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
