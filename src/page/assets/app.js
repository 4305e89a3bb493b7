// The check page: sends the draft to the server as the writer types (debounced), draws the
// findings behind the text and lists them; fixes are applied by the server, which uses the same
// pipeline as `onmessage check --fix`. Text from the draft, the guide or the server is only ever
// set as textContent, never parsed as HTML.
"use strict";

const DEBOUNCE_MS = 200;
const $ = (id) => document.getElementById(id);
const draft = $("draft");
const backdrop = $("backdrop");
let guide = null;
let findings = [];
let checkedText = null;
let sequence = 0;
let timer = null;
let uploadName = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

async function api(path, body) {
  const response = await fetch(path, body === undefined ? {} : {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  let data = null;
  try { data = await response.json(); } catch (_) { data = null; }
  if (!response.ok) {
    throw new Error((data && data.error) || `the server answered ${response.status}`);
  }
  return data;
}

function request() {
  return {
    text: draft.value,
    channel: $("channel").value || null,
    audience: $("audience").value || null,
    name: uploadName,
  };
}

function showMessage(text) {
  const message = $("message");
  message.textContent = text || "";
  message.hidden = !text;
}

// --- checking -------------------------------------------------------------------------------

function scheduleCheck() {
  clearTimeout(timer);
  $("status").textContent = "Checking…";
  timer = setTimeout(check, DEBOUNCE_MS);
}

async function check() {
  const mine = ++sequence;
  const sent = request();
  try {
    const result = await api("/api/check", sent);
    if (mine !== sequence) return; // a newer check is on its way
    checkedText = sent.text;
    findings = result.findings;
    showMessage("");
    render(result);
  } catch (err) {
    if (mine !== sequence) return;
    showMessage(err.message);
    $("status").textContent = "";
  }
}

function render(result) {
  drawHighlights();
  const list = $("findings");
  list.replaceChildren(...findings.map(findingItem));
  $("no-findings").hidden = findings.length > 0;
  const parts = [`${result.words} words`];
  if (result.score !== null) parts.push(`alignment score ${result.score}`);
  parts.push(`${result.errors} errors, ${result.warnings} warnings`);
  if (result.requirements > 0) {
    parts.push(`channel requirements met: ${result.requirements_met} of ${result.requirements}`);
  }
  $("figures").textContent = parts.join(" · ");
  const safe = findings.filter((f) => f.fix && f.fix.applicability === "safe").length;
  $("fix-all").disabled = safe === 0;
  $("fix-all").textContent = safe > 0 ? `Apply all safe fixes (${safe})` : "Apply all safe fixes";
  $("status").textContent = findings.length === 1 ? "1 finding" : `${findings.length} findings`;
}

function drawHighlights() {
  const text = draft.value;
  const nodes = [];
  let at = 0;
  findings
    .filter((f) => f.end16 > f.start16)
    .sort((a, b) => a.start16 - b.start16)
    .forEach((f) => {
      if (f.start16 < at) return; // overlapping: the list still shows it
      nodes.push(text.slice(at, f.start16));
      const mark = el("mark", { class: f.severity, "data-index": String(findings.indexOf(f)) },
        text.slice(f.start16, f.end16));
      nodes.push(mark);
      at = f.end16;
    });
  // A final line break needs something after it to take up its line.
  nodes.push(text.slice(at) + "\n");
  backdrop.replaceChildren(...nodes.map((n) => typeof n === "string" ? document.createTextNode(n) : n));
  backdrop.scrollTop = draft.scrollTop;
}

function findingItem(f, index) {
  const item = el("li", { class: `finding ${f.severity}`, "data-rule": f.rule });
  const severity = f.severity === "error" ? "Error" : f.severity === "warning" ? "Warning" : "Note";
  item.append(el("div", { class: "head" },
    el("span", { class: "severity" }, severity),
    el("span", { class: "rule" }, f.rule),
    f.matched ? el("span", { class: "matched" }, `“${f.matched}”`) : null));
  item.append(el("p", { class: "text" }, f.message));
  if (f.suggestion) item.append(el("p", { class: "suggestion" }, `Suggestion: ${f.suggestion}`));
  const buttons = el("div", { class: "buttons" });
  const show = el("button", { type: "button", class: "show" }, "Show in text");
  show.addEventListener("click", () => select(f));
  buttons.append(show);
  if (f.fix) {
    const label = f.fix.applicability === "safe" ? "Apply fix" : "Apply fix (check the result)";
    const apply = el("button", { type: "button", class: "apply" }, label);
    apply.addEventListener("click", () => fixOne(index));
    buttons.append(apply);
  }
  item.append(buttons);
  return item;
}

function select(f) {
  draft.focus();
  draft.setSelectionRange(f.start16, f.end16);
  backdrop.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
  const mark = backdrop.querySelector(`mark[data-index="${findings.indexOf(f)}"]`);
  if (mark) {
    mark.classList.add("current");
    // The backdrop lays the text out as the text area does: its mark says where to scroll.
    draft.scrollTop = Math.max(0, mark.offsetTop - draft.clientHeight / 3);
    backdrop.scrollTop = draft.scrollTop;
  }
}

// --- fixing ---------------------------------------------------------------------------------

async function applyFix(body) {
  try {
    const result = await api("/api/fix", body);
    if (result.text !== draft.value) {
      replaceDraft(result.text);
    }
    $("status").textContent = result.applied === 1 ? "1 fix applied" : `${result.applied} fixes applied`;
    await check();
  } catch (err) {
    showMessage(err.message);
  }
}

// Replace the whole draft as an edit the writer can undo (Ctrl+Z), where the browser allows.
function replaceDraft(text) {
  draft.focus();
  draft.select();
  const undoable = typeof document.execCommand === "function"
    && document.execCommand("insertText", false, text);
  if (!undoable || draft.value !== text) draft.value = text;
}

async function fixOne(index) {
  const f = findings[index];
  if (!f || checkedText !== draft.value) {
    await check();
    return;
  }
  await applyFix({ ...request(), finding: { rule: f.rule, start: f.start, end: f.end } });
}

async function fixAll() {
  await applyFix(request());
}

// --- the guide view -------------------------------------------------------------------------

function fillChoices(select, names) {
  const chosen = select.value;
  select.replaceChildren(el("option", { value: "" }, "none"),
    ...names.map((n) => el("option", { value: n }, n)));
  if (names.includes(chosen)) select.value = chosen;
}

async function loadGuide() {
  try {
    const data = await api("/api/guide");
    guide = data.guide;
    $("tab-files").hidden = !data.files;
    $("guide-error").hidden = !data.error;
    $("guide-error-text").textContent = data.error || "";
    fillChoices($("channel"), guide.channels.map((c) => c.name));
    fillChoices($("audience"), guide.audiences.map((a) => a.name));
    renderGuide();
  } catch (err) {
    showMessage(err.message);
  }
}

function section(title, ...content) {
  return el("section", {}, el("h3", {}, title), ...content);
}

function list(items) {
  return el("ul", {}, ...items.map((i) => el("li", {}, i)));
}

function table(headers, rows) {
  return el("table", {},
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c) => el("td", {}, c))))));
}


function renderGuide() {
  const g = guide;
  $("guide-file").textContent = g.file ? `From ${g.file}.` : "No guide file: the built-in packs.";
  const parts = [];
  if (g.benefit) {
    const within = g.benefit.within_words ? ` State it within the first ${g.benefit.within_words} words.` : "";
    parts.push(section("The core benefit",
      el("p", { class: "statement" }, g.benefit.statement),
      el("p", {}, `Say it in these words, or close to them.${within}`),
      list(g.benefit.expressions)));
  }
  if (g.phrases.length) parts.push(section("Approved phrases", list(g.phrases)));
  if (g.calls_to_action.length) parts.push(section("Calls to action", list(g.calls_to_action)));
  if (g.claims.length) parts.push(section("Approved claims", el("p", {}, "Use these figures as they are; any other figure for the same thing is stale."), list(g.claims)));
  if (g.brand_names.length) parts.push(section("Brand names", el("p", {}, "Spelled exactly like this."), list(g.brand_names)));
  if (g.terms.length) {
    parts.push(section("One word for one thing", table(["Say", "Instead of"],
      g.terms.map((t) => [t.use_, t.instead_of.join(", ")]))));
  }
  if (g.banned.length) {
    parts.push(section("Words we do not use", table(["Word", "Why", "Say instead", "From"],
      g.banned.map((b) => [b.term, b.reason || "", b.replacement || "", b.pack ? `${b.pack} pack` : "this guide"]))));
  }
  if (g.channels.length) {
    parts.push(section("Channels", table(["Channel", "Every document needs", "Longest"],
      g.channels.map((c) => [c.name, c.requires.join(", ") || "nothing extra", c.max_words ? `${c.max_words} words` : ""]))));
  }
  if (g.audiences.length) {
    parts.push(section("Audiences", table(["Audience", "Avoid", "Prefer"],
      g.audiences.map((a) => [a.name, a.avoid.join(", "), a.prefer.join(", ")]))));
  }
  $("guide").replaceChildren(...parts);
}

// --- views and wiring -----------------------------------------------------------------------

function showView(name) {
  for (const view of ["check", "guide", "files"]) {
    $(`view-${view}`).hidden = view !== name;
    $(`tab-${view}`).setAttribute("aria-pressed", String(view === name));
  }
  if (name === "guide") loadGuide();
  if (name === "files") loadFiles();
}

// --- the files view (`onmessage serve PATH`) ------------------------------------------------

async function loadFiles() {
  $("files-status").textContent = "Scoring the files…";
  try {
    const data = await api("/api/files");
    const rows = data.files.map((f) => {
      const open = el("button", { type: "button", class: "open" }, f.path);
      open.addEventListener("click", () => openFile(f));
      const score = f.not_checked ? `not checked: ${f.not_checked}` : (f.score === null ? "no prose" : String(f.score));
      return [open, f.channel || "", String(f.words), score, String(f.errors), String(f.warnings)];
    });
    $("files").replaceChildren(table(["File", "Channel", "Words", "Score", "Errors", "Warnings"], rows));
    $("files-status").textContent = data.files.length === 1 ? "1 file" : `${data.files.length} files`;
  } catch (err) {
    $("files-status").textContent = err.message;
  }
}

async function openFile(f) {
  try {
    const data = await api(`/api/file?path=${encodeURIComponent(f.path)}`);
    uploadName = f.path.split("/").pop();
    draft.value = data.text;
    $("channel").value = f.channel || "";
    $("audience").value = f.audience || "";
    showView("check");
    await check();
  } catch (err) {
    $("files-status").textContent = err.message;
  }
}

draft.addEventListener("input", () => { drawHighlights(); scheduleCheck(); });
draft.addEventListener("scroll", () => { backdrop.scrollTop = draft.scrollTop; });
$("channel").addEventListener("change", check);
$("audience").addEventListener("change", check);
$("fix-all").addEventListener("click", fixAll);
$("copy").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(draft.value);
    $("status").textContent = "Copied";
  } catch (_) {
    draft.select();
    $("status").textContent = "Select all and copy with your keyboard";
  }
});
$("upload").addEventListener("change", async () => {
  const file = $("upload").files[0];
  if (!file) return;
  uploadName = file.name;
  draft.value = await file.text();
  check();
});
$("tab-check").addEventListener("click", () => showView("check"));
$("tab-guide").addEventListener("click", () => showView("guide"));
$("tab-files").addEventListener("click", () => showView("files"));
new ResizeObserver(() => { backdrop.style.height = `${draft.offsetHeight}px`; }).observe(draft);

loadGuide().then(check);
