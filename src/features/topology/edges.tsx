import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { Button } from '@mantine/core';
import { IconUnlink } from '@tabler/icons-react';
import { memo } from 'react';
import { useTopologyActions } from './actions-context';
import type { TopoEdgeData } from './model';
import { useSim } from './sim-store';

type TopoEdgeT = Edge<TopoEdgeData, 'topo'>;

const ROLE_LABEL = { active: 'active', standby: 'standby', director: 'director', backend: 'real server', none: '' } as const;

function useSimLook(data: TopoEdgeData | undefined, target: string) {
  const vip = data?.vipPortId ?? '';
  const simulating = useSim((s) => data?.kind === 'bind' && s.vipPortId === vip);
  const holds = useSim((s) => data?.kind === 'bind' && s.vipPortId === vip && s.holderPortId === data?.nicPortId);
  const out = useSim((s) => data?.kind === 'lvs' && s.roles[target.slice('server:'.length)] === 'OUT OF ROTATION');
  return { simulating, holds, out };
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
  const label = sim.holds ? 'holds the VIP' : kind === 'bind' ? ROLE_LABEL[role] : data?.label;
  const deletable = actions.editable && (kind === 'bind' || kind === 'eip');
  return (
    <>
      <BaseEdge id={id} path={path} className={classes.join(' ')} interactionWidth={18} />
      {(label || (selected && deletable)) && (
        <EdgeLabelRenderer>
          <div
            className={`topo-edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label && <span>{label}</span>}
            {selected && deletable && (
              <Button size="compact-xs" color="red" variant="light" leftSection={<IconUnlink size={12} />} onClick={() => actions.unbindEdge(id)}>
                Unbind…
              </Button>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const edgeTypes = { topo: TopoEdge };
