#!/usr/bin/env python3
"""Where a server's CPU went, from a JFR recording (see docs/benchmarks.md, "HTTP lookups: where the time goes").

    python3 bench/jfr-top.py RECORDING.jfr [LABEL=FRAME_SUBSTRING ...]

Reads the jdk.ExecutionSample events of the request threads (executor-*, vert.x-*; start-up and
background threads left out) and prints the top frames by self time, the io.dragoman frames by
inclusive time, and each sample's category: the first LABEL (in the order given) whose substring
names a frame of its stack. Without LABELs, the categories of a lookup are used.

JFR_THREADS=main,worker (comma-separated name prefixes) reads other threads than the server's, e.g. a
benchmark's main thread; JFR_UNDER=FRAME_SUBSTRING keeps only the samples with that frame on their stack.
"""
import os
import collections
import json
import subprocess
import sys

LOOKUP = ["token auth=TokenIdentityProvider", "index filter=FuzzyIndex.candidates", "unit texts from DB=UnitReader",
          "unit text cache=CachedUnitTexts", "ranker=MatchRanker", "fragments=FragmentFinder",
          "glossary=io/dragoman/glossary", "query analysis=MatchService.query",
          "identity and memory access=MemoryResolver", "other account=io/dragoman/account", "audit=io/dragoman/audit",
          "JSON=jackson", "HTTP and REST=io/quarkus", "vert.x=io/vertx", "netty=io/netty"]


def frame(f):
    return f["method"]["type"]["name"] + "." + f["method"]["name"]


def main():
    recording = sys.argv[1]
    categories = [arg.split("=", 1) for arg in (sys.argv[2:] or LOOKUP)]
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample",
                          recording], capture_output=True, text=True, check=True).stdout
    own, inclusive, by_category = collections.Counter(), collections.Counter(), collections.Counter()
    samples = 0
    threads = tuple(os.environ.get("JFR_THREADS", "executor,vert.x").split(","))
    under = os.environ.get("JFR_UNDER")
    for event in json.loads(out)["recording"]["events"]:
        thread = event["values"]["sampledThread"]["javaName"] or ""
        stack = event["values"]["stackTrace"]
        if not stack or not thread.startswith(threads):
            continue
        names = [frame(f) for f in stack["frames"]]
        if under and not any(under in n for n in names):
            continue
        samples += 1
        own[names[0]] += 1
        inclusive.update(set(names))
        label = next((label for label, part in categories if any(part in n for n in names)), "other")
        by_category[label] += 1
    print(f"{samples} samples of request threads")
    print("== categories (first matching label)")
    for label, count in by_category.most_common():
        print(f"{100 * count / samples:5.1f}%  {label}")
    print("== self time, top 20")
    for name, count in own.most_common(20):
        print(f"{100 * count / samples:5.1f}%  {name}")
    print("== inclusive, io.dragoman, top 30")
    for name, count in [kv for kv in inclusive.most_common() if "dragoman" in kv[0]][:30]:
        print(f"{100 * count / samples:5.1f}%  {name}")


if __name__ == "__main__":
    main()
