import { useLingui } from '@lingui/react/macro';

const box = (x: number, y: number, w: number, label: string, tone: string, dashed = false) => (
  <g key={`${x}-${y}-${label}`}>
    <rect x={x} y={y} width={w} height={22} rx={4} fill="var(--app-color-surface)" stroke={tone} strokeWidth={1.5} strokeDasharray={dashed ? '4 3' : undefined} />
    <text x={x + w / 2} y={y + 15} textAnchor="middle" fontSize={10} fill="var(--mantine-color-text)">
      {label}
    </text>
  </g>
);

const line = (x1: number, y1: number, x2: number, y2: number, dashed = false) => (
  <line key={`${x1}-${y1}-${x2}-${y2}`} x1={x1} y1={y1} x2={x2} y2={y2} stroke="var(--mantine-color-dimmed)" strokeWidth={1.2} strokeDasharray={dashed ? '3 3' : undefined} />
);

/** One VIP held by the active server; the standby takes it over. */
export function HaPicture() {
  const { t } = useLingui();
  return (
    <svg viewBox="0 0 200 96" width="100%" height={96} role="img" aria-label={t`A virtual IP held by an active server, with a standby server ready to take it over`}>
      {line(100, 26, 52, 62)}
      {line(100, 26, 148, 62, true)}
      <circle cx={100} cy={16} r={12} fill="var(--mantine-color-blue-light)" stroke="var(--mantine-color-blue-filled)" strokeWidth={1.5} />
      <text x={100} y={20} textAnchor="middle" fontSize={9} fill="var(--mantine-color-blue-light-color)">
        VIP
      </text>
      {box(14, 62, 76, t({ message: 'active', context: 'picture of an HA pair' }), '#0ca678')}
      {box(110, 62, 76, t({ message: 'standby', context: 'picture of an HA pair' }), '#1c7ed6', true)}
    </svg>
  );
}

/** One VIP on a director pair that spreads requests over the real servers. */
export function LvsPicture() {
  const { t } = useLingui();
  const director = t({ message: 'director', context: 'picture of an LVS cluster' });
  const realServer = t({ message: 'real server', context: 'picture of an LVS cluster' });
  return (
    <svg viewBox="0 0 200 96" width="100%" height={96} role="img" aria-label={t`A virtual IP on two LVS directors that spread requests over three real servers`}>
      {line(100, 22, 62, 40)}
      {line(100, 22, 138, 40, true)}
      {[34, 100, 166].map((x) => line(62, 62, x, 72))}
      <circle cx={100} cy={12} r={10} fill="var(--mantine-color-blue-light)" stroke="var(--mantine-color-blue-filled)" strokeWidth={1.5} />
      <text x={100} y={15} textAnchor="middle" fontSize={8} fill="var(--mantine-color-blue-light-color)">
        VIP
      </text>
      {box(24, 40, 76, director, '#0ca678')}
      {box(108, 40, 76, director, '#1c7ed6', true)}
      {[4, 70, 136].map((x) => box(x, 72, 60, realServer, '#868e96'))}
    </svg>
  );
}
