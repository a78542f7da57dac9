import { useLingui } from '@lingui/react/macro';
import { useCallback, useMemo, type RefObject } from 'react';
import { useSetSourceDestCheck } from '../../api/ports/set-source-dest-check';
import { notifyError, notifySuccess } from '../../components/notify';
import type { TopologyActions } from './actions-context';
import type { ConnectionFacts } from './model';
import type { SetupMode, TopologyViewProps } from './view-props';

interface CanvasActionsOptions {
  editable: boolean;
  factsRef: RefObject<ConnectionFacts>;
  onNewSetup: TopologyViewProps['onNewSetup'];
  unbindEdge: (edgeId: string) => void;
  onAddServer: (subnetId: string) => void;
  onAssignVip: (subnetId: string) => void;
}

/** The stable callbacks the node components reach through the actions context. */
export function useCanvasActions({ editable, factsRef, onNewSetup, unbindEdge, onAddServer, onAssignVip }: CanvasActionsOptions) {
  const { t } = useLingui();
  const { mutate: setCheck } = useSetSourceDestCheck();

  const newSetup = useCallback(
    (mode: SetupMode, subnetId: string | null) => {
      if (onNewSetup) onNewSetup(mode, subnetId);
    },
    [onNewSetup],
  );

  const actions = useMemo<TopologyActions>(
    () => ({
      editable,
      facts: () => factsRef.current,
      fixCheck: (portId, serverId, label) =>
        setCheck(
          { portId, on: false, serverId },
          {
            onSuccess: () => notifySuccess(t`Source/Destination Check turned off`, t`${label} now accepts traffic for its virtual IPs.`),
            onError: (err) => notifyError(t`Could not turn the check off on ${label}`, err),
          },
        ),
      subnetMenu: (subnetId, action) => {
        if (action === 'add-server') onAddServer(subnetId);
        else if (action === 'assign-vip') onAssignVip(subnetId);
        else newSetup(action === 'new-ha' ? 'ha' : 'lvs-dr', subnetId);
      },
      unbindEdge,
    }),
    [editable, factsRef, setCheck, unbindEdge, newSetup, onAddServer, onAssignVip, t],
  );

  return { actions, newSetup };
}
