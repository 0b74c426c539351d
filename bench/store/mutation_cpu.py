#!/usr/bin/env python3
"""The mutation benchmark with each process's CPU per edit (docs/BENCHMARKS.md, "PostgreSQL store").

  mutation_cpu.py DB_URL|- SERVER_PID:PORT[,SERVER_PID:PORT...] IDS_FILE [wrk|python]

Against servers already running on this machine (loopback only): takes CLIENTS (16) documents from
IDS_FILE, edits each once (so the run starts warm: each document cached with its rows), then runs
the mutation for DURATION (30) seconds with wrk (bench/store/mutation.lua, the default: one thread
and one keep-alive connection per client, each request with the version the previous answer gave)
or with latency.py's Python clients (16 threads under one interpreter lock, each reading the version
before each edit), and reads /proc/PID/stat of the servers, of the PostgreSQL backends of DB_URL's
database (the `serve --db` URL; `-` for the directory store), of the cluster's background processes
(WAL writer, checkpointer, ...) and of the client before and after. Prints one JSON line: latency
percentiles, edits/s, CPU ms per edit of each, and the load average before and after.
"""
import http.client, json, os, resource, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
TICK = os.sysconf("SC_CLK_TCK")
CREATE = ("mutation($id: ID!, $v: Version!, $e: ID!, $n: String!) { createEntity(documentId: $id, expectedVersion: $v,"
          " entity: {id: $e, canonicalName: $n, entityType: OTHER}) { version } }")


def cpu_ms(pid):
    """User + system CPU of a process, in ms; None when it is gone."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000.0 / TICK
    except (FileNotFoundError, ProcessLookupError):
        return None


def postgres_processes(database):
    """{pid: group} of the cluster's processes: the database's backends, the background processes, the others."""
    if database == "-":
        return {}
    sql = ("select pid, case when datname = current_database() then 'postgres backends' when datname is null then"
           " 'postgres background' else 'other databases' end from pg_stat_activity where pid <> pg_backend_pid()")
    out = subprocess.run(["psql", database, "-Atc", sql, "-F", ","], capture_output=True, text=True, check=True).stdout
    return {int(p): g for p, g in (line.split(",") for line in out.splitlines() if line)}


def post(port, query, variables):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.request("POST", "/graphql", json.dumps({"query": query, "variables": variables}),
                 {"Content-Type": "application/json"})
    answer = json.loads(conn.getresponse().read())
    conn.close()
    return answer


def load():
    return open("/proc/loadavg").read().split()[:3]


def main():
    database, servers, ids_file = sys.argv[1], sys.argv[2].split(","), sys.argv[3]
    client = sys.argv[4] if len(sys.argv) > 4 else "wrk"
    clients, seconds = int(os.environ.get("CLIENTS", "16")), int(os.environ.get("DURATION", "30"))
    servers = [(int(pid), int(port)) for pid, port in (s.split(":") for s in servers)]
    ids = [line.strip() for line in open(ids_file) if line.strip()][:clients]
    assert len(ids) == clients, "IDS_FILE needs one document per client"

    # one edit of each document first: the run starts with every document cached with its rows
    docs = []
    for c, document in enumerate(ids):
        port = servers[c % len(servers)][1]
        version = post(port, "query($id: ID!) { document(id: $id) { version } }", {"id": document})["data"]["document"]["version"]
        answer = post(port, CREATE, {"id": document, "v": version, "e": "warm-%d-%d" % (os.getpid(), c), "n": "warm"})
        assert "errors" not in answer, answer
        docs.append("%s:%d" % (document, answer["data"]["createEntity"]["version"]))

    groups = {pid: "servers" for pid, _ in servers}
    groups.update(postgres_processes(database))
    before = {pid: cpu_ms(pid) for pid in groups}
    load_before = load()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if client == "wrk":
        env = dict(os.environ, SERVERS=",".join("127.0.0.1:%d" % port for _, port in servers), DOCS=",".join(docs))
        out = subprocess.run(["wrk", "-t%d" % clients, "-c%d" % clients, "-d%ds" % seconds, "--timeout", "60s",
                              "-s", os.path.join(HERE, "mutation.lua"), "http://127.0.0.1:%d/graphql" % servers[0][1]],
                             env=env, capture_output=True, text=True, check=True).stdout
        r = next(line for line in out.splitlines() if line.startswith("RESULT")).split()
        result = dict(client="wrk, %d threads, one connection each" % clients, per_second=float(r[1]),
                      p50=float(r[2]), p90=float(r[3]), p99=float(r[4]), max=float(r[5]), count=int(r[6]),
                      bad=int(r[7]), conflicts=int(r[8]), socket_errors=int(r[9]))
    else:
        with open(ids_file + ".clients", "w") as f:
            f.write("\n".join(ids) + "\n")
        env = dict(os.environ, CLIENTS=str(clients), DURATION=str(seconds))
        out = subprocess.run([sys.executable, os.path.join(HERE, "latency.py"), "mutate",
                              ",".join("http://127.0.0.1:%d/graphql" % port for _, port in servers), ids_file + ".clients"],
                             env=env, capture_output=True, text=True, check=True).stdout
        result = json.loads(out.strip().splitlines()[-1])
        result["client"] = "latency.py, %d threads" % clients
    after_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    after = {pid: cpu_ms(pid) for pid in groups}
    for pid, group in postgres_processes(database).items():  # backends that connected during the run
        if pid not in groups:
            groups[pid], before[pid], after[pid] = group, 0.0, cpu_ms(pid)
    edits = result["count"]
    cpu = {}
    for pid, group in groups.items():
        if before.get(pid) is not None and after.get(pid) is not None:
            cpu[group] = cpu.get(group, 0.0) + after[pid] - before[pid]
    cpu["client"] = 1000.0 * (after_usage.ru_utime + after_usage.ru_stime - usage.ru_utime - usage.ru_stime)
    result["cpu_ms_per_edit"] = {group: round(ms / max(edits, 1), 2) for group, ms in sorted(cpu.items())}
    result["cpu_ms_per_edit"]["total (without other databases)"] = round(
        sum(ms for g, ms in cpu.items() if g != "other databases") / max(edits, 1), 2)
    result["load"] = "%s before, %s after" % (" ".join(load_before), " ".join(load()))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
