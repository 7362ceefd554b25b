#!/usr/bin/env python3
"""Hot spots of a JFR recording (JDK 17 has no `jfr view hot-methods`).

Usage: jfr_hot.py RECORDING.jfr [TOP]

Reads the jdk.ExecutionSample events via `jfr print --json` and prints
  * self time: the top frame of each sample (where the CPU was),
  * by product class: each sample attributed to the innermost de.newsfacts frame of its stack (so time in
    regex, POI, Parquet, ... is charged to the product code that called it),
  * inclusive time of de.newsfacts methods (on the stack anywhere),
  * samples per thread group.
"""
import collections
import json
import re
import subprocess
import sys


def frame_name(frame):
    method = frame["method"]
    return (method["type"]["name"] + "." + method["name"]).replace("/", ".")


def main():
    recording = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample",
                          recording], check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    self_time = collections.Counter()
    by_product = collections.Counter()
    inclusive = collections.Counter()
    threads = collections.Counter()
    total = 0
    for event in events:
        values = event["values"]
        trace = values.get("stackTrace")
        if not trace or not trace.get("frames"):
            continue
        frames = [frame_name(f) for f in trace["frames"]]
        total += 1
        self_time[frames[0]] += 1
        product = next((f for f in frames if f.startswith("de.newsfacts.")), "(no de.newsfacts frame)")
        by_product[product] += 1
        for name in set(f for f in frames if f.startswith("de.newsfacts.")):
            inclusive[name] += 1
        thread = (values.get("sampledThread") or {}).get("javaName") or "?"
        threads[re.sub(r"\d+$", "N", thread)] += 1
    print(f"JFR {recording}: {total} execution samples")
    for title, counter in (("self time (top frame)", self_time),
                           ("by innermost de.newsfacts frame", by_product),
                           ("inclusive, de.newsfacts methods", inclusive),
                           ("threads", threads)):
        print(f"-- {title}")
        for name, count in counter.most_common(top):
            print(f"  {100.0 * count / max(total, 1):5.1f}%  {count:6d}  {name}")


if __name__ == "__main__":
    main()
