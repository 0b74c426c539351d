-- wrk script: POSTs one GraphQL request body (a JSON file named after "--") and counts the answers
-- that are not HTTP 200 or carry GraphQL "errors". Prints one line for run.sh:
--   RESULT <requests/s> <p50 ms> <p99 ms> <requests> <bad answers> <socket errors>
-- Usage: wrk -t1 -c8 -d20s --latency -s post.lua http://127.0.0.1:PORT/graphql -- body.json
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "rb"))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = file:read("*a")
  file:close()
  bad = 0
end

function response(status, headers, body)
  if status ~= 200 or body:find('"errors"', 1, true) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local b = 0
  for _, t in ipairs(threads) do b = b + t:get("bad") end
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, b, e.connect + e.read + e.write + e.timeout))
end
