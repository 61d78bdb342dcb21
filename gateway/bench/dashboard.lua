-- wrk script of compare.sh: POSTs one GraphQL document (the file BENCH_BODY_FILE) with the bearer
-- token BENCH_TOKEN, and counts the answers that are not complete: a status outside 2xx, or a
-- 2xx body that carries GraphQL "errors" (a gateway that degrades answers HTTP 200 with errors,
-- which wrk alone would count as a success). done() prints one RESULT line compare.sh reads.
local file = assert(io.open(os.getenv("BENCH_BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

-- Each wrk thread has its own Lua state: the counters are per thread, summed in done().
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  gqlerrors = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  elseif body and body:find('"errors"', 1, true) then
    gqlerrors = gqlerrors + 1
  end
end

function done(summary, latency, requests)
  local non2xx_total, gqlerrors_total = 0, 0
  for _, thread in ipairs(threads) do
    non2xx_total = non2xx_total + thread:get("non2xx")
    gqlerrors_total = gqlerrors_total + thread:get("gqlerrors")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d gqlerrors=%d socket_errors=%d timeouts=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    non2xx_total, gqlerrors_total, e.connect + e.read + e.write, e.timeout))
end
