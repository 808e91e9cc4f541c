// zhibiao review page: the flagged rows worst first, filters, keyboard decisions.
// Plain script, no build step and nothing from the network; the server is zhibiao/review/server.py.
"use strict";

const TOKEN = document.querySelector('meta[name="zhibiao-token"]').content;
const SEVERITY = { error: "错误", warning: "警告", hint: "提示" };
const PAGE = 50;                               // rows a fetch brings; "显示更多" brings the next
const state = { rows: [], total: 0, current: 0, classes: {}, editing: null, seq: 0 };
const $ = (id) => document.getElementById(id);

function text(v) { return v === null || v === undefined ? "" : String(v); }
function pct(v) { return v === null || v === undefined ? "—" : Math.round(v * 100) + "%"; }
function el(tag, cls, content) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (content !== undefined) e.textContent = content;
  return e;
}
function status(message, error) {
  const s = $("status");
  s.textContent = message;
  s.className = error ? "error" : "";
}

// ---------------------------------------------------------------- the filters
function filters() {
  const p = new URLSearchParams();
  const put = (k, v) => { if (v) p.set(k, v); };
  put("department", $("f-department").value);
  put("project", $("f-project").value);
  put("rule", $("f-rule").value);
  put("max_confidence", $("f-confidence").value);
  put("text", $("f-text").value.trim());
  if ($("f-undecided").checked) p.set("undecided", "1");
  return p;
}

async function load(append) {
  const p = filters();
  p.set("offset", append ? state.rows.length : 0);
  p.set("limit", PAGE);
  const seq = ++state.seq;                       // a later filter wins over a slower earlier one
  const started = performance.now();
  const r = await fetch("/api/rows?" + p.toString());
  const data = await r.json();
  if (seq !== state.seq) return;
  if (!r.ok) { status(data.error || "读取失败", true); return; }
  state.rows = append ? state.rows.concat(data.rows) : data.rows;
  state.total = data.total;
  if (!append) state.current = 0;
  render();
  document.body.dataset.loadedMs = String(Math.round(performance.now() - started));
  document.body.dataset.ready = String(state.seq);
}

function fill(select, items, label) {
  for (const [value, n] of items) {
    const o = el("option", "", label ? label(value, n) : `${value}（${n}）`);
    o.value = value;
    select.appendChild(o);
  }
}

async function start() {
  const r = await fetch("/api/facets");
  const f = await r.json();
  fill($("f-department"), f.departments);
  fill($("f-project"), f.projects);
  fill($("f-rule"), f.rules, (v, n) => `规则 ${v}（${n}）`);
  for (const c of f.classes) {
    state.classes[c.code] = c.name;
    const o = el("option");
    o.value = c.name;
    o.label = c.code;
    $("classes").appendChild(o);
  }
  for (const id of ["f-department", "f-project", "f-rule", "f-undecided"]) $(id).addEventListener("change", () => load(false));
  for (const id of ["f-confidence", "f-text"]) $(id).addEventListener("input", () => load(false));
  $("filters").addEventListener("submit", (e) => e.preventDefault());
  $("more").addEventListener("click", () => load(true));
  await load(false);
  status(`共 ${f.rows} 个有审核意见的指标；每次决定立即写入 ${f.file}`);
}

// ---------------------------------------------------------------- the rows
function className(code) { return code ? `${code} ${state.classes[code] || ""}`.trim() : "—"; }

function alternatives(r) {
  const seen = [];
  for (const [code, conf, what] of [[r.level2_code, r.class_confidence, "模型"],
                                    [r.runner_up_level2_code, r.runner_up_confidence, "次选"],
                                    [r.row_level2_code, r.row_class_confidence, "单行"]]) {
    if (code && !seen.some((s) => s.code === code)) seen.push({ code, conf, what });
  }
  return seen.slice(0, 3);
}

function decisionText(r) {
  if (!r.review_decision && !r.review_level2 && !r.review_value && !r.review_note) return "未审";
  const parts = [r.review_decision || "修改"];
  if (r.review_level2) parts.push(`改为二级指标：${r.review_level2}`);
  if (r.review_value) parts.push(`改为指标值：${r.review_value}`);
  if (r.review_note) parts.push(`备注：${r.review_note}`);
  return parts.join("　");
}

function rowElement(r, i) {
  const worst = ["error", "warning", "hint"][r.worst] || "hint";
  const d = el("section", `row ${worst}` + (i === state.current ? " current" : ""));
  d.dataset.id = r.id;
  d.dataset.index = i;
  d.dataset.where = r.excel_row ? `${r.sheet}!${r.excel_row}` : `line ${r.line}`;
  const head = el("div", "head");
  head.append(el("span", "name", text(r.name)), el("span", "project", `${text(r.department)}　${text(r.project)}`));
  const value = el("div", "value");
  value.append("指标值：", el("b", "", text(r.annual_value) || "（空）"), `　解读：${text(r.targets) || "—"}　取值置信度 ${pct(r.value_confidence)}`);
  const cls = el("div", "cls", `申报：${text(r.declared_level1)} / ${text(r.declared_level2) || "—"}　采用：${className(r.level2_effective)}`);
  const alts = el("div", "alts");
  alts.append("模型判断：");
  alternatives(r).forEach((a, k) => {
    const s = el("span");
    s.append(el("kbd", "", String(k + 1)), `${className(a.code)}（${a.what} ${pct(a.conf)}）`);
    alts.append(s);
  });
  const flags = el("ul", "flags");
  for (const f of r.flags) {
    const li = el("li", f.severity);
    if (f.rule) li.append(el("span", "rule", `[${f.rule}]`));
    li.append(`${SEVERITY[f.severity] || f.severity}：${f.reason}`);
    flags.append(li);
  }
  const decision = el("div", "decision" + (decisionText(r) === "未审" ? "" : " done"), "审核：" + decisionText(r));
  const raw = el("div", "raw", "原文：" + text(r.raw));
  d.append(head, value, cls, alts, flags, raw, decision);
  d.addEventListener("click", () => { state.current = i; mark(); });
  return d;
}

function render() {
  const main = $("rows");
  main.replaceChildren(...state.rows.map(rowElement));
  $("count").textContent = `符合条件 ${state.total} 行` + (state.rows.length < state.total ? `，已显示 ${state.rows.length} 行` : "");
  $("more").hidden = state.rows.length >= state.total;
  mark();
}

function mark() {
  for (const e of document.querySelectorAll(".row.current")) e.classList.remove("current");
  const e = document.querySelector(`.row[data-index="${state.current}"]`);
  if (e) { e.classList.add("current"); e.scrollIntoView({ block: "nearest" }); }
}

function move(step) {
  if (!state.rows.length) return;
  state.current = Math.max(0, Math.min(state.rows.length - 1, state.current + step));
  mark();
}

// ---------------------------------------------------------------- decisions
async function decide(changes) {
  const i = state.current;
  const r = state.rows[i];
  if (!r) return;
  const body = Object.assign({ id: r.id, decision: r.review_decision, level2: r.review_level2,
                               value: r.review_value, note: r.review_note }, changes);
  const e = document.querySelector(`.row[data-index="${i}"] .decision`);
  if (e) { e.className = "decision saving"; e.textContent = "审核：保存中…"; }
  move(1);
  try {
    const resp = await fetch("/api/decision", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Zhibiao-Token": TOKEN },
      body: JSON.stringify(body),
    });
    const data = await resp.json();
    if (!resp.ok) throw new Error(data.error || "保存失败");
    state.rows[i] = data.row;
    const fresh = rowElement(data.row, i);
    const old = document.querySelector(`.row[data-index="${i}"]`);
    if (old) old.replaceWith(fresh);
    mark();
    status(`第 ${data.row.excel_row || data.row.line} 行已写入`);
  } catch (err) {
    if (e) { e.className = "decision failed"; e.textContent = "审核：未保存（" + err.message + "）"; }
    status(err.message, true);
  }
}

function edit(field, label) {
  const r = state.rows[state.current];
  if (!r) return;
  state.editing = field;
  $("edit-label").textContent = label;
  const input = $("edit");
  input.value = text({ level2: r.review_level2, value: r.review_value, note: r.review_note }[field]);
  input.setAttribute("list", field === "level2" ? "classes" : "");
  $("editor").hidden = false;
  input.focus();
  input.select();
}

function closeEditor() {
  state.editing = null;
  $("editor").hidden = true;
  $("rows").focus();
}

$("edit").addEventListener("keydown", (e) => {
  if (e.key === "Enter") {
    e.preventDefault();
    const field = state.editing;
    const value = $("edit").value.trim();
    closeEditor();
    const changes = { [field]: value };
    if (field !== "note" && value) changes.decision = "修改";
    decide(changes);
  } else if (e.key === "Escape") {
    e.preventDefault();
    closeEditor();
  }
});

document.addEventListener("keydown", (e) => {
  if (state.editing || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target;
  if (t && (t.tagName === "INPUT" || t.tagName === "SELECT")) {
    if (e.key === "Escape") { t.blur(); $("rows").focus(); }
    return;
  }
  const r = state.rows[state.current];
  const alts = r ? alternatives(r) : [];
  const keys = {
    j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
    a: () => decide({ decision: "采纳", level2: null, value: null }),
    d: () => decide({ decision: "待定" }),
    x: () => decide({ decision: null, level2: null, value: null, note: null }),
    c: () => edit("level2", "改为二级指标（名称或代码）"),
    v: () => edit("value", "改为指标值"),
    n: () => edit("note", "备注"),
    "/": () => $("f-text").focus(),
  };
  for (const k of ["1", "2", "3"]) {
    keys[k] = () => { const a = alts[Number(k) - 1]; if (a) decide({ decision: "修改", level2: a.code }); };
  }
  const action = keys[e.key];
  if (action) { e.preventDefault(); action(); }
});

start().catch((err) => status("页面载入失败：" + err.message, true));
