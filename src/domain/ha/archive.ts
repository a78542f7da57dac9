/**
 * A POSIX ustar archive built in memory: enough to hand a user every generated file of an HA group in
 * one download. Regular files only, mode 0644 (0755 for `.sh`), owner root; names up to 100 bytes
 * (folders count: `ecs-web-01/keepalived.conf`). Deterministic for a given `mtime`.
 */

export interface ArchiveFile {
  /** Path inside the archive, `/`-separated, relative, at most 100 bytes of UTF-8. */
  name: string;
  content: string;
}

const BLOCK = 512;
const encoder = new TextEncoder();

function writeString(buf: Uint8Array, offset: number, length: number, value: string): void {
  const bytes = encoder.encode(value);
  if (bytes.length > length) throw new Error(`"${value}" is longer than ${length} bytes`);
  buf.set(bytes, offset);
}

/** An octal number field: `length - 1` digits, zero-padded, then NUL. */
function writeOctal(buf: Uint8Array, offset: number, length: number, value: number): void {
  writeString(buf, offset, length, value.toString(8).padStart(length - 1, '0') + '\0');
}

function header(name: string, size: number, mode: number, mtime: number): Uint8Array {
  if (name === '' || name.startsWith('/') || name.split('/').includes('..')) throw new Error(`"${name}" is not a relative path inside the archive`);
  if (encoder.encode(name).length > 100) throw new Error(`"${name}" is longer than 100 bytes`);
  const h = new Uint8Array(BLOCK);
  writeString(h, 0, 100, name);
  writeOctal(h, 100, 8, mode);
  writeOctal(h, 108, 8, 0); // uid
  writeOctal(h, 116, 8, 0); // gid
  writeOctal(h, 124, 12, size);
  writeOctal(h, 136, 12, mtime);
  h.fill(0x20, 148, 156); // checksum counts as spaces while it is computed
  h[156] = 0x30; // '0': regular file
  writeString(h, 257, 6, 'ustar\0');
  writeString(h, 263, 2, '00');
  writeString(h, 265, 32, 'root');
  writeString(h, 297, 32, 'root');
  let sum = 0;
  for (const byte of h) sum += byte;
  writeString(h, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return h;
}

/** The archive's bytes: a header and the padded content per file, then two zero blocks. */
export function createTar(files: readonly ArchiveFile[], mtime = 0): Uint8Array {
  const names = new Set<string>();
  const parts: Uint8Array[] = [];
  for (const file of files) {
    if (names.has(file.name)) throw new Error(`"${file.name}" is in the archive twice`);
    names.add(file.name);
    const data = encoder.encode(file.content);
    parts.push(header(file.name, data.length, file.name.endsWith('.sh') ? 0o755 : 0o644, Math.floor(mtime)));
    const padded = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK);
    padded.set(data);
    parts.push(padded);
  }
  parts.push(new Uint8Array(BLOCK * 2));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
