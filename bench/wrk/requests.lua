-- Replays a file of requests, one per line: METHOD <tab> PATH <tab> TOKEN-NUMBER [<tab> BODY].
-- Tokens come from a second file, one per line (TOKEN-NUMBER is its 1-based line). A BODY of TOGGLE:STATUS
-- moves the ticket to STATUS on the first pass over the file and back on the next (IN_PROGRESS and
-- WAITING_ON_REQUESTER), so that it moves back and forth.
-- Each wrk thread takes its own slice of the lines (line i goes to thread i mod threads), so two threads never
-- send the same write. done() prints one RESULT line that bench/load.sh parses.
-- Usage: wrk -t2 -c16 -d15s -s bench/wrk/requests.lua http://127.0.0.1:PORT -- requests.tsv tokens.txt 2
-- (the last argument is wrk's thread count). With BENCH_WRK_DEBUG set, the first failures are printed.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local function lines(path)
  local all = {}
  for line in io.lines(path) do
    if line ~= "" then table.insert(all, line) end
  end
  return all
end

local other = { IN_PROGRESS = "WAITING_ON_REQUESTER", WAITING_ON_REQUESTER = "IN_PROGRESS" }
local function transition(status)
  return '{"to_status":"' .. status .. '","reason":"Benchmark"}'
end

function init(args)
  local tokens = lines(args[2])
  local all = lines(args[1])
  local nthreads = tonumber(args[3])
  mine = {}
  for i, line in ipairs(all) do
    if (i - 1) % nthreads == id then
      local method, path, token, body = line:match("^(%S+)\t(%S+)\t(%d+)\t?(.*)$")
      table.insert(mine, { method = method, path = path, token = tokens[tonumber(token)], body = body })
    end
  end
  if #mine == 0 then error("no requests for thread " .. id) end
  position = 0
  pass = 0
end

function request()
  position = position + 1
  if position > #mine then
    position = 1
    pass = pass + 1
  end
  local r = mine[position]
  local headers = { ["Authorization"] = "Bearer " .. r.token }
  local body = nil
  if r.body ~= nil and r.body ~= "" then
    body = r.body
    local first = body:match("^TOGGLE:(.+)$")
    if first then body = transition(pass % 2 == 0 and first or other[first]) end
    headers["Content-Type"] = "application/json"
  end
  return wrk.format(r.method, r.path, headers, body)
end

if os.getenv("BENCH_WRK_DEBUG") then
  local failures = 0
  function response(status, headers, body)
    if status >= 400 then
      failures = failures + 1
      if failures <= 3 then io.stderr:write("HTTP " .. status .. ": " .. body:sub(1, 200) .. "\n") end
    end
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end
