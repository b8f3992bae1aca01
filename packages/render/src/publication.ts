// The clean publication document (.docx) of one standard, through remark-docx: headings,
// paragraphs, lists and tables from the Markdown, with the frontmatter and comments left out
// and the approval line at the end.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkDocx from 'remark-docx';
import type { Root, RootContent } from 'mdast';
import { formatDanishDate } from '@kvalitet/model';
import { parseStandard } from '@kvalitet/parser';
import { fixedDocxDate, normaliseDocx } from './docx-output.js';
import { theme } from './change-docx.js';

/** The approval line of a publication: who approved it and when, or that it is a draft. */
export function publicationApprovalLine(meta: { status?: string; committee?: string; approvalDate?: string }): string {
  if (meta.approvalDate && meta.committee) return `Godkendt af ${meta.committee} den ${formatDanishDate(meta.approvalDate)}.`;
  if (meta.approvalDate) return `Godkendt den ${formatDanishDate(meta.approvalDate)}.`;
  if (meta.status === 'approved' && meta.committee) return `Godkendt af ${meta.committee}.`;
  return 'Udkast – endnu ikke politisk godkendt.';
}

/** The Markdown tree for Word, with all of GFM: unlike the parser's tree, bare web addresses become links. */
const reader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Renders the publication .docx of a standard given as Markdown. */
export async function renderPublicationDocx(source: string, options: { date?: string } = {}): Promise<Uint8Array> {
  const { document } = parseStandard(source, { validate: false });
  const meta = document.metadata;
  const tree = reader.parse(source) as Root;
  const keep = (n: RootContent) => n.type !== 'yaml' && !(n.type === 'html' && /^<!--[\s\S]*-->$/.test(n.value.trim()));
  tree.children = tree.children.filter(keep);
  tree.children.push({
    type: 'paragraph',
    children: [{ type: 'strong', children: [{ type: 'text', value: publicationApprovalLine(meta) }] }],
  });
  const writer = unified()
    .use(remarkDocx, {
      output: 'buffer',
      title: meta.title,
      creator: 'kvalitet',
      description: meta.municipality ? `${meta.title} – ${meta.municipality}` : meta.title,
      styles: { default: { document: { run: { font: theme.font, size: theme.size }, paragraph: { spacing: { after: 140, line: 276, lineRule: 'auto' } } } } },
    })
    .freeze();
  const result = (await writer.stringify(await writer.run(tree))) as unknown as Promise<Uint8Array> | Uint8Array;
  const bytes = await result;
  const date = options.date ?? (meta.approvalDate ? `${meta.approvalDate}T00:00:00Z` : fixedDocxDate);
  return normaliseDocx(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes as ArrayBuffer), date);
}
