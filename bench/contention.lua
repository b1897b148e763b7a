-- One POST per request, each with the next person's access token (a file of tokens, one per line), so every
-- request is a different person's first registration for the session. Reports like wrk_report.lua.
local tokens = {}
local next_token = 0
local path = os.getenv("BENCH_PATH")

init = function(args)
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    tokens[#tokens + 1] = line
  end
end

request = function()
  next_token = next_token % #tokens + 1
  local headers = {
    ["Authorization"] = "Bearer " .. tokens[next_token],
    ["Content-Type"] = "application/json",
  }
  return wrk.format("POST", path, headers, '{"category": "participant"}')
end

dofile(os.getenv("BENCH_REPORT"))
