// fxn's dashboard: plain JavaScript over the server's JSON API (GET /v1/jobs, /v1/jobs/ID,
// /v1/jobs/ID/ir, /v1/jobs/ID/source, /v1/targets, /v1/workers, /v1/stats).
//
// Everything shown comes from users (function names, file names, diagnostics, generated
// source) and is hostile until proven otherwise: the page builds its DOM with createElement and
// text nodes only (no string is ever parsed as HTML; server/dashboard_test.cc checks for the
// sinks), and the server's Content-Security-Policy allows no inline script besides.

const TOKEN_KEY = 'fxn-token';
const main = document.getElementById('main');
let refreshTimer = null;
let renderSerial = 0;  // a render that finds a newer one started stops drawing

// ---- DOM helpers: strings become text nodes, never markup ----

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function section(title, id, ...children) {
  return el('section', { id }, el('h2', { text: title }), ...children);
}

function table(headers, rows, id) {
  return el('table', { id },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { text: h })))),
    el('tbody', {}, rows));
}

const STAGE_CLASS = { VERIFIED: 'ok', DONE: 'ok', FAILED: 'bad', NOT_VERIFIED: 'bad' };
function stageBadge(stage, label) {
  const s = stage || 'STAGE_UNSPECIFIED';
  return el('span', { class: `stage ${STAGE_CLASS[s] || 'run'}`, 'data-stage': s }, label || s.toLowerCase().replace('_', ' '));
}

function when(ms) {
  const n = Number(ms || 0);
  return n ? new Date(n).toLocaleString() : '';
}

function jobHref(id) {
  return `#/jobs/${encodeURIComponent(id)}`;
}

// ---- the API, with the token when there is one ----

class Refused extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(path) {
  const headers = {};
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { headers, cache: 'no-store' });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) throw new Refused(response.status, (body && body.error) || `HTTP ${response.status}`);
  return body;
}

function showTokenForm(message) {
  stopRefresh();
  main.replaceChildren();
  const form = document.getElementById('token-form');
  const error = document.getElementById('token-error');
  error.textContent = message || '';
  error.hidden = !message;
  form.hidden = false;
  document.getElementById('token-input').focus();
}

document.getElementById('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = document.getElementById('token-input');
  const token = input.value.trim();
  if (!token) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  input.value = '';
  document.getElementById('token-form').hidden = true;
  route();
});

document.getElementById('sign-out').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  route();
});

// A refusal or failure of any view: the token form for 401/403, else the error in the page.
function failed(error) {
  if (error instanceof Refused && (error.status === 401 || error.status === 403)) {
    const had = sessionStorage.getItem(TOKEN_KEY);
    if (error.status === 401 && had) sessionStorage.removeItem(TOKEN_KEY);
    showTokenForm(had || error.status === 403 ? error.message : '');
    return;
  }
  main.replaceChildren(el('p', { class: 'error', id: 'error' }, String(error.message || error)));
}

function stopRefresh() {
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = null;
}

function refreshIn(ms, fn) {
  stopRefresh();
  refreshTimer = setTimeout(() => {
    if (document.hidden) refreshIn(ms, fn);
    else fn();
  }, ms);
}

// ---- the overview: jobs, stats, targets, workers ----

// A target's state as a badge: one whose job failed before it started was never built.
function targetBadge(job, t, prefix) {
  const open = !['VERIFIED', 'FAILED', 'NOT_VERIFIED'].includes(t.stage);
  const neverBuilt = job.stage === 'FAILED' && open;
  const label = neverBuilt ? 'not built' : (t.stage || '').toLowerCase().replace('_', ' ');
  return stageBadge(neverBuilt ? 'FAILED' : t.stage, `${prefix || ''}${label}${t.cached ? ' (cached)' : ''}`);
}

function jobRow(job) {
  const targets = (job.targets || []).map((t) => targetBadge(job, t, `${t.target}: `));
  return el('tr', { 'data-job-id': job.job_id, 'data-stage': job.stage || '' },
    el('td', {}, el('a', { href: jobHref(job.job_id), class: 'mono' }, job.job_id.slice(0, 12))),
    el('td', { class: 'entry' }, job.entry || ''),
    el('td', { class: 'muted' }, job.filename || ''),
    el('td', {}, stageBadge(job.stage)),
    el('td', { class: 'targets' }, targets),
    el('td', { class: 'message' }, job.message || ''),
    el('td', { class: 'muted' }, when(job.created_unix_ms)));
}

function statsSection(stats) {
  const caches = (stats.caches || []).map((c) => el('tr', { 'data-cache': c.cache },
    el('td', {}, `${c.cache} cache`),
    el('td', { class: 'num hit-rate' }, `${Math.round(100 * (c.hit_rate || 0))}%`),
    el('td', { class: 'num muted' }, `${Number(c.hits || 0)} hits, ${Number(c.misses || 0)} misses`)));
  const queue = (stats.queue || []).map((q) => el('tr', {},
    el('td', {}, q.kind === 'trace' ? 'trace' : `compile ${q.target}`),
    el('td', { class: 'num' }, `${q.queued || 0} queued`),
    el('td', { class: 'num muted' }, `${q.leased || 0} leased`)));
  return section('Server', 'stats',
    el('p', {}, el('span', { class: 'stat', id: 'queue-depth' }, String(stats.queued_tasks || 0)), ' tasks queued · ',
      el('span', { class: 'stat', id: 'active-jobs' }, String(stats.active_jobs || 0)), ' jobs running'),
    table(['cache', 'hit rate', ''], caches, 'caches'),
    queue.length ? table(['queue', '', ''], queue, 'queue') : el('p', { class: 'muted' }, 'no open tasks'));
}

function targetsSection(targets, workers) {
  const byTarget = {};
  for (const w of workers.workers || []) for (const t of w.targets || []) (byTarget[t] ||= []).push(w.worker_id);
  const rows = (targets.targets || []).map((t) => el('tr', { 'data-target': t.name },
    el('td', {}, t.name),
    el('td', {}, t.available ? stageBadge('VERIFIED', 'available') : stageBadge('FAILED', 'no worker')),
    el('td', { class: 'muted' }, (byTarget[t.name] || []).join(', ') || t.reason || '')));
  return section('Targets', 'targets', table(['target', '', 'served by'], rows));
}

function workersSection(workers) {
  const rows = (workers.workers || []).map((w) => el('tr', { 'data-worker': w.worker_id },
    el('td', { class: 'mono' }, w.worker_id),
    el('td', {}, (w.targets || []).join(', ') || '—'),
    el('td', {}, w.can_trace ? 'yes' : 'no'),
    el('td', { class: 'num' }, String(w.leased_tasks || 0)),
    el('td', { class: 'num muted' }, `${Math.round(Number(w.last_seen_ms_ago || 0) / 1000)} s ago`)));
  return section('Workers', 'workers',
    rows.length ? table(['worker', 'targets', 'traces', 'tasks', 'seen'], rows) : el('p', { class: 'muted' }, 'no worker seen in the last minute'));
}

async function overview(serial) {
  const [jobs, stats, targets, workers] = await Promise.all(
    [api('/v1/jobs?limit=50'), api('/v1/stats'), api('/v1/targets'), api('/v1/workers')]);
  if (serial !== renderSerial) return;
  const list = jobs.jobs || [];
  main.replaceChildren(
    section('Recent jobs', 'jobs-section',
      list.length ? table(['job', 'entry', 'file', 'state', 'targets', 'message', 'created'], list.map(jobRow), 'jobs')
        : el('p', { class: 'muted', id: 'no-jobs' }, 'no jobs yet: fxn push FILE.py with FXN_SERVER pointing here')),
    el('div', { class: 'grid' }, statsSection(stats), targetsSection(targets, workers), workersSection(workers)));
  refreshIn(5000, route);
}

// ---- one job: targets, diagnostics, timeline, IR, generated source ----

function diagnosticsOf(job) {
  const out = [];
  if (job.stage === 'FAILED' && job.message) out.push(job.message);
  for (const t of job.targets || []) {
    if ((t.stage === 'FAILED' || t.stage === 'NOT_VERIFIED') && t.message) out.push(`${t.target}: ${t.message}`);
  }
  return out;
}

function timeline(job) {
  const events = job.events || [];
  const start = events.length ? Number(events[0].unix_ms || 0) : 0;
  return events.map((e) => el('tr', { 'data-stage': e.stage || '' },
    el('td', { class: 'num muted' }, e.unix_ms ? `+${((Number(e.unix_ms) - start) / 1000).toFixed(2)} s` : ''),
    el('td', {}, stageBadge(e.stage)),
    el('td', {}, e.target || ''),
    el('td', {}, e.cached ? 'cached' : ''),
    el('td', { class: 'message' }, e.message ? el('pre', { class: 'wrap' }, e.message) : '')));
}

async function loadIr(id, serial, into) {
  try {
    const ir = await api(`/v1/jobs/${encodeURIComponent(id)}/ir`);
    if (serial === renderSerial) into.replaceChildren(el('pre', { id: 'job-ir' }, ir.ir || ''));
  } catch (e) {
    if (serial === renderSerial) into.replaceChildren(el('p', { class: 'muted', id: 'job-ir-missing' }, e.message));
  }
}

async function loadSource(id, target, serial, into) {
  into.replaceChildren(el('p', { class: 'muted' }, 'loading…'));
  try {
    const src = await api(`/v1/jobs/${encodeURIComponent(id)}/source?target=${encodeURIComponent(target)}`);
    if (serial === renderSerial) {
      into.replaceChildren(el('p', { class: 'muted' }, `${src.file} (${target})`), el('pre', { id: 'job-source' }, src.source || ''));
    }
  } catch (e) {
    if (serial === renderSerial) into.replaceChildren(el('p', { class: 'muted', id: 'job-source-missing' }, e.message));
  }
}

async function jobPage(id, serial) {
  const job = await api(`/v1/jobs/${encodeURIComponent(id)}`);
  if (serial !== renderSerial) return;
  const finished = job.stage === 'DONE' || job.stage === 'FAILED';
  const targetRows = (job.targets || []).map((t) => el('tr', { 'data-target': t.target },
    el('td', {}, t.target),
    el('td', {}, targetBadge(job, t)),
    el('td', { class: 'mono muted' }, (t.artifact_digest || '').slice(0, 16)),
    el('td', { class: 'mono muted' }, t.built_by || ''),
    el('td', { class: 'message' }, t.message || '')));
  const diagnostics = diagnosticsOf(job);
  const irBox = el('div', {}, el('p', { class: 'muted' }, 'loading…'));
  const sourceBox = el('div', {});
  const built = (job.targets || []).filter((t) => t.artifact_digest);
  let sourcePicker = null;
  if (built.length > 1) {
    sourcePicker = el('select', { id: 'source-target' }, built.map((t) => el('option', { value: t.target }, t.target)));
    sourcePicker.addEventListener('change', () => loadSource(id, sourcePicker.value, renderSerial, sourceBox));
  }
  main.replaceChildren(
    el('p', {}, el('a', { href: '#/' }, '← all jobs')),
    section(`Job ${job.job_id}`, 'job',
      el('p', {}, el('strong', { id: 'job-entry' }, job.entry || '(entry not known yet)'), ' ', stageBadge(job.stage),
        job.ok ? stageBadge('VERIFIED', 'every target verified') : ''),
      job.message ? el('pre', { class: 'wrap', id: 'job-message' }, job.message) : ''),
    section('Targets', 'job-targets', table(['target', 'state', 'artifact', 'built by', 'message'], targetRows)),
    diagnostics.length ? section('Diagnostics', 'job-diagnostics', diagnostics.map((d) => el('pre', { class: 'wrap diagnostic' }, d))) : '',
    section('Timeline', 'job-timeline', table(['time', 'stage', 'target', '', 'message'], timeline(job), 'job-events')),
    section('IR', 'job-ir-section', irBox),
    section('Generated source', 'job-source-section', sourcePicker, built.length ? sourceBox : el('p', { class: 'muted', id: 'job-source-missing' },
      finished ? 'no target produced a bundle' : 'not built yet')));
  if (job.stage && job.stage !== 'QUEUED' && job.stage !== 'TRACING') loadIr(id, serial, irBox);
  else irBox.replaceChildren(el('p', { class: 'muted' }, 'not traced yet'));
  if (built.length) loadSource(id, built[0].target, serial, sourceBox);
  if (!finished) refreshIn(1500, route);
}

// ---- routing: #/ and #/jobs/ID ----

async function route() {
  stopRefresh();
  const serial = ++renderSerial;
  document.getElementById('token-form').hidden = true;
  document.getElementById('sign-out').hidden = !sessionStorage.getItem(TOKEN_KEY);
  const match = /^#\/jobs\/([0-9a-f]{1,64})$/.exec(location.hash);
  try {
    if (match) await jobPage(match[1], serial);
    else await overview(serial);
  } catch (error) {
    if (serial === renderSerial) failed(error);
  }
}

window.addEventListener('hashchange', route);
route();
