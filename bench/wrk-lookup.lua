-- wrk script for GET /api/lookup (see bench/http-lookup.sh): cycles through the request paths of
-- LOOKUP_PATHS (one a line, written by `HttpLoadBenchmark queries`), each thread from its own offset,
-- with the API token of DRAGOMAN_TOKEN. Non-2xx answers are counted and printed at the end.
local paths = {}
for line in io.lines(os.getenv("LOOKUP_PATHS")) do
  paths[#paths + 1] = line
end
local token = os.getenv("DRAGOMAN_TOKEN")
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 97)
  table.insert(threads, thread)
end

function init(args)
  i = offset
  failed = 0
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Authorization"] = "Bearer " .. token })
end

function response(status, headers, body)
  if status ~= 200 then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("failed")
  end
  io.write(string.format("non-200 answers: %d; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms\n", total,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
