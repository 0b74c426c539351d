-- wrk script for the PostgreSQL store's mutation benchmark (docs/BENCHMARKS.md, "PostgreSQL store"):
-- closed-loop clients, each wrk thread one keep-alive connection editing its own document with
-- createEntity, each request with the expectedVersion the previous answer reported
-- (data.createEntity.version, or extensions.actualVersion after a CONFLICT). The threads are spread
-- round robin over SERVERS, so one wrk run (one latency histogram) loads several servers.
-- Run with as many threads as connections (-tN -cN) and at least N documents:
--   SERVERS=127.0.0.1:18081,127.0.0.1:18082 DOCS=article-0000000:3,article-0000100:7,... \
--     wrk -t16 -c16 -d30s -s bench/store/mutation.lua http://127.0.0.1:18081/graphql
-- DOCS: id:version of each thread's document (version 0 works too: the first answer is a CONFLICT
-- that tells the version). Prints: RESULT <edits/s> <p50 ms> <p90 ms> <p99 ms> <max ms> <requests>
-- <bad answers> <conflicts> <socket errors>
local query = 'mutation($id: ID!, $v: Version!, $e: ID!, $n: String!) { createEntity(documentId: $id, expectedVersion: $v,'
  .. ' entity: {id: $e, canonicalName: $n, entityType: OTHER}) { version } }'
local threads = {}
local started = 0

local function split(s, sep)
  local parts = {}
  for part in string.gmatch(s, "[^" .. sep .. "]+") do table.insert(parts, part) end
  return parts
end

function setup(thread)
  local servers = split(os.getenv("SERVERS") or error("SERVERS: host:port,host:port,..."), ",")
  local server = split(servers[started % #servers + 1], ":")
  thread.addr = wrk.lookup(server[1], server[2])[1]
  started = started + 1
  thread:set("index", started)
  table.insert(threads, thread)
end

function init(args)
  local docs = split(os.getenv("DOCS") or error("DOCS: id:version,..."), ",")
  local doc = split(docs[index] or error("fewer DOCS than threads"), ":")
  document, version = doc[1], tonumber(doc[2])
  run = os.getenv("RUN") or tostring(os.time())
  n, bad, conflicts = 0, 0, 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  n = n + 1
  local entity = string.format("wrk-%s-%d-%d", run, index, n)
  local body = string.format('{"query":"%s","variables":{"id":"%s","v":%d,"e":"%s","n":"%s"}}', query, document, version, entity, entity)
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  local v = body:match('"version":(%d+)')
  if status ~= 200 or body:find('"errors":', 1, true) or not v then
    if body:find('"CONFLICT"', 1, true) then conflicts = conflicts + 1 else bad = bad + 1 end
    v = body:match('"actualVersion":(%d+)')
  end
  if v then version = tonumber(v) end
end

function done(summary, latency, requests)
  local b, c = 0, 0
  for _, t in ipairs(threads) do b = b + t:get("bad"); c = c + t:get("conflicts") end
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %.2f %d %d %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, b, c,
    e.connect + e.read + e.write + e.timeout))
end
