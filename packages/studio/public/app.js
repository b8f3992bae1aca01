// kvalitet studio, the page: a list of standards, a Markdown editor (CodeMirror 6) with live
// findings from the same linter as the command line, the change document as a preview, and
// downloads. All text the page shows from the server is set as text, never as HTML.
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { linter, lintGutter } from '@codemirror/lint';
import { search, searchKeymap, highlightSelectionMatches, openSearchPanel } from '@codemirror/search';
import { fields as formFields, readFields, fieldChange } from '/frontmatter.js';

const $ = (id) => document.getElementById(id);
// `path`, `version` and `dirty` mirror the file shown in the editor; the truth is in its EditorState (see fileField).
// `lintedDoc`/`lintedAt`: the text the findings shown were computed for, and when they were shown (performance.now()).
const state = {
  path: null,
  version: null,
  dirty: false,
  standards: [],
  messages: [],
  lintSeq: 0,
  openSeq: 0,
  linting: false,
  lintedDoc: null,
  lintedAt: 0,
  bases: [],
  base: 'HEAD',
  previewSeq: 0,
  previewTimer: 0,
  formTimer: 0,
};
const severityDa = { error: 'Fejl', warning: 'Advarsel', info: 'Info' };

/** "1 advarsel", "2 advarsler": Danish number agreement. */
const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const countsText = (c) =>
  `${count(c.error, 'fejl', 'fejl')}, ${count(c.warning, 'advarsel', 'advarsler')}, ${c.info} info${c.accepted ? `, ${c.accepted} accepteret` : ''}`;

/** Findings counted as the list shows them: accepted (baseline) ones apart, not as errors. */
function countsOf(messages) {
  const c = { error: 0, warning: 0, info: 0, accepted: 0 };
  for (const m of messages) c[m.baselined ? 'accepted' : m.severity]++;
  return c;
}

// CodeMirror's own words (search panel, lint panel) in Danish.
const danish = EditorState.phrases.of({
  Find: 'Søg',
  Replace: 'Erstat',
  next: 'næste',
  previous: 'forrige',
  all: 'alle',
  'match case': 'forskel på store og små bogstaver',
  regexp: 'regulært udtryk',
  'by word': 'hele ord',
  replace: 'erstat',
  'replace all': 'erstat alle',
  close: 'luk',
  'current match': 'nuværende fund',
  'on line': 'på linje',
  'replaced match on line $': 'erstattede fundet på linje $',
  'replaced $ matches': 'erstattede $ steder',
  'Go to line': 'Gå til linje',
  go: 'gå',
  Diagnostics: 'Fund',
  'No diagnostics': 'Ingen fund',
});

function status(text) {
  $('status').textContent = text;
}

async function api(path, options = {}) {
  const res = await fetch(path, {
    ...options,
    headers: { 'content-type': 'application/json', ...(options.headers ?? {}) },
  });
  if (!res.ok) {
    const body = await res.json().catch(() => ({ error: res.statusText }));
    throw new Error(body.error ?? res.statusText);
  }
  return res;
}

// ---------------------------------------------------------------- list

function renderList() {
  const q = $('search').value.trim().toLocaleLowerCase('da');
  const ul = $('standards');
  ul.replaceChildren();
  for (const s of state.standards) {
    const hay = `${s.title} ${s.paragraphs.join(' ')} ${s.path}`.toLocaleLowerCase('da');
    if (q && !hay.includes(q)) continue;
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.path = s.path;
    if (s.path === state.path) b.setAttribute('aria-current', 'true');
    const title = document.createElement('span');
    title.className = 'item-title';
    title.textContent = s.title;
    const meta = document.createElement('span');
    meta.className = 'item-meta';
    const words = {
      error: ['fejl', 'fejl'],
      warning: ['advarsel', 'advarsler'],
      info: ['info', 'info'],
      accepted: ['accepteret i baseline', 'accepteret i baseline'],
    };
    for (const sev of ['error', 'warning', 'info', 'accepted']) {
      if (sev === 'accepted' && !s.counts.accepted) continue;
      const badge = document.createElement('span');
      badge.className = `badge ${sev}`;
      badge.dataset.severity = sev;
      badge.textContent = sev === 'accepted' ? `✓ ${s.counts[sev]}` : String(s.counts[sev]);
      badge.title = count(s.counts[sev], ...words[sev]);
      meta.append(badge);
    }
    meta.append(` ${s.paragraphs.join(', ') || 'ingen paragraf'} · ${s.path}`);
    if (s.unsaved) meta.append(' · ikke gemt');
    b.append(title, meta);
    b.setAttribute('aria-label', `${s.title}: ${countsText(s.counts)}${s.unsaved ? ' (ikke gemt)' : ''}`);
    b.addEventListener('click', () => openStandard(s.path));
    li.append(b);
    ul.append(li);
  }
}

/** Reloads the list; `announce` says how many there are (not after a save, whose message stays). */
async function loadList({ announce = true } = {}) {
  const res = await api('/api/standards');
  const data = await res.json();
  state.standards = data.standards;
  renderList();
  if (announce) status(`${data.standards.length} standarder i ${data.root}.`);
}

// ---------------------------------------------------------------- editor

// Each opened standard has an EditorState of its own: its text, its own undo history (which starts
// at the text as loaded, so loading is never an undoable step), and this field: which file it is,
// the version token the server handed out for it, and the text last loaded or saved, which tells
// whether there are unsaved changes. A save sends the path and token from the same state as the text.
let nextSession = 1;
const markSaved = StateEffect.define();
const fileField = StateField.define({
  create: () => ({ session: 0, path: null, version: null, saved: null }),
  update(value, tr) {
    for (const e of tr.effects)
      if (e.is(markSaved)) value = { ...value, version: e.value.version, saved: e.value.saved };
    return value;
  },
});

/** Unsaved: the text differs from the text last loaded or saved (not: was edited). */
function isDirty(s) {
  const f = s.field(fileField);
  return f.path !== null && !s.doc.eq(f.saved);
}

/** Editor states of files opened before, without unsaved changes, so switching back keeps their history. */
const sessions = new Map();

// Live findings. The server checks a 40 KB standard in tens of milliseconds, so the wait after a
// keystroke is short. One check at a time: while one is under way, newer text waits for it and is
// then checked at once, and text overtaken by newer text is never sent (no queue of stale work).
const lintDelay = 30;
let lintInFlight = null;
const lintSource = linter(
  async (view) => {
    const { path, session } = view.state.field(fileField);
    if (!path) return [];
    const doc = view.state.doc;
    while (lintInFlight) await lintInFlight.catch(() => {});
    if (view.state.doc !== doc || view.state.field(fileField).session !== session) return []; // newer text is checked instead
    const seq = ++state.lintSeq;
    setLinting(true);
    let messages;
    const request = api('/api/lint', { method: 'POST', body: JSON.stringify({ path, text: doc.toString() }) }).then(
      (res) => res.json(),
    );
    lintInFlight = request;
    try {
      ({ messages } = await request);
    } finally {
      if (lintInFlight === request) lintInFlight = null;
      if (seq === state.lintSeq) setLinting(false);
    }
    if (seq !== state.lintSeq || view.state.field(fileField).session !== session) return [];
    state.messages = messages;
    state.lintedDoc = doc;
    renderFindings(view);
    state.lintedAt = performance.now();
    statusLine();
    followInList(view.state, messages);
    return messages.filter((m) => m.line !== undefined).map((m) => toDiagnostic(view, m));
  },
  { delay: lintDelay },
);

function setLinting(on) {
  state.linting = on;
  statusLine();
}

/** The list item of the open standard follows the editor: its badges count the findings in the text as it is now. */
function followInList(s, messages) {
  const { path } = s.field(fileField);
  const item = state.standards.find((x) => x.path === path);
  if (!item) return;
  const counts = countsOf(messages);
  const unsaved = isDirty(s);
  if (JSON.stringify(counts) === JSON.stringify(item.counts) && unsaved === Boolean(item.unsaved)) return;
  item.counts = counts;
  item.unsaved = unsaved;
  renderList();
}

function offsetOf(view, line, column) {
  const l = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

function toDiagnostic(view, m) {
  const from = offsetOf(view, m.line, m.column ?? 1);
  const to = m.endLine !== undefined ? Math.max(from, offsetOf(view, m.endLine, m.endColumn ?? 1)) : from;
  return {
    from,
    to,
    severity: m.severity,
    message: m.baselined ? `${m.message} (accepteret i baseline)` : m.message,
    ...(m.baselined ? { markClass: 'accepted' } : {}),
    source: m.ruleId,
    actions: m.suggestions.map((s) => ({ name: s.desc, apply: (v) => applySuggestion(v, s) })),
  };
}

function extensions(file) {
  return [
    fileField.init((s) => ({ ...file, saved: s.doc })),
    danish,
    lineNumbers(),
    highlightActiveLine(),
    history(),
    markdown(),
    EditorView.lineWrapping,
    lintGutter(),
    lintSource,
    search({ top: true }),
    highlightSelectionMatches(),
    keymap.of([
      { key: 'Mod-s', preventDefault: true, run: () => (save(), true) },
      ...searchKeymap,
      ...defaultKeymap,
      ...historyKeymap,
    ]),
    EditorView.updateListener.of((u) => {
      if (u.docChanged || u.startState.field(fileField) !== u.state.field(fileField)) showFile();
      if (u.docChanged) {
        schedulePreview();
        scheduleFormSync();
      }
      if (u.docChanged || u.selectionSet) statusLine();
    }),
    EditorView.contentAttributes.of({ 'aria-label': 'Standardens tekst i Markdown' }),
  ];
}

let editorReady = false;
const view = new EditorView({
  parent: $('editor'),
  state: EditorState.create({ doc: '', extensions: extensions({ session: 0, path: null, version: null }) }),
});
editorReady = true;

/** Shows the file in the editor and whether it has unsaved changes. */
function showFile() {
  const f = view.state.field(fileField);
  state.path = f.path;
  state.version = f.version;
  setDirty(isDirty(view.state));
}

function setDirty(dirty) {
  state.dirty = dirty;
  $('save').disabled = !dirty || !state.path;
  $('current').textContent = state.path ? `${state.path}${dirty ? ' (ikke gemt)' : ''}` : 'Ingen standard åbnet';
  statusLine();
}

// ---------------------------------------------------------------- status line

/** The line at the bottom: the file and whether it is saved, where the cursor is, the size, the findings, the check. */
function statusLine() {
  if (!editorReady) return;
  const s = view.state;
  const { path } = s.field(fileField);
  if (!path) {
    $('sl-file').textContent = 'Ingen standard åbnet';
    for (const id of ['sl-pos', 'sl-words', 'sl-findings', 'sl-lint']) $(id).textContent = '';
    return;
  }
  $('sl-file').textContent = `${path} · ${isDirty(s) ? 'ikke gemt' : 'gemt'}`;
  const head = s.selection.main.head;
  const line = s.doc.lineAt(head);
  $('sl-pos').textContent = `Linje ${line.number}, kolonne ${head - line.from + 1}`;
  const words = (s.doc.toString().match(/[\p{L}\p{N}]+/gu) ?? []).length;
  $('sl-words').textContent = `${words.toLocaleString('da-DK')} ord`;
  const c = countsOf(state.messages);
  $('sl-findings').textContent = state.lintedDoc ? `Fund: ${countsText(c)}` : '';
  $('sl-lint').textContent = state.linting || state.lintedDoc !== s.doc ? 'Tjekker …' : 'Tjekket';
}

function applySuggestion(v, s) {
  // Suggestions carry source offsets of the text they were computed on; it is the current text.
  v.dispatch({ changes: { from: s.range[0], to: s.range[1], insert: s.text } });
  status(`Forslag anvendt: ${s.desc}`);
}

function renderFindings(v) {
  const ol = $('findings');
  ol.replaceChildren();
  const ms = state.messages;
  const accepted = ms.filter((m) => m.baselined).length;
  $('finding-count').textContent = accepted ? `(${ms.length - accepted}, ${accepted} accepteret)` : `(${ms.length})`;
  for (const m of ms) {
    const li = document.createElement('li');
    li.className = 'finding';
    li.dataset.rule = m.ruleId;
    const head = document.createElement('div');
    head.className = 'finding-head';
    const sev = document.createElement('span');
    sev.className = `sev ${m.severity}${m.baselined ? ' accepted' : ''}`;
    sev.textContent = m.baselined ? `${severityDa[m.severity]} (accepteret)` : severityDa[m.severity];
    if (m.baselined) {
      li.classList.add('accepted');
      sev.title = 'Fundet er accepteret i baseline (kvalitet-baseline.json) og tæller ikke.';
    }
    const jump = document.createElement('button');
    jump.type = 'button';
    jump.className = 'jump';
    jump.textContent = m.line !== undefined ? `Linje ${m.line}: ${m.message}` : m.message;
    jump.addEventListener('click', () => {
      if (m.line === undefined) return;
      const pos = offsetOf(v, m.line, m.column ?? 1);
      v.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      v.focus();
    });
    head.append(sev, jump);
    li.append(head);
    if (m.basis.length) {
      const p = document.createElement('p');
      p.className = 'basis';
      p.append('Grundlag: ');
      m.basis.forEach((b, i) => {
        if (i) p.append('; ');
        if (b.url) {
          const a = document.createElement('a');
          a.href = b.url;
          a.target = '_blank';
          a.rel = 'noreferrer noopener';
          a.textContent = b.label;
          p.append(a);
        } else p.append(b.label);
      });
      li.append(p);
    }
    const rule = document.createElement('span');
    rule.className = 'rule';
    rule.textContent = m.ruleId;
    li.append(rule);
    for (const s of m.suggestions) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'fix';
      b.textContent = `Anvend forslag: ${s.desc}`;
      b.addEventListener('click', () => applySuggestion(v, s));
      const div = document.createElement('div');
      div.append(b);
      li.append(div);
    }
    ol.append(li);
  }
}

async function openStandard(path) {
  if (isDirty(view.state) && !confirm('Du har ændringer, der ikke er gemt. Vil du kassere dem?')) return;
  const seq = ++state.openSeq;
  const res = await api(`/api/file?path=${encodeURIComponent(path)}`);
  const data = await res.json();
  if (seq !== state.openSeq) return; // another file was opened meanwhile
  // Keep the file we leave (its history with it) unless its changes were just discarded.
  const leaving = view.state.field(fileField);
  if (leaving.path) {
    if (isDirty(view.state)) sessions.delete(leaving.path);
    else sessions.set(leaving.path, view.state);
  }
  // The state kept for this file is used only if the file is as it was then; else a fresh one.
  const kept = sessions.get(data.path);
  const next =
    kept && kept.field(fileField).version === data.version && !isDirty(kept)
      ? kept
      : EditorState.create({
          doc: data.text,
          extensions: extensions({ session: nextSession++, path: data.path, version: data.version }),
        });
  sessions.delete(data.path);
  const discarded = leaving.path && leaving.path !== data.path && isDirty(view.state);
  state.lintSeq++;
  state.messages = [];
  state.lintedDoc = null;
  view.setState(next);
  renderFindings(view);
  showFile();
  for (const id of ['show-preview', 'show-form', 'show-search', 'dl-docx', 'dl-track', 'dl-pub'])
    $(id).disabled = false;
  // A file whose changes were discarded is shown in the list as it is on disk again.
  if (discarded) await loadList({ announce: false });
  else renderList();
  status(`Åbnede ${data.path}.`);
  syncForm();
  if (!$('preview-pane').hidden) await loadBases();
}

async function save() {
  // Path, token and text all come from the one editor state: text loaded for one file is never saved as another.
  const saving = view.state;
  const { path, version, session } = saving.field(fileField);
  if (!path || !isDirty(saving)) return;
  try {
    const res = await api('/api/file', {
      method: 'PUT',
      body: JSON.stringify({ path, text: saving.doc.toString(), version }),
    });
    const data = await res.json();
    const effects = markSaved.of({ version: data.version, saved: saving.doc });
    if (view.state.field(fileField).session === session) view.dispatch({ effects });
    else if (sessions.get(path)?.field(fileField).session === session)
      sessions.set(path, sessions.get(path).update({ effects }).state);
    await loadList({ announce: false });
    status(`Gemt ${data.path}.`);
  } catch (error) {
    status(`Ikke gemt: ${error.message}`);
  }
}

// ---------------------------------------------------------------- preview and downloads

/** The versions the open standard can be compared with (HEAD, the last approved one, tags); then the preview. */
async function loadBases() {
  const path = view.state.field(fileField).path;
  if (!path) return;
  const data = await (await api(`/api/bases?path=${encodeURIComponent(path)}`)).json();
  if (view.state.field(fileField).path !== path) return;
  state.bases = data.bases;
  const select = $('base');
  select.replaceChildren();
  for (const b of data.bases) {
    const o = document.createElement('option');
    o.value = b.ref;
    o.textContent = b.label;
    select.append(o);
  }
  // Keep the kind of base chosen before (e.g. "the last approved version") when the file changes.
  const same = data.bases.find((b) => b.kind === state.baseKind) ?? data.bases[0];
  state.base = same?.ref ?? 'HEAD';
  select.value = state.base;
  select.disabled = data.bases.length === 0;
  await refreshPreview({ jump: true });
}

function schedulePreview() {
  if ($('preview-pane').hidden) return;
  clearTimeout(state.previewTimer);
  state.previewTimer = setTimeout(() => refreshPreview({ jump: false }), 300);
}

/** Renders the change document against the chosen base; `jump` scrolls to the first change, else the place read stays. */
async function refreshPreview({ jump }) {
  const path = view.state.field(fileField).path;
  if (!path) return;
  const seq = ++state.previewSeq;
  const base = state.bases.find((b) => b.ref === state.base);
  const frame = $('preview');
  let res;
  try {
    res = await api('/api/render', {
      method: 'POST',
      body: JSON.stringify({ path, text: view.state.doc.toString(), kind: 'preview', base: state.base }),
    });
  } catch (error) {
    if (seq !== state.previewSeq) return;
    $('preview-base').textContent = '';
    $('preview-message').textContent = error.message;
    $('preview-message').hidden = false;
    frame.hidden = true;
    $('first-change').disabled = true;
    return;
  }
  const html = await res.text();
  if (seq !== state.previewSeq) return;
  $('preview-message').hidden = true;
  $('preview-base').textContent = `Viser ændringerne i teksten i editoren mod: ${base ? base.label : state.base}.`;
  $('first-change').disabled = false;
  frame.hidden = false;
  const scrollY = frame.contentWindow?.scrollY ?? 0;
  frame.addEventListener(
    'load',
    () => {
      if (jump) jumpToFirstChange();
      else frame.contentWindow?.scrollTo(0, scrollY);
      frame.dataset.rendered = String(seq);
    },
    { once: true },
  );
  frame.srcdoc = html;
}

/** Scrolls the preview to the first inserted or deleted text (not the legend that explains the marks). */
function jumpToFirstChange() {
  const doc = $('preview').contentDocument;
  const first = [...(doc?.querySelectorAll('ins, del') ?? [])].find((el) => !el.closest('.legend'));
  if (first) {
    first.scrollIntoView({ block: 'center' });
    first.style.outline = '2px solid #0070c0';
  } else $('preview-base').textContent += ' Der er ingen ændringer.';
}

async function download(kind) {
  try {
    const res = await api('/api/render', {
      method: 'POST',
      body: JSON.stringify({
        path: view.state.field(fileField).path,
        text: view.state.doc.toString(),
        kind,
        ...(kind === 'publication' ? {} : { base: state.base }),
      }),
    });
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'dokument.docx';
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status(`Hentede ${name}.`);
  } catch (error) {
    status(`Dokumentet kunne ikke laves: ${error.message}`);
  }
}

$('save').addEventListener('click', save);
$('show-preview').addEventListener('click', async () => {
  const pane = $('preview-pane');
  pane.hidden = !pane.hidden;
  $('show-preview').setAttribute('aria-pressed', String(!pane.hidden));
  $('show-preview').textContent = pane.hidden ? 'Vis ændringsdokument' : 'Skjul ændringsdokument';
  if (!pane.hidden) await loadBases();
});
$('base').addEventListener('change', () => {
  state.base = $('base').value;
  state.baseKind = state.bases.find((b) => b.ref === state.base)?.kind;
  refreshPreview({ jump: true });
});
$('first-change').addEventListener('click', jumpToFirstChange);
$('show-search').addEventListener('click', () => {
  openSearchPanel(view);
});
$('show-form').addEventListener('click', () => {
  const pane = $('form-pane');
  pane.hidden = !pane.hidden;
  $('show-form').setAttribute('aria-pressed', String(!pane.hidden));
  $('show-form').textContent = pane.hidden ? 'Vis oplysninger' : 'Skjul oplysninger';
  if (!pane.hidden) syncForm();
});
$('dl-docx').addEventListener('click', () => download('docx'));
$('dl-track').addEventListener('click', () => download('docx-track'));
$('dl-pub').addEventListener('click', () => download('publication'));
$('search').addEventListener('input', renderList);

// ---------------------------------------------------------------- import by drag and drop

/** The file name the importer suggests for a dropped file: its name in lower case, with hyphens. */
const suggestedName = (name) =>
  `${
    name
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9æøå-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'import'
  }.md`;

let pendingImport = null;
let checkSeq = 0;

/** Asks where a dropped file goes: a folder under the standards and a name, checked against the files there. */
async function importFile(file) {
  pendingImport = file;
  const { folders, root } = await (await api('/api/folders')).json();
  const select = $('import-folder');
  select.replaceChildren();
  for (const f of folders) {
    const o = document.createElement('option');
    o.value = f;
    o.textContent = f === '' ? `${root} (øverst)` : f;
    select.append(o);
  }
  const open = view.state.field(fileField).path;
  const here = open?.includes('/') ? open.slice(0, open.lastIndexOf('/')) : '';
  select.value = folders.includes(here) ? here : '';
  $('import-source').textContent = file.name;
  $('import-name').value = suggestedName(file.name);
  $('import-dialog').showModal();
  $('import-name').focus();
  await checkImportTarget();
}

function importTarget() {
  let name = $('import-name').value.trim();
  if (name && !/\.md$/i.test(name)) name += '.md';
  const folder = $('import-folder').value;
  return { name, path: folder ? `${folder}/${name}` : name };
}

/** Says whether the chosen name is free (the command line's check: never over an existing file). */
async function checkImportTarget() {
  const seq = ++checkSeq;
  const { name, path } = importTarget();
  const out = $('import-check');
  const ok = $('import-ok');
  if (!name || /[\\/]/.test(name)) {
    out.textContent = name ? 'Skriv kun filnavnet; mappen vælger du ovenfor.' : 'Skriv et filnavn.';
    ok.disabled = true;
    return;
  }
  try {
    const r = await (await api(`/api/exists?path=${encodeURIComponent(path)}`)).json();
    if (seq !== checkSeq) return;
    out.textContent = r.exists ? `${r.path} findes allerede; vælg et andet navn.` : `Gemmes som ${r.path}.`;
    out.classList.toggle('taken', r.exists);
    ok.disabled = r.exists;
  } catch (error) {
    if (seq !== checkSeq) return;
    out.textContent = error.message;
    out.classList.add('taken');
    ok.disabled = true;
  }
}

$('import-name').addEventListener('input', checkImportTarget);
$('import-folder').addEventListener('change', checkImportTarget);
$('import-cancel').addEventListener('click', () => {
  $('import-dialog').close();
  pendingImport = null;
  status('Importen er annulleret.');
});
$('import-form').addEventListener('submit', (e) => {
  e.preventDefault();
  if ($('import-ok').disabled || !pendingImport) return;
  const file = pendingImport;
  pendingImport = null;
  $('import-dialog').close();
  runImport(file, importTarget().path);
});

async function runImport(file, to) {
  status(`Importerer ${file.name} …`);
  try {
    const res = await api(`/api/import?name=${encodeURIComponent(file.name)}&to=${encodeURIComponent(to)}`, {
      method: 'POST',
      body: await file.arrayBuffer(),
      headers: { 'content-type': 'application/octet-stream' },
    });
    const data = await res.json();
    await loadList({ announce: false });
    await openStandard(data.path);
    status(
      `Importerede ${file.name} som ${data.path}: ${data.sections.length} afsnit.${data.notices.length ? ' ' + data.notices.join(' ') : ''}`,
    );
  } catch (error) {
    status(`Importen mislykkedes: ${error.message}`);
  }
}
const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const file = e.dataTransfer?.files?.[0];
  if (file) importFile(file);
});
drop.addEventListener('click', () => $('file-input').click());
drop.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    $('file-input').click();
  }
});
$('file-input').addEventListener('change', () => {
  const file = $('file-input').files?.[0];
  if (file) importFile(file);
});
window.addEventListener('beforeunload', (e) => {
  if (isDirty(view.state)) e.preventDefault();
});

// ---------------------------------------------------------------- frontmatter form

const formInputs = new Map();
function buildForm() {
  const form = $('fm-form');
  for (const f of formFields) {
    const id = `fm-${f.key}`;
    const wrap = document.createElement('div');
    wrap.className = `field field-${f.kind}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = f.label;
    let input;
    if (f.kind === 'select') {
      input = document.createElement('select');
      for (const v of ['', ...f.options]) {
        const o = document.createElement('option');
        o.value = v;
        o.textContent = v || '(ikke angivet)';
        input.append(o);
      }
    } else if (f.kind === 'textarea') {
      input = document.createElement('textarea');
      input.rows = 6;
    } else {
      input = document.createElement('input');
      input.type = f.kind === 'date' ? 'date' : 'text';
    }
    input.id = id;
    input.name = f.key;
    input.dataset.key = f.key;
    wrap.append(label, input);
    if (f.help) {
      const help = document.createElement('span');
      help.className = 'field-help';
      help.id = `${id}-help`;
      help.textContent = f.help;
      input.setAttribute('aria-describedby', help.id);
      wrap.append(help);
    }
    input.addEventListener(f.kind === 'select' || f.kind === 'date' ? 'change' : 'input', () =>
      fromForm(f.key, input.value),
    );
    form.append(wrap);
    formInputs.set(f.key, input);
  }
}

/** A field changed in the form: the same change in the text (one undoable edit in the editor). */
function fromForm(key, value) {
  const change = fieldChange(view.state.doc.toString(), key, value);
  if (change) view.dispatch({ changes: change, userEvent: 'input.form' });
}

function scheduleFormSync() {
  if ($('form-pane').hidden) return;
  clearTimeout(state.formTimer);
  state.formTimer = setTimeout(syncForm, 60);
}

/** The text changed: the form shows the frontmatter as it is now (not the field being typed in). */
function syncForm() {
  if ($('form-pane').hidden || !view.state.field(fileField).path) return;
  const read = readFields(view.state.doc.toString());
  $('form-error').hidden = !read.error;
  $('form-error').textContent = read.error ?? '';
  for (const [key, input] of formInputs) {
    input.disabled = Boolean(read.error);
    if (input === document.activeElement) continue;
    const value = read.values[key];
    if (input.tagName === 'SELECT' && value && ![...input.options].some((o) => o.value === value)) {
      const o = document.createElement('option');
      o.value = value;
      o.textContent = value;
      input.append(o);
    }
    if (input.value !== value) input.value = value;
  }
}
buildForm();

loadList().catch((error) => status(`Listen kunne ikke hentes: ${error.message}`));
window.kvalitetStudio = { view, state };
