import sys, re, collections
# Aggregates `jfr print --events jdk.ExecutionSample`: top frames (self) and org.treatytracker frames (inclusive).
text = open(sys.argv[1]).read()
samples = text.split("jdk.ExecutionSample")
top = collections.Counter(); ours = collections.Counter(); n = 0
for s in samples:
    frames = re.findall(r"^\s+([\w.$<>]+\.[\w$<>]+)\(", s, re.M)
    if not frames: continue
    n += 1
    top[frames[0]] += 1
    seen = set()
    for f in frames:
        if f.startswith("org.treatytracker") and f not in seen:
            seen.add(f); ours[f] += 1
print("samples", n)
print("-- top frames (self)")
for f, c in top.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 15): print(f"{100*c/n:5.1f}%  {f}")
print("-- org.treatytracker frames (inclusive)")
for f, c in ours.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 15): print(f"{100*c/n:5.1f}%  {f}")
