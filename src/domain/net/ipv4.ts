/** An IPv4 address as an unsigned 32-bit integer. */
export type Ipv4 = number & { readonly __brand: 'Ipv4' };

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Parses dotted-quad notation strictly: four decimal octets, no leading zeros, no spaces. */
export function parseIpv4(text: string): Ipv4 | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return null;
  return (parts.reduce((acc, p) => acc * 256 + Number(p), 0) >>> 0) as Ipv4;
}

export function isIpv4(text: string): boolean {
  return parseIpv4(text) !== null;
}

export function formatIpv4(ip: number): string {
  const n = ip >>> 0;
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** Compares two dotted-quad strings numerically (for sorting address lists). */
export function compareIpv4(a: string, b: string): number {
  return (parseIpv4(a) ?? 0) - (parseIpv4(b) ?? 0);
}
