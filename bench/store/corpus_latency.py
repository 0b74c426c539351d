#!/usr/bin/env python3
"""Latency of corpus-wide queries against a running Standoff server (loopback only).

  corpus_latency.py SERVER [ROUNDS]

Each query is sent once on a cold server (its time, or the error code when it ran out of time, is
printed as "cold"), WARMUP times more (default 50; errors ignored: a cold PostgreSQL store fills its
document cache), then ROUNDS times (default 500) one after another on one keep-alive connection;
prints one JSON line per query: count, p50, p90, p99, max in milliseconds (of every request, those
that failed too), how many failed (ran out of time on an overloaded machine), and what the answer held
(checked the same every time). ONLY=NAME[,NAME…] runs only those queries.
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from latency import Client, summary

QUERIES = {
    "putin-quotes-first-50": ('{ quotes(first: 50, filter: {speaker: {wikidata: "Q7747"}}) { edges { node {'
                              ' id text cue { lemma } document { id } } } pageInfo { hasNextPage } } }'),
    "claim-counts-by-type": '{ claims(first: 0) { groupBy(by: TYPE) { key count } } }',
    "putin-cue-lemmas": ('{ quotes(first: 0, filter: {speaker: {wikidata: "Q7747"}}) { totalCount'
                         ' groupBy(by: CUE_LEMMA, first: 5) { key count } } }'),
}


def shape(answer):
    data = answer["data"]
    if "quotes" in data and data["quotes"].get("edges"):
        return "%d quotes" % len(data["quotes"]["edges"])
    if "claims" in data:
        return ", ".join("%s %d" % (g["key"], g["count"]) for g in data["claims"]["groupBy"])
    return "%d quotes; %s" % (data["quotes"]["totalCount"],
                              ", ".join("%s %d" % (g["key"], g["count"]) for g in data["quotes"]["groupBy"]))


def main():
    server = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    warmup = int(os.environ.get("WARMUP", "50"))
    client = Client(server)
    only = set(os.environ.get("ONLY", "").split(",")) - {""}
    for name, query in QUERIES.items():
        if only and name not in only:
            continue
        cold_ms, answer = client.post(query, {})
        cold = round(cold_ms, 1) if "errors" not in answer else answer["errors"][0]["extensions"]["code"]
        for i in range(warmup):
            client.post(query, {})
        first = None
        samples = []
        errors = 0
        for i in range(rounds):
            ms, answer = client.post(query, {})
            samples.append(ms)
            if "errors" in answer:
                errors += 1
                continue
            seen = shape(answer)
            assert first is None or seen == first, (seen, first)
            first = seen
        summary(name, samples, cold=cold, errors=errors, answer=first)


if __name__ == "__main__":
    main()
