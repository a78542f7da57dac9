import { useLingui } from '@lingui/react/macro';
import type { OnBeforeDelete } from '@xyflow/react';
import { useCallback, useState, type RefObject } from 'react';
import type { BindRequest, EipRequest, PickVipDialog, UnbindRequest } from './dialogs';
import type { FlowEdge, FlowNode } from './flow-elements';
import { nodeId, type ConnectionFacts, type TopologyGraph } from './model';

export type PickFrom = Parameters<typeof PickVipDialog>[0]['from'];

/** The confirm dialogs of the canvas: what is asked for, and the edge (selected or deleted) that asks to unbind. */
export function useBindingRequests(edges: TopologyGraph['edges'], factsRef: RefObject<ConnectionFacts>) {
  const { t } = useLingui();
  const [bindRequest, setBindRequest] = useState<BindRequest | null>(null);
  const [unbindRequest, setUnbindRequest] = useState<UnbindRequest | null>(null);
  const [eipRequest, setEipRequest] = useState<EipRequest | null>(null);
  const [pickFrom, setPickFrom] = useState<PickFrom>(null);

  const edgeRequest = useCallback(
    (edgeId: string) => {
      const edge = edges.find((e) => e.id === edgeId);
      if (!edge) return;
      const facts = factsRef.current;
      if (edge.data.kind === 'bind' && edge.data.vipPortId && edge.data.nicPortId) {
        const vip = facts.vips[nodeId.vip(edge.data.vipPortId)];
        const nic = facts.nics[edge.data.nicPortId];
        setUnbindRequest({
          vipPortId: edge.data.vipPortId,
          vipLabel: vip?.ip ?? edge.data.vipPortId,
          ip: edge.data.ip ?? nic?.ip ?? '',
          nicLabel: nic ? `${nic.server_name} (${nic.ip})` : (edge.data.ip ?? ''),
        });
      } else if (edge.data.kind === 'eip' && edge.data.eipId) {
        const eip = facts.eips[nodeId.eip(edge.data.eipId)];
        const vip = edge.data.vipPortId ? facts.vips[nodeId.vip(edge.data.vipPortId)] : undefined;
        setEipRequest({ eipId: edge.data.eipId, eipLabel: eip?.public_ip_address ?? '', vipPortId: null, vipLabel: vip?.ip ?? eip?.private_ip_address ?? t`its port` });
      }
    },
    [edges, factsRef, t],
  );

  const onBeforeDelete: OnBeforeDelete<FlowNode, FlowEdge> = useCallback(
    async ({ edges: doomed }) => {
      const edge = doomed.find((e) => e.data?.kind === 'bind' || e.data?.kind === 'eip');
      if (edge) edgeRequest(edge.id);
      return false;
    },
    [edgeRequest],
  );

  return { bindRequest, setBindRequest, unbindRequest, setUnbindRequest, eipRequest, setEipRequest, pickFrom, setPickFrom, edgeRequest, onBeforeDelete };
}

export type BindingRequests = ReturnType<typeof useBindingRequests>;
