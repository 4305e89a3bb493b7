-- Run by ci/nvim-test.sh after the README's configuration and the demo file are loaded: wait
-- (bounded) for the language server's diagnostics on the current buffer, write them as JSON to
-- $ONMESSAGE_NVIM_OUT, and quit. Works on Neovim 0.7 (Debian bookworm) and later.
local buf = vim.api.nvim_get_current_buf()
local timeout_ms = tonumber(os.getenv('ONMESSAGE_NVIM_TIMEOUT_MS') or '30000')
local arrived = vim.wait(timeout_ms, function()
  return #vim.diagnostic.get(buf) > 0
end, 50)

local found = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  -- 0.7 keeps the LSP code under user_data.lsp; later versions also as d.code.
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(found, {
    lnum = d.lnum,
    col = d.col,
    code = d.code or lsp.code,
    source = d.source,
    severity = d.severity,
    message = d.message,
  })
end
local clients = {}
for _, client in pairs(vim.lsp.buf_get_clients(buf)) do
  table.insert(clients, client.name)
end
local result = {
  nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch,
  arrived = arrived,
  clients = clients,
  filetype = vim.bo[buf].filetype,
  diagnostics = found,
}
vim.fn.writefile({ vim.fn.json_encode(result) }, os.getenv('ONMESSAGE_NVIM_OUT'))
vim.cmd('qall!')
