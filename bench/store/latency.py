#!/usr/bin/env python3
"""Latency of the document query and of a mutation against running Standoff servers (loopback only).

  latency.py query  SERVER IDS_FILE        each id queried once (cold), then ROUNDS more times (warm)
  latency.py mutate SERVER[,SERVER] IDS_FILE  CLIENTS clients, round robin over the servers, each
                                           creating entities in its own document for DURATION seconds

Prints one JSON line per measurement: count, p50, p90, p99, max in milliseconds.
"""
import http.client, json, os, sys, threading, time, urllib.parse

QUERY = ("query($id: ID!) { document(id: $id) { id version quotes(first: 100) { edges { node {"
         " text speaker { text entity { canonicalName } } cue { text lemma } } } } } }")
VERSION = "query($id: ID!) { document(id: $id) { version } }"
CREATE = ("mutation($id: ID!, $v: Version!, $e: ID!, $name: String!) { createEntity(documentId: $id,"
          " expectedVersion: $v, entity: {id: $e, canonicalName: $name, entityType: OTHER}) { version } }")


class Client:
    def __init__(self, url):
        u = urllib.parse.urlparse(url)
        assert u.hostname in ("127.0.0.1", "localhost"), "loopback only"
        self.conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
        self.path = u.path or "/graphql"

    def post(self, query, variables):
        body = json.dumps({"query": query, "variables": variables})
        start = time.perf_counter()
        self.conn.request("POST", self.path, body, {"Content-Type": "application/json"})
        answer = json.loads(self.conn.getresponse().read())
        return (time.perf_counter() - start) * 1000, answer


def summary(name, samples, **extra):
    if not samples:
        print(json.dumps(dict(name=name, count=0, **extra)), flush=True)
        return
    s = sorted(samples)
    pick = lambda q: round(s[min(len(s) - 1, int(q * len(s)))], 2)
    print(json.dumps(dict(name=name, count=len(s), p50=pick(0.5), p90=pick(0.9), p99=pick(0.99),
                          max=round(s[-1], 2), **extra)), flush=True)


def query(server, ids, rounds):
    client = Client(server)
    cold = []
    for i in ids:
        ms, answer = client.post(QUERY, {"id": i})
        assert "errors" not in answer, answer
        cold.append(ms)
    summary("document query, cold cache", cold)
    warm = []
    for _ in range(rounds):
        for i in ids:
            ms, answer = client.post(QUERY, {"id": i})
            warm.append(ms)
    summary("document query, warm cache", warm)


def mutate(servers, ids, clients, seconds):
    samples, conflicts, errors = [], [0], []
    lock = threading.Lock()
    stop = time.time() + seconds

    def run(c):
        client = Client(servers[c % len(servers)])
        document = ids[c % len(ids)]
        n = 0
        while time.time() < stop:
            _, read = client.post(VERSION, {"id": document})
            if read.get("errors"):
                with lock:
                    errors.append(read)
                continue
            version = read["data"]["document"]["version"]
            entity = "bench-%d-%d-%d" % (os.getpid(), c, n)
            ms, answer = client.post(CREATE, {"id": document, "v": version, "e": entity, "name": entity})
            n += 1
            with lock:
                if answer.get("errors"):
                    code = answer["errors"][0]["extensions"]["code"]
                    if code == "CONFLICT":
                        conflicts[0] += 1
                    else:
                        errors.append(answer)
                else:
                    samples.append(ms)

    threads = [threading.Thread(target=run, args=(c,)) for c in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    summary("mutation (createEntity), %d clients on %d server(s)" % (clients, len(servers)), samples,
            conflicts=conflicts[0], errors=len(errors), per_second=round(len(samples) / seconds, 1),
            first_error=errors[0]["errors"][0] if errors else None)


if __name__ == "__main__":
    mode, servers, ids_file = sys.argv[1], sys.argv[2].split(","), sys.argv[3]
    ids = [line.strip() for line in open(ids_file) if line.strip()]
    if mode == "query":
        query(servers[0], ids, int(os.environ.get("ROUNDS", "5")))
    else:
        mutate(servers, ids, int(os.environ.get("CLIENTS", "16")), float(os.environ.get("DURATION", "30")))
