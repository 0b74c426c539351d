-- wrk script for the mutation: updateCue on cue c3 ("said", [471, 475)) of the shipped article,
-- alternating its lemma between "say" and "state", each request with the expectedVersion that the
-- previous answer reported (data.updateCue.version, or extensions.actualVersion after a CONFLICT).
-- Every request is therefore a real, valid edit: version check, validation, durable write (fsync of
-- the file and of the directory) and publication. Run it on ONE connection (-t1 -c1): writes to one
-- document are serialized by the server, and a second connection would only add CONFLICTs.
-- Usage: wrk -t1 -c1 -d20s --latency -s mutation.lua http://127.0.0.1:PORT/graphql -- <current version>
-- Prints: RESULT <requests/s> <p50 ms> <p99 ms> <requests> <bad answers> <socket errors>
local query = 'mutation Relemma($v: Int!, $lemma: String) { updateCue(documentId: '
  .. '\\"putin-jiang-friendship-treaty-2001\\", expectedVersion: $v, '
  .. 'cue: {id: \\"c3\\", start: 471, end: 475, lemma: $lemma}) { version errors { code } cue { id lemma } } }'
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  version = tonumber(args[1])
  n = 0
  bad = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  n = n + 1
  local lemma = (n % 2 == 0) and "say" or "state"
  local body = string.format('{"query":"%s","variables":{"v":%d,"lemma":"%s"}}', query, version, lemma)
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  local v = body:match('"version":(%d+)')
  if status ~= 200 or body:find('"errors":[{', 1, true) or not v then
    bad = bad + 1
    v = body:match('"actualVersion":(%d+)')
  end
  if v then version = tonumber(v) end
end

function done(summary, latency, requests)
  local b = 0
  for _, t in ipairs(threads) do b = b + t:get("bad") end
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, b, e.connect + e.read + e.write + e.timeout))
end
