import { Trans, useLingui } from '@lingui/react/macro';
import { ActionIcon, Badge, Button, Checkbox, Group, Paper, ScrollArea, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay, IconRefresh, IconX } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { HaGroup } from '../../contract';
import { useSim, type SimMember, type SimRole, type Speed } from './sim-store';
import { Hint } from '../../components/hint';
import { eventText } from './sim-event-text';
import { SimLabCheck } from './sim-lab-check';
import { simActionAllowed } from './sim-actions';
import { ROLE_WORD, SIM_ROLE_TEXT } from './texts';

export interface SimGroupChoice {
  group: HaGroup;
  members: SimMember[];
}

const SPEEDS: Speed[] = [1, 5, 20];

function useClock() {
  const playing = useSim((s) => s.playing);
  const advance = useSim((s) => s.advance);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function loop(now) {
      const dt = Math.min(0.25, (now - last) / 1000);
      last = now;
      advance(dt * useSim.getState().speed);
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, advance]);
}

function SimHeader({ onClose }: { onClose: () => void }) {
  const { t } = useLingui();
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text fw={700}>
        <Trans>Failover simulation</Trans>
      </Text>
      <ActionIcon variant="subtle" color="gray" onClick={onClose} aria-label={t`Close the simulation`}>
        <IconX size={16} />
      </ActionIcon>
    </Group>
  );
}

/** Play, pause and speed over a virtual clock; actions per member; the timeline of what VRRP and LVS did. */
export function SimPanel({ choices, onClose }: { choices: SimGroupChoice[]; onClose: () => void }) {
  const { t, i18n } = useLingui();
  const [groupId, setGroupId] = useState<string | null>(choices[0]?.group.id ?? null);
  const choice = choices.find((c) => c.group.id === groupId) ?? choices[0];
  const start = useSim((s) => s.start);
  const stop = useSim((s) => s.stop);
  const setupKey = choice ? `${choice.group.id}|${choice.group.updated_at}|${choice.members.map((m) => `${m.serverId}:${m.running}`).join(',')}` : '';
  useEffect(() => {
    if (choice) start({ group: choice.group, members: choice.members });
    return () => stop();
    // Restart only when the group or its members change, not on every new array.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [setupKey]);
  useClock();

  const playing = useSim((s) => s.playing);
  const speed = useSim((s) => s.speed);
  const time = useSim((s) => s.time);
  const roles = useSim((s) => s.roles);
  const holder = useSim((s) => s.holderName);
  const { setPlaying, setSpeed, reset, act } = useSim.getState();
  const vrrp = useSim((s) => s.vrrp);
  const rotation = useSim((s) => s.rotation);
  const [adverts, setAdverts] = useState(false);
  const events = useMemo(() => {
    const all = [...(vrrp?.events ?? []), ...(rotation?.events ?? [])].filter((e) => adverts || e.kind !== 'advert');
    return all.sort((a, b) => b.at - a.at);
  }, [vrrp, rotation, adverts]);

  if (!choice) {
    return (
      <Paper p="sm" radius={0} h="100%">
        <SimHeader onClose={onClose} />
        <Text size="sm" c="dimmed" mt="xs">
          <Trans>There is no HA group here to simulate. Create one with New HA setup or New LVS cluster.</Trans>
        </Text>
      </Paper>
    );
  }
  const mode = choice.group.mode === 'ha' ? 'HA' : 'LVS-DR';
  const advert = choice.group.advert_int || 1;
  const preempt = choice.group.preempt ? 'preempt' : 'nopreempt';
  const holderName = holder ?? t`nobody`;
  const seconds = time.toFixed(1);
  return (
    <Paper p="sm" radius={0} h="100%" role="region" aria-label={t`Failover simulation`} className="topo-sim-panel">
      <Stack gap="xs">
        <SimHeader onClose={onClose} />
        {choices.length > 1 && (
          <Select
            size="xs"
            label={t`HA group`}
            data={choices.map((c) => ({ value: c.group.id, label: `${c.group.name} (${c.group.mode === 'ha' ? 'HA' : 'LVS-DR'})` }))}
            value={choice.group.id}
            onChange={(v) => v && setGroupId(v)}
            allowDeselect={false}
          />
        )}
        <Group gap="xs">
          <Button
            size="xs"
            leftSection={playing ? <IconPlayerPause size={14} /> : <IconPlayerPlay size={14} />}
            onClick={() => setPlaying(!playing)}
            w={86}
          >
            {playing ? t`Pause` : t`Play`}
          </Button>
          <SegmentedControl
            size="xs"
            aria-label={t`Speed`}
            value={String(speed)}
            onChange={(v) => setSpeed(Number(v) as Speed)}
            data={SPEEDS.map((s) => ({ value: String(s), label: `${s}x` }))}
          />
          <Hint label={t`Back to t = 0`}>
            <ActionIcon variant="default" onClick={reset} aria-label={t`Reset the simulation`}>
              <IconRefresh size={14} />
            </ActionIcon>
          </Hint>
          <Text size="sm" ff="monospace" ml="auto" aria-label={t`Virtual time`} data-testid="sim-time">
            {t`t = ${seconds} s`}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          <Trans>
            {mode} · advert every {advert} s · {preempt} · VIP held by <b>{holderName}</b>
          </Trans>
        </Text>
        <SimLabCheck />
        <Stack gap={6} role="list" aria-label={t`Members`}>
          {choice.members.map((m) => {
            const role = roles[m.serverId];
            const roleText = role && SIM_ROLE_TEXT[role];
            const member = m.name;
            const priority = m.priority;
            const checkFailing = vrrp?.nodes[m.serverId]?.serviceUp === false;
            const allowed = (action: 'stop' | 'fail-check' | 'restore') => simActionAllowed(role, action, checkFailing);
            return (
              <Paper key={m.serverId} withBorder radius="sm" px="xs" py={6} role="listitem" aria-label={t`Member ${member}`}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={600} truncate>
                    {m.name}{' '}
                    <Text span size="xs" c="dimmed" fw={400}>
                      {t(ROLE_WORD[m.role])}
                      {m.role !== 'backend' ? ` · ${t`prio ${priority}`}` : ''}
                    </Text>
                  </Text>
                  <Badge
                    size="sm"
                    radius="sm"
                    variant={role === 'MASTER' || role === 'IN ROTATION' ? 'filled' : 'light'}
                    color={roleColor(role)}
                    data-testid={`sim-state-${m.name}`}
                    style={{ flexShrink: 0 }}
                  >
                    {roleText ? t(roleText) : (role ?? '—')}
                  </Badge>
                </Group>
                <Group gap={4} mt={4}>
                  <Button size="compact-xs" variant="light" color="red" disabled={!allowed('stop')} onClick={() => act(m.serverId, 'stop')}>
                    <Trans>Stop server</Trans>
                  </Button>
                  <Button size="compact-xs" variant="light" color="orange" disabled={!allowed('fail-check')} onClick={() => act(m.serverId, 'fail-check')}>
                    <Trans>Fail health check</Trans>
                  </Button>
                  <Button size="compact-xs" variant="light" color="teal" disabled={!allowed('restore')} onClick={() => act(m.serverId, 'restore')}>
                    <Trans>Restore</Trans>
                  </Button>
                </Group>
              </Paper>
            );
          })}
        </Stack>
        <Group justify="space-between">
          <Text size="sm" fw={600}>
            <Trans>Timeline</Trans>
          </Text>
          <Checkbox size="xs" label={t`Show advertisements`} checked={adverts} onChange={(e) => setAdverts(e.currentTarget.checked)} />
        </Group>
        <ScrollArea.Autosize mah="calc(100dvh - 560px)" mih={120} type="auto" offsetScrollbars>
          <div className="topo-timeline" role="log" aria-label={t`Timeline`}>
            {events.map((e, i) => {
              const at = e.at.toFixed(3);
              return (
                <div key={`${e.at}-${e.nodeId}-${e.kind}-${i}`} className={`topo-timeline-row is-${e.kind}`} data-at={e.at} data-kind={e.kind}>
                  <span className="topo-mono">{t`${at} s`}</span>
                  <span>{eventText(i18n, e)}</span>
                </div>
              );
            })}
          </div>
        </ScrollArea.Autosize>
      </Stack>
    </Paper>
  );
}

function roleColor(role: SimRole | undefined) {
  switch (role) {
    case 'MASTER':
      return 'teal';
    case 'BACKUP':
      return 'blue';
    case 'IN ROTATION':
      return 'orange';
    case 'LEAVING':
      return 'yellow';
    default:
      return role ? 'red' : 'gray';
  }
}
