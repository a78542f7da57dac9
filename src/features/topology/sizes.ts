/** Node sizes are known before rendering: layout uses them and React Flow culls with them. */
export const SIZE = {
  server: { width: 232, header: 46, nicRow: 26, bottom: 8 },
  vip: { width: 220, height: 92 },
  eip: { width: 220, height: 58 },
  entry: { width: 172, height: 58 },
  subnet: { header: 48, pad: 20, minWidth: 420, minHeight: 140 },
  vpc: { header: 52, pad: 28 },
} as const;

export const serverHeight = (nics: number) => SIZE.server.header + SIZE.server.nicRow * Math.max(1, nics) + SIZE.server.bottom;
