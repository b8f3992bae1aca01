// HTML preview of the change document: one self-contained file (inline CSS, no scripts, no
// external resources) with the same cover, overview and blue marks as the .docx.
import type { Change, SectionDiff } from './diff.js';
import { theme } from './change-docx.js';
import { approvalLine, checkedLine, coverLine, overviewRows, type FindingChange, type RevisionDocument } from './revision.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline HTML for a list of changes: <ins> blue, <del> blue and struck. */
export function changesHtml(changes: readonly Change[]): string {
  return changes
    .map((c) => {
      const text = esc(c.text).replace(/\n/g, '<br>');
      if (c.kind === 'equal') return text;
      const m = /^(.*?)(\s*)$/su.exec(text)!;
      return `<${c.kind === 'insert' ? 'ins' : 'del'}>${m[1]}</${c.kind === 'insert' ? 'ins' : 'del'}>${m[2]}`;
    })
    .join('');
}

function sectionHtml(s: SectionDiff): string {
  const out: string[] = [];
  const cls = s.status === 'added' ? ' class="added"' : s.status === 'removed' ? ' class="removed"' : '';
  out.push(`<section${cls}>`);
  if (s.level > 0) {
    const h = Math.min(s.level + 1, 6);
    out.push(`<h${h}>${changesHtml(s.heading)}</h${h}>`);
  }
  for (const b of s.blocks) {
    if (b.kind === 'list') {
      const tag = b.ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${(b.items ?? []).map((i) => `<li>${changesHtml(i.changes)}</li>`).join('')}</${tag}>`);
    } else if (b.kind === 'table') {
      out.push(`<table>${(b.rows ?? []).map((r, ri) => `<tr>${r.cells.map((c) => `<${ri === 0 ? 'th' : 'td'}>${changesHtml(c)}</${ri === 0 ? 'th' : 'td'}>`).join('')}</tr>`).join('')}</table>`);
    } else if (b.kind === 'blockquote') {
      out.push(`<blockquote><p>${changesHtml(b.changes)}</p></blockquote>`);
    } else if (b.kind !== 'thematicBreak') {
      out.push(`<p>${changesHtml(b.changes)}</p>`);
    }
  }
  out.push('</section>');
  return out.join('\n');
}

const findingHtml = (f: FindingChange) =>
  `<p class="finding"><strong>${esc(f.description)}</strong><br><span class="basis">Grundlag: ${f.basis.map((b) => (b.url ? `<a href="${esc(b.url)}">${esc(b.label)}</a>` : esc(b.label))).join('; ')}</span><br><span class="rule">Regel: ${esc(f.ruleId)}</span></p>`;

/** Renders the change document as one self-contained HTML page. */
export function renderChangeHtml(rev: RevisionDocument): string {
  const blue = `#${theme.changeColor}`;
  const rows = overviewRows(rev).map((row) => `<tr><td>${esc(row.name)}</td><td>${esc(row.summary)}</td><td>${row.findings.length ? row.findings.map(findingHtml).join('') : '–'}</td></tr>`);
  const reason = rev.reason
    ? rev.reason
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => `<p>${esc(p.replace(/\s*\n\s*/g, ' '))}</p>`)
        .join('\n')
    : '<p>Der er ikke angivet en begrundelse for ændringen.</p>';
  const meta = coverLine(rev).map(esc).join(' · ');
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(rev.title)}</title>
<style>
  body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 1rem; line-height: 1.5; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
  h1, h2, h3, h4, h5, h6 { color: #1F3864; line-height: 1.25; }
  ins { color: ${blue}; text-decoration: none; }
  del { color: ${blue}; text-decoration: line-through; }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
  th, td { border: 1px solid #999; padding: .4rem .5rem; vertical-align: top; text-align: left; }
  th { background: #E7EEF7; }
  .meta { color: #444; }
  .basis { font-size: .85rem; }
  .rule { font-size: .8rem; color: #555; }
  .approval { font-weight: bold; margin-top: 2rem; }
  .legend ins, .legend del { font-weight: normal; }
</style>
</head>
<body>
<header>
<h1>${esc(rev.title)}</h1>
<p class="meta">${meta}</p>
</header>
<main>
<h2>Baggrund for ændringen</h2>
${reason}
<h2>Sådan læses dokumentet</h2>
<p class="legend">Ændringerne fremgår med blå skrift: <ins>ny tekst står med blå skrift</ins>, og <del>slettet tekst står med blå, gennemstreget skrift</del>. Tekst uden markering er uændret.</p>
<h2>Oversigt over ændringerne</h2>
${rows.length ? `<table><thead><tr><th scope="col">Afsnit</th><th scope="col">Ændring</th><th scope="col">Løste fund og retsgrundlag</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p>Der er ingen ændringer i teksten.</p>'}
<p>${esc(checkedLine(rev))}</p>
<h2>Kvalitetsstandarden med ændringer markeret med blåt</h2>
${rev.diff.sections.map(sectionHtml).join('\n')}
<p class="approval">${esc(approvalLine(rev))}</p>
</main>
</body>
</html>
`;
}
