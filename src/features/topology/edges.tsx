import { Trans, useLingui } from '@lingui/react/macro';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { IconUnlink } from '@tabler/icons-react';
import { memo } from 'react';
import { useTopologyActions } from './actions-context';
import type { TopoEdgeData } from './model';
import { useSim } from './sim-store';
import { WriteButton } from '../../components/write-button';
import { ROLE_WORD } from './texts';

type TopoEdgeT = Edge<TopoEdgeData, 'topo'>;

/** Inline stroke styles (not CSS classes), so an exported image keeps them. */
const LOOK = {
  base: { stroke: '#868e96', strokeWidth: 1.8 },
  active: { stroke: '#12b886', strokeWidth: 2.6 },
  standby: { stroke: '#228be6', strokeWidth: 2.2, strokeDasharray: '7 5' },
  director: { stroke: '#7950f2', strokeWidth: 2.4 },
  lvs: { stroke: '#fd7e14', strokeWidth: 1.8, strokeDasharray: '2 4' },
  eip: { stroke: '#be4bdb', strokeWidth: 2.2 },
  entry: { stroke: '#495057', strokeWidth: 1.6, strokeDasharray: '5 4' },
  holder: { stroke: '#0ca678', strokeWidth: 4 },
  idle: { stroke: '#adb5bd', strokeWidth: 1.6, strokeDasharray: '6 5' },
  out: { stroke: '#fa5252', strokeWidth: 2, strokeDasharray: '1 7' },
  selected: { stroke: '#1c7ed6', strokeWidth: 3.4 },
} as const;

function look(kind: string, role: string, sim: { simulating: boolean; holds: boolean; out: boolean }, selected: boolean | undefined) {
  if (selected) return LOOK.selected;
  if (sim.out) return LOOK.out;
  if (sim.simulating) return sim.holds ? LOOK.holder : LOOK.idle;
  if (kind === 'bind') return role === 'active' || role === 'standby' || role === 'director' ? LOOK[role] : LOOK.base;
  return kind === 'lvs' || kind === 'eip' || kind === 'entry' ? LOOK[kind] : LOOK.base;
}

function useSimLook(data: TopoEdgeData | undefined, target: string) {
  const vip = data?.vipPortId ?? '';
  const simulating = useSim((s) => data?.kind === 'bind' && s.vipPortId === vip);
  const holds = useSim((s) => data?.kind === 'bind' && s.vipPortId === vip && s.holderPortId === data?.nicPortId);
  const out = useSim((s) => data?.kind === 'lvs' && s.roles[target.slice('server:'.length)] === 'OUT OF ROTATION');
  return { simulating, holds, out };
}

/** What the edge says: the simulation's word while it runs, else the member's role or the NIC an EIP is on. */
function useEdgeLabel(data: TopoEdgeData | undefined, sim: { holds: boolean; out: boolean }): string {
  const { t } = useLingui();
  const nicIp = data?.nicIp;
  if (sim.holds) return t`holds the VIP`;
  if (sim.out) return t`out of rotation`;
  if (data?.kind === 'bind') return data.role && data.role !== 'none' ? t(ROLE_WORD[data.role]) : '';
  return data?.kind === 'eip' && nicIp ? t`on NIC ${nicIp}` : '';
}

export const TopoEdge = memo(function TopoEdge(props: EdgeProps<TopoEdgeT>) {
  const { id, data, selected, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, target } = props;
  const actions = useTopologyActions();
  const sim = useSimLook(data, target);
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const kind = data?.kind ?? 'entry';
  const role = data?.role ?? 'none';
  const classes = ['topo-edge', `topo-edge-${kind}`, kind === 'bind' ? `topo-edge-role-${role}` : ''];
  if (sim.simulating) classes.push(sim.holds ? 'is-holder' : 'is-idle');
  if (sim.out) classes.push('is-out');
  if (selected) classes.push('is-selected');
  const label = useEdgeLabel(data, sim);
  const deletable = actions.editable && (kind === 'bind' || kind === 'eip');
  return (
    <>
      <BaseEdge id={id} path={path} className={classes.join(' ')} style={look(kind, role, sim, selected)} interactionWidth={18} />
      {(label || (selected && deletable)) && (
        <EdgeLabelRenderer>
          <div
            className={`topo-edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label && <span>{label}</span>}
            {selected && deletable && (
              <WriteButton size="compact-xs" color="red" variant="light" leftSection={<IconUnlink size={12} />} onClick={() => actions.unbindEdge(id)}>
                <Trans>Unbind…</Trans>
              </WriteButton>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const edgeTypes = { topo: TopoEdge };
