/**
 * A small HCL writer: quoted strings with Terraform's escapes, valid identifiers, and blocks whose
 * consecutive one-line attributes have their `=` aligned the way `terraform fmt` aligns them.
 */

/** A raw expression (a reference, a number, a bool, a list of references), written as is. */
export interface Expr {
  expr: string;
}

export const ref = (expr: string): Expr => ({ expr });

export type HclValue = string | number | boolean | Expr | readonly Expr[] | HclBlock;

/** A nested block (`network { ... }`) or an object value (`huaweicloud = { ... }` when `asObject`). */
export interface HclBlock {
  type: string;
  labels?: string[];
  body: HclEntry[];
  asObject?: boolean;
}

export type HclEntry = { key: string; value: HclValue } | { comment: string } | { blank: true };

/**
 * A Terraform string literal: `\` `"` and control characters escaped, and `${` / `%{` doubled to `$${` /
 * `%%{` so that no text from a resource's name or description is read as an interpolation or directive.
 */
export function hclString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, '%%{');
  return `"${escaped}"`;
}

/**
 * A Terraform identifier from a resource name: lower case, every run of characters other than letters,
 * digits and `_` becomes `_` (a `-` is valid but `_` reads better in references), and a name that would
 * not start with a letter or `_` gets `r_` in front.
 */
export function hclIdentifier(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!base) return 'r_unnamed';
  return /^[a-z_]/.test(base) ? base : `r_${base}`;
}

/** Hands out identifiers unique within one namespace (a resource type): `web`, `web_2`, `web_3`... */
export class IdentifierPool {
  private readonly used = new Set<string>();

  take(name: string): string {
    const base = hclIdentifier(name);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}_${n}`;
    this.used.add(id);
    return id;
  }
}

function isBlock(value: HclValue): value is HclBlock {
  return typeof value === 'object' && 'body' in value;
}

function inline(value: Exclude<HclValue, HclBlock>, indent: string): string {
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('expr' in value) return value.expr;
  const list = value as readonly Expr[];
  if (list.length <= 1) return `[${list.map((e) => e.expr).join('')}]`;
  return `[\n${list.map((e) => `${indent}  ${e.expr},`).join('\n')}\n${indent}]`;
}

function bodyLines(body: readonly HclEntry[], indent: string): string[] {
  const lines: string[] = [];
  // Runs of attributes share one `=` column; a block, a comment or a blank line ends a run.
  let run: { key: string; text: string }[] = [];
  const flush = () => {
    const width = Math.max(...run.map((r) => r.key.length));
    for (const r of run) lines.push(`${indent}${r.key.padEnd(width)} = ${r.text}`);
    run = [];
  };
  for (const entry of body) {
    if ('comment' in entry) {
      if (run.length) flush();
      lines.push(`${indent}# ${entry.comment}`);
    } else if ('blank' in entry) {
      if (run.length) flush();
      lines.push('');
    } else if (isBlock(entry.value)) {
      if (run.length) flush();
      if (lines.length && lines[lines.length - 1] !== '' && !lines[lines.length - 1].trimStart().startsWith('#')) lines.push('');
      lines.push(...blockLines({ ...entry.value, type: entry.key }, indent));
    } else {
      // A multi-line value (a list) still aligns with the lines above it, and ends their run.
      const text = inline(entry.value, indent);
      run.push({ key: entry.key, text });
      if (text.includes('\n')) flush();
    }
  }
  if (run.length) flush();
  return lines;
}

function blockLines(block: HclBlock, indent: string): string[] {
  const head = block.asObject ? `${block.type} = {` : [block.type, ...(block.labels ?? []).map(hclString), '{'].join(' ');
  return [`${indent}${head}`, ...bodyLines(block.body, `${indent}  `), `${indent}}`];
}

/** Top-level blocks, one blank line apart, with a final newline. */
export function writeHcl(blocks: readonly (HclBlock | { comment: string })[]): string {
  const parts = blocks.map((b) => ('comment' in b ? b.comment.split('\n').map((line) => `# ${line}`).join('\n') : blockLines(b, '').join('\n')));
  return `${parts.join('\n\n')}\n`;
}
