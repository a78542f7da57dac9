import type { Connection } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { Subnet } from '../../contract';
import { AddServerModal } from './add-server-modal';
import { BindNicDialog, EipDialog, PickVipDialog, UnbindNicDialog } from './dialogs';
import type { ConnectionFacts } from './model';
import type { BindingRequests } from './use-binding-requests';

interface CanvasDialogsProps {
  requests: BindingRequests;
  facts: ConnectionFacts;
  onConnect: (c: Connection) => void;
  addServerTo: Subnet | null;
  onCloseAddServer: () => void;
  assignVip: ReactNode;
}

export function CanvasDialogs({ requests, facts, onConnect, addServerTo, onCloseAddServer, assignVip }: CanvasDialogsProps) {
  const { bindRequest, setBindRequest, unbindRequest, setUnbindRequest, eipRequest, setEipRequest, pickFrom, setPickFrom } = requests;
  return (
    <>
      <BindNicDialog request={bindRequest} facts={facts} onClose={() => setBindRequest(null)} />
      <UnbindNicDialog request={unbindRequest} onClose={() => setUnbindRequest(null)} />
      <EipDialog request={eipRequest} onClose={() => setEipRequest(null)} />
      <PickVipDialog
        from={pickFrom}
        facts={facts}
        onClose={() => setPickFrom(null)}
        onPick={({ vipNodeId, nicPortId }) => {
          const from = pickFrom;
          setPickFrom(null);
          if (from?.kind === 'server' && nicPortId) setBindRequest({ vipNodeId, nicPortId });
          else if (from?.kind === 'eip') onConnect({ source: from.eipNodeId, sourceHandle: 'out', target: vipNodeId, targetHandle: 'in' });
        }}
      />
      <AddServerModal subnet={addServerTo} onClose={onCloseAddServer} />
      {assignVip}
    </>
  );
}
