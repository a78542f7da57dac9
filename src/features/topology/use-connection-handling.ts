import type { Connection, Edge, FinalConnectionState } from '@xyflow/react';
import { useCallback, useState, type RefObject } from 'react';
import { judgeConnection } from './connection-rules';
import type { BindRequest, EipRequest } from './dialogs';
import type { ConnectionFacts } from './model';

/** Drawing an edge: the domain's check while drawing, a confirm dialog on a valid drop, the reason on a refused one. */
export function useConnectionHandling(factsRef: RefObject<ConnectionFacts>, onBind: (r: BindRequest) => void, onEip: (r: EipRequest) => void) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const dismissRefusal = useCallback(() => setRefusal(null), []);

  const isValidConnection = useCallback((c: Connection | Edge) => judgeConnection(factsRef.current, c).ok, [factsRef]);

  const onConnect = useCallback(
    (c: Connection) => {
      const verdict = judgeConnection(factsRef.current, c);
      if (!verdict.ok) {
        setRefusal(verdict.reason);
        return;
      }
      setRefusal(null);
      if (verdict.kind === 'bind') onBind({ vipNodeId: verdict.vipNodeId, nicPortId: verdict.nicPortId });
      else {
        const facts = factsRef.current;
        const eip = facts.eips[verdict.eipNodeId];
        const vip = facts.vips[verdict.vipNodeId];
        onEip({ eipId: eip.id, eipLabel: eip.public_ip_address, vipPortId: vip.id, vipLabel: vip.ip });
      }
    },
    [factsRef, onBind, onEip],
  );

  const onConnectEnd = useCallback(
    (_: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid !== false || !state.fromNode || !state.toNode) return;
      const verdict = judgeConnection(factsRef.current, {
        source: state.fromNode.id,
        sourceHandle: state.fromHandle?.id ?? null,
        target: state.toNode.id,
        targetHandle: state.toHandle?.id ?? null,
      });
      if (!verdict.ok) setRefusal(verdict.reason);
    },
    [factsRef],
  );

  return { refusal, dismissRefusal, isValidConnection, onConnect, onConnectStart: dismissRefusal, onConnectEnd };
}
