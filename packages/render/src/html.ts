// HTML preview of the change document: one self-contained file (inline CSS, no scripts, no
// external resources) with the same cover, overview and blue marks as the .docx.
import { needsSpaceBetween, pieces, type Change, type SectionDiff } from './diff.js';
import { theme } from './change-docx.js';
import { tieNumbers, tieRuns } from './danish.js';
import {
  approvalLine,
  checkedLine,
  coverLine,
  overviewRows,
  remainingItems,
  remainingLine,
  versionLine,
  type FindingChange,
  type RevisionDocument,
} from './revision.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escText = (s: string) => esc(tieNumbers(s));

/** Inline HTML for a list of changes: <ins> blue, <del> blue and struck; bold, italics and footnote references kept. */
function changesHtml(input: readonly Change[], footnoteIds: ReadonlyMap<string, number> = new Map()): string {
  const changes = tieRuns(input);
  return changes
    .map((c, i) => {
      const inner = pieces(c)
        .map((p) => {
          let text = esc(p.text).replace(/\n/g, '<br>');
          if (p.bold && text.trim()) text = `<strong>${text}</strong>`;
          if (p.italics && text.trim()) text = `<em>${text}</em>`;
          const notes = p.notes
            .map((l) => footnoteIds.get(l))
            .filter((n) => n !== undefined)
            .map((n) => `<sup class="fnref"><a href="#fodnote-${n}">${n}</a></sup>`);
          return text + notes.join('');
        })
        .join('');
      const space = needsSpaceBetween(changes[i - 1], c) ? ' ' : '';
      if (c.kind === 'equal') return inner;
      const m = /^(.*?)((?:\s|<br>)*)$/su.exec(inner)!;
      return `${space}<${c.kind === 'insert' ? 'ins' : 'del'}>${m[1]}</${c.kind === 'insert' ? 'ins' : 'del'}>${m[2]}`;
    })
    .join('');
}

function sectionHtml(s: SectionDiff, ids: ReadonlyMap<string, number>): string {
  const out: string[] = [];
  const cls = s.status === 'added' ? ' class="added"' : s.status === 'removed' ? ' class="removed"' : '';
  out.push(`<section${cls}>`);
  if (s.level > 0) {
    const h = Math.min(s.level + 1, 6);
    out.push(`<h${h}>${changesHtml(s.heading, ids)}</h${h}>`);
  }
  for (const b of s.blocks) {
    if (b.kind === 'list') {
      const tag = b.ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${(b.items ?? []).map((i) => `<li>${changesHtml(i.changes, ids)}</li>`).join('')}</${tag}>`);
    } else if (b.kind === 'table') {
      out.push(
        `<table>${(b.rows ?? []).map((r, ri) => `<tr>${r.cells.map((c) => `<${ri === 0 ? 'th' : 'td'}>${changesHtml(c, ids)}</${ri === 0 ? 'th' : 'td'}>`).join('')}</tr>`).join('')}</table>`,
      );
    } else if (b.kind === 'blockquote') {
      out.push(`<blockquote><p>${changesHtml(b.changes, ids)}</p></blockquote>`);
    } else if (b.kind !== 'thematicBreak') {
      out.push(`<p>${changesHtml(b.changes, ids)}</p>`);
    }
  }
  out.push('</section>');
  return out.join('\n');
}

const findingHtml = (f: FindingChange) =>
  `<p class="finding"><strong>${escText(f.description)}</strong><br><span class="basis">Grundlag: ${f.basis.map((b) => (b.url ? `<a href="${esc(b.url)}">${escText(b.label)}</a>` : escText(b.label))).join('; ')}</span></p>`;

/** Renders the change document as one self-contained HTML page. */
export function renderChangeHtml(rev: RevisionDocument): string {
  const blue = `#${theme.changeColor}`;
  const ids = new Map(rev.diff.footnotes.map((f, i) => [f.label, i + 1]));
  const notes = rev.diff.footnotes.map(
    (f, i) =>
      `<li id="fodnote-${i + 1}"${f.status === 'removed' ? ' class="removed"' : ''}>${changesHtml(f.changes, ids)}</li>`,
  );
  const facts = versionLine(rev.newDocument.metadata).join(' · ');
  const remaining = remainingItems(rev);
  const rows = overviewRows(rev).map(
    (row) =>
      `<tr><td>${escText(row.name)}</td><td>${escText(row.summary)}</td><td>${row.findings.length ? row.findings.map(findingHtml).join('') : '–'}</td></tr>`,
  );
  const reason = rev.reason
    ? rev.reason
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => `<p>${escText(p.replace(/\s*\n\s*/g, ' '))}</p>`)
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
  h1, h2, h3, h4, h5, h6 { color: #${theme.headingColor}; line-height: 1.25; }
  ins { color: ${blue}; text-decoration: none; }
  del { color: ${blue}; text-decoration: line-through; }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
  th, td { border: 1px solid #999; padding: .4rem .5rem; vertical-align: top; text-align: left; }
  th { background: #E7EEF7; }
  .meta { color: #444; }
  .basis { font-size: .85rem; }
  /* Blue means a change here: links and footnote numbers are dark and underlined. */
  a { color: inherit; }
  .notes { font-size: .9rem; border-top: 1px solid #999; margin-top: 2rem; padding-top: .5rem; }
  .approval { font-weight: bold; margin-top: 2rem; }
  .legend ins, .legend del { font-weight: normal; }
</style>
</head>
<body>
<header>
<h1>${esc(rev.title)}</h1>
<p class="meta">${meta}</p>${facts ? `\n<p class="meta">${escText(facts.charAt(0).toUpperCase() + facts.slice(1))}</p>` : ''}
</header>
<main>
<h2>Baggrund for ændringen</h2>
${reason}
<h2>Sådan læses dokumentet</h2>
<p class="legend">Ændringerne fremgår med blå skrift: <ins>ny tekst står med blå skrift</ins>, og <del>slettet tekst står med blå, gennemstreget skrift</del>. Tekst uden markering er uændret.</p>
<h2>Oversigt over ændringerne</h2>
${rows.length ? `<table><thead><tr><th scope="col">Afsnit</th><th scope="col">Ændring</th><th scope="col">Løste fund og retsgrundlag</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p>Der er ingen ændringer i teksten.</p>'}
<p>${escText(checkedLine(rev))}</p>
<p>${escText(remainingLine(rev))}</p>${remaining.length ? `\n<ul>${remaining.map((r) => `<li>${escText(r)}</li>`).join('')}</ul>` : ''}
<h2>Kvalitetsstandarden med ændringer markeret med blåt</h2>
${rev.diff.sections.map((s) => sectionHtml(s, ids)).join('\n')}
<p class="approval">${escText(approvalLine(rev))}</p>${notes.length ? `\n<section class="notes"><h2>Fodnoter</h2><ol>${notes.join('')}</ol></section>` : ''}
</main>
</body>
</html>
`;
}
