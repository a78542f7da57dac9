import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router-dom';

const CUT = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'inline-block', verticalAlign: 'bottom' } as const;

/**
 * A resource's name in a list: one line, cut with an ellipsis past 220 px (a legal 64-character name
 * would widen the table), the whole name in its title (hover, and read by screen readers as the name).
 */
export function TruncatedName({ name, to, mono = false }: { name: string; to?: string; mono?: boolean }) {
  if (to) {
    return (
      <Anchor component={Link} to={to} fw={500} size="sm" ff={mono ? 'monospace' : undefined} title={name} maw="var(--name-max, 220px)" style={CUT}>
        {name}
      </Anchor>
    );
  }
  return (
    <Text span size="sm" ff={mono ? 'monospace' : undefined} title={name} maw="var(--name-max, 220px)" style={CUT}>
      {name}
    </Text>
  );
}
