-- wrk script for bench/run.py. BENCH_BUST=1 adds a random query parameter so every request misses
-- the page cache (routes and renditions stay cached: that is "uncached" rendering); {q} in the path
-- becomes a random word from BENCH_WORDS (comma separated). done() prints one JSON line.
local bust = os.getenv("BENCH_BUST") == "1"
local words = {}
for word in string.gmatch(os.getenv("BENCH_WORDS") or "tea", "([^,]+)") do
  words[#words + 1] = word:gsub(" ", "+")
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local path = wrk.path
  if string.find(path, "{q}", 1, true) then
    path = path:gsub("{q}", words[math.random(1, #words)])
  end
  if bust then
    local sep = string.find(path, "?", 1, true) and "&" or "?"
    path = path .. sep .. "_b=" .. math.random(1, 1000000000)
  end
  return wrk.format(nil, path)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'JSON {"requests": %d, "duration_us": %d, "errors": %d, "non2xx": %d, "p50": %d, "p95": %d, "p99": %d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
