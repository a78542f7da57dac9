import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTar } from './archive';

const decoder = new TextDecoder();

/** Reads the archive back by the format's rules: header fields, checksum, padded contents, end blocks. */
function readTar(bytes: Uint8Array) {
  const files: { name: string; mode: number; content: string }[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const h = bytes.subarray(offset, offset + 512);
    if (h.every((b) => b === 0)) break;
    const text = (from: number, len: number) => decoder.decode(h.subarray(from, from + len)).replace(/\0.*$/s, '');
    const size = parseInt(text(124, 12), 8);
    const stored = parseInt(text(148, 8).trim(), 8);
    let sum = 0;
    h.forEach((b, i) => (sum += i >= 148 && i < 156 ? 0x20 : b));
    expect(stored).toBe(sum);
    expect(text(257, 6)).toBe('ustar');
    files.push({ name: text(0, 100), mode: parseInt(text(100, 8), 8), content: decoder.decode(bytes.subarray(offset + 512, offset + 512 + size)) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  expect(bytes.subarray(offset).length).toBe(1024);
  expect(bytes.subarray(offset).every((b) => b === 0)).toBe(true);
  return files;
}

const files = [
  { name: 'ecs-web-01/keepalived.conf', content: 'vrrp_instance web {\n  state BACKUP\n}\n' },
  { name: 'ecs-web-01/install.sh', content: '#!/bin/sh\necho é\n' },
  { name: 'empty.txt', content: '' },
  { name: 'big.txt', content: 'x'.repeat(1300) },
];

describe('createTar', () => {
  it('writes headers, checksums and 512-byte padding that read back to the same files', () => {
    const tar = createTar(files);
    expect(tar.length % 512).toBe(0);
    expect(readTar(tar)).toEqual(files.map((f) => ({ ...f, mode: f.name.endsWith('.sh') ? 0o755 : 0o644 })));
  });

  it('is deterministic and holds only the end blocks when empty', () => {
    expect(createTar(files, 1700000000)).toEqual(createTar(files, 1700000000));
    expect(createTar([])).toEqual(new Uint8Array(1024));
  });

  it('refuses absolute paths, "..", names over 100 bytes and duplicates', () => {
    expect(() => createTar([{ name: '/etc/passwd', content: '' }])).toThrow(/relative/);
    expect(() => createTar([{ name: 'a/../../b', content: '' }])).toThrow(/relative/);
    expect(() => createTar([{ name: 'n'.repeat(101), content: '' }])).toThrow(/100 bytes/);
    expect(() => createTar([files[0], files[0]])).toThrow(/twice/);
  });

  it('is read by the system tar', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tar-'));
    try {
      writeFileSync(join(dir, 'all.tar'), createTar(files, 1700000000));
      const run = spawnSync('tar', ['-xf', 'all.tar'], { cwd: dir, encoding: 'utf8' });
      if (run.error) return; // no tar on this machine: the format test above still holds
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      for (const f of files) expect(readFileSync(join(dir, f.name), 'utf8')).toBe(f.content);
      expect(statSync(join(dir, 'ecs-web-01/install.sh')).mode & 0o777).toBe(0o755);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
