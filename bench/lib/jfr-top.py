#!/usr/bin/env python3
"""Summarises a JFR recording's CPU samples (jdk.ExecutionSample): the hottest frames by own time and the share of
samples whose stack passes through each of a few named layers (inclusive), and the bytes allocated per request
(jdk.ObjectAllocationSample weights) when the request count is given. Usage: jfr-top.py FILE.jfr [TOP [REQUESTS]]"""
import collections
import json
import subprocess
import sys

LAYERS = [  # (name, substring of a frame "class.method")
    ("token verification (jose4j, RSA)", "org.jose4j."),
    ("  RSA arithmetic (BigInteger)", "java.math.BigInteger."),
    ("OIDC / security layer", "io.quarkus.oidc."),
    ("Hibernate ORM", "org.hibernate."),
    ("  flush (dirty checking)", "org.hibernate.event.internal.AbstractFlushingEventListener"),
    ("  batch loader building", "org.hibernate.loader.ast.internal.CollectionBatchLoader"),
    ("JDBC driver (pgjdbc)", "org.postgresql."),
    ("Agroal pool", "io.agroal."),
    ("Jackson", "com.fasterxml.jackson."),
    ("CDI interceptors (ArC)", "io.quarkus.arc."),
    ("narayana (transactions)", "com.arjuna."),
    ("Vert.x / Netty", "io.netty."),
    ("tierdesk code", "io.tierdesk."),
    ("  SLA (clocks, policies)", "io.tierdesk.sla."),
    ("  routing", "io.tierdesk.routing."),
    ("  audit", "io.tierdesk.audit."),
    ("  SLA scan (background)", "io.tierdesk.ticket.SlaScanner"),
    ("logging", "org.jboss.logmanager."),
]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "96", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(raw)["recording"]["events"]
    own = collections.Counter()
    layers = collections.Counter()
    for event in events:
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                  for f in (event["values"]["stackTrace"] or {"frames": []})["frames"]]
        if not frames:
            continue
        own[frames[0]] += 1
        joined = "\n".join(frames)
        for name, needle in LAYERS:
            if needle in joined:
                layers[name] += 1
    total = sum(own.values()) or 1
    print(f"{total} CPU samples")
    print("\nlayer (inclusive)                          share")
    for name, _ in LAYERS:
        if layers[name]:
            print(f"{name:42s} {100 * layers[name] / total:5.1f} %")
    if len(sys.argv) > 3:
        raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "1", "--events", "jdk.ObjectAllocationSample",
                              path], check=True, capture_output=True, text=True).stdout
        weight = sum(e["values"]["weight"] for e in json.loads(raw)["recording"]["events"])
        print(f"\nallocated (sampled estimate): {weight / 1e6:.0f} MB, {weight / int(sys.argv[3]) / 1024:.0f} KB per request")
    print(f"\ntop {top} frames by own samples")
    for frame, n in own.most_common(top):
        print(f"{100 * n / total:5.1f} %  {frame}")


if __name__ == "__main__":
    main()
