-- Cycles through a list of paths (a file, one per line: every page of a download), one request each, so a
-- run's requests are whole downloads in turn. Reports like wrk_report.lua.
local paths = {}
local next_path = 0

init = function(args)
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
end

request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

dofile(os.getenv("BENCH_REPORT"))
