// kvalitet studio, the page: a list of standards, a Markdown editor (CodeMirror 6) with live
// findings from the same linter as the command line, the change document as a preview, and
// downloads. All text the page shows from the server is set as text, never as HTML.
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { linter, lintGutter } from '@codemirror/lint';

const $ = (id) => document.getElementById(id);
// `path`, `version` and `dirty` mirror the file shown in the editor; the truth is in its EditorState (see fileField).
const state = { path: null, version: null, dirty: false, standards: [], messages: [], lintTimer: 0, lintSeq: 0, openSeq: 0 };
const severityDa = { error: 'Fejl', warning: 'Advarsel', info: 'Info' };

function status(text) {
  $('status').textContent = text;
}

async function api(path, options = {}) {
  const res = await fetch(path, { ...options, headers: { 'content-type': 'application/json', ...(options.headers ?? {}) } });
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
    for (const sev of ['error', 'warning', 'info']) {
      const badge = document.createElement('span');
      badge.className = `badge ${sev}`;
      badge.textContent = String(s.counts[sev]);
      badge.title = `${s.counts[sev]} ${severityDa[sev].toLowerCase()}`;
      meta.append(badge);
    }
    meta.append(` ${s.paragraphs.join(', ') || 'ingen paragraf'} · ${s.path}`);
    b.append(title, meta);
    b.setAttribute('aria-label', `${s.title}: ${s.counts.error} fejl, ${s.counts.warning} advarsler, ${s.counts.info} info`);
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
    for (const e of tr.effects) if (e.is(markSaved)) value = { ...value, version: e.value.version, saved: e.value.saved };
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

const lintSource = linter(async (view) => {
  const { path, session } = view.state.field(fileField);
  if (!path) return [];
  const seq = ++state.lintSeq;
  const text = view.state.doc.toString();
  const res = await api('/api/lint', { method: 'POST', body: JSON.stringify({ path, text }) });
  const { messages } = await res.json();
  if (seq !== state.lintSeq || view.state.field(fileField).session !== session) return [];
  state.messages = messages;
  renderFindings(view);
  return messages.filter((m) => m.line !== undefined).map((m) => toDiagnostic(view, m));
}, { delay: 400 });

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
    message: m.message,
    source: m.ruleId,
    actions: m.suggestions.map((s) => ({ name: s.desc, apply: (v) => applySuggestion(v, s) })),
  };
}

function extensions(file) {
  return [
    fileField.init((s) => ({ ...file, saved: s.doc })),
    lineNumbers(),
    highlightActiveLine(),
    history(),
    markdown(),
    EditorView.lineWrapping,
    lintGutter(),
    lintSource,
    keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (save(), true) }, ...defaultKeymap, ...historyKeymap]),
    EditorView.updateListener.of((u) => {
      if (u.docChanged || u.startState.field(fileField) !== u.state.field(fileField)) showFile();
    }),
    EditorView.contentAttributes.of({ 'aria-label': 'Standardens tekst i Markdown' }),
  ];
}

const view = new EditorView({
  parent: $('editor'),
  state: EditorState.create({ doc: '', extensions: extensions({ session: 0, path: null, version: null }) }),
});

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
  $('finding-count').textContent = `(${ms.length})`;
  for (const m of ms) {
    const li = document.createElement('li');
    li.className = 'finding';
    li.dataset.rule = m.ruleId;
    const head = document.createElement('div');
    head.className = 'finding-head';
    const sev = document.createElement('span');
    sev.className = `sev ${m.severity}`;
    sev.textContent = severityDa[m.severity];
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
  const next = kept && kept.field(fileField).version === data.version && !isDirty(kept)
    ? kept
    : EditorState.create({ doc: data.text, extensions: extensions({ session: nextSession++, path: data.path, version: data.version }) });
  sessions.delete(data.path);
  state.lintSeq++;
  state.messages = [];
  view.setState(next);
  renderFindings(view);
  showFile();
  for (const id of ['show-preview', 'dl-docx', 'dl-track', 'dl-pub']) $(id).disabled = false;
  renderList();
  status(`Åbnede ${data.path}.`);
  if (!$('preview-pane').hidden) await refreshPreview();
}

async function save() {
  // Path, token and text all come from the one editor state: text loaded for one file is never saved as another.
  const saving = view.state;
  const { path, version, session } = saving.field(fileField);
  if (!path || !isDirty(saving)) return;
  try {
    const res = await api('/api/file', { method: 'PUT', body: JSON.stringify({ path, text: saving.doc.toString(), version }) });
    const data = await res.json();
    const effects = markSaved.of({ version: data.version, saved: saving.doc });
    if (view.state.field(fileField).session === session) view.dispatch({ effects });
    else if (sessions.get(path)?.field(fileField).session === session) sessions.set(path, sessions.get(path).update({ effects }).state);
    await loadList({ announce: false });
    status(`Gemt ${data.path}.`);
  } catch (error) {
    status(`Ikke gemt: ${error.message}`);
  }
}

// ---------------------------------------------------------------- preview and downloads

async function refreshPreview() {
  const res = await api('/api/render', { method: 'POST', body: JSON.stringify({ path: view.state.field(fileField).path, text: view.state.doc.toString(), kind: 'preview' }) });
  $('preview').srcdoc = await res.text();
}

async function download(kind) {
  try {
    const res = await api('/api/render', { method: 'POST', body: JSON.stringify({ path: view.state.field(fileField).path, text: view.state.doc.toString(), kind }) });
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
  if (!pane.hidden) await refreshPreview();
});
$('dl-docx').addEventListener('click', () => download('docx'));
$('dl-track').addEventListener('click', () => download('docx-track'));
$('dl-pub').addEventListener('click', () => download('publication'));
$('search').addEventListener('input', renderList);

// ---------------------------------------------------------------- import by drag and drop

async function importFile(file) {
  status(`Importerer ${file.name} …`);
  try {
    const res = await api(`/api/import?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: await file.arrayBuffer(), headers: { 'content-type': 'application/octet-stream' } });
    const data = await res.json();
    await loadList({ announce: false });
    await openStandard(data.path);
    status(`Importerede ${file.name} som ${data.path}: ${data.sections.length} afsnit.${data.notices.length ? ' ' + data.notices.join(' ') : ''}`);
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

loadList().catch((error) => status(`Listen kunne ikke hentes: ${error.message}`));
window.kvalitetStudio = { view, state };
