#!/usr/bin/env python3
"""Summarizes a JFR recording's execution samples: top frames (self) and methods on the stack (total).

Usage: jfr print --stack-depth 300 --events jdk.ExecutionSample profile.jfr | python3 bench/scripts/jfr-hotspots.py [N] [filter]
(without --stack-depth, `jfr print` shows 5 frames of each stack, and "total" counts only those)
With a filter (a substring such as "org.standoff"), the total table lists only matching methods.
"""
import re
import sys
from collections import Counter

top_n = int(sys.argv[1]) if len(sys.argv) > 1 else 25
only = sys.argv[2] if len(sys.argv) > 2 else None
frame = re.compile(r"^\s+([\w.$<>]+)\(.*line: \d+")
self_counts, total_counts, samples, stack = Counter(), Counter(), 0, []


def flush():
    global samples, stack
    if stack:
        samples += 1
        self_counts[stack[0]] += 1
        for method in set(stack):
            total_counts[method] += 1
    stack = []


for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        flush()
        continue
    m = frame.match(line)
    if m:
        stack.append(m.group(1))
flush()
print(f"{samples} samples (stacks are truncated at JFR's default depth of 64 frames)")
print(f"\nself (top frame) — top {top_n}")
for method, n in self_counts.most_common(top_n):
    print(f"{100.0 * n / samples:5.1f}%  {method}")
print(f"\ntotal (on the stack){' matching ' + only if only else ''} — top {top_n}")
shown = 0
for method, n in total_counts.most_common():
    if only and only not in method:
        continue
    print(f"{100.0 * n / samples:5.1f}%  {method}")
    shown += 1
    if shown == top_n:
        break
