import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useSetEipPort } from '../../api/eips/update-eip';
import { BindingWarnings } from '../../components/binding-warnings';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notifySuccess } from '../../components/notify';
import { WorkflowConfirmDialog } from '../../components/workflow-confirm-dialog';
import { isWorking, WorkflowSteps } from '../../components/workflow-steps';
import { bindingWarnings } from '../../domain';
import { bindWorkflow, unbindWorkflow } from '../../workflows/binding';
import { useWorkflow } from '../../workflows/use-workflow';
import { judgeConnection } from './connection-rules';
import { handleId, nodeId, type ConnectionFacts } from './model';

export interface BindRequest {
  vipNodeId: string;
  nicPortId: string;
}

/** Drawing a NIC to a VIP lands here: the same warnings and steps as Bind to Server, for one NIC. */
export function BindNicDialog({ request, facts, onClose }: { request: BindRequest | null; facts: ConnectionFacts; onClose: () => void }) {
  const flow = useWorkflow();
  const close = () => {
    if (isWorking(flow.phase)) return;
    flow.reset();
    onClose();
  };
  return (
    <Modal opened={request !== null} onClose={close} title="Bind virtual IP" centered size="lg">
      {request && <BindNicForm key={`${request.vipNodeId}|${request.nicPortId}`} request={request} facts={facts} flow={flow} onClose={close} />}
    </Modal>
  );
}

function BindNicForm({ request, facts, flow, onClose }: { request: BindRequest; facts: ConnectionFacts; flow: ReturnType<typeof useWorkflow>; onClose: () => void }) {
  const vip = facts.vips[request.vipNodeId];
  const nic = facts.nics[request.nicPortId];
  if (!vip || !nic) return <Text size="sm">This virtual IP or NIC is no longer in the diagram.</Text>;
  const verdict = judgeConnection(facts, { source: nodeId.server(nic.server_id), sourceHandle: handleId.nic(nic.port_id), target: request.vipNodeId });
  const warnings = bindingWarnings({
    vip,
    chosen: [nic],
    nicsOfServer: (id) => facts.nicsOfServer[id] ?? [],
    vipCountOfServer: (id) => facts.vipCountOfServer[id] ?? 0,
    boundServerCount: vip.boundIps.length,
  });
  const label = `${nic.server_name} (${nic.ip})`;
  const confirm = async () => {
    if (await flow.start(bindWorkflow({ id: vip.id, ip: vip.ip }, [{ portId: nic.port_id, ip: nic.ip, label }]))) {
      notifySuccess('Virtual IP bound', `${vip.ip} is bound to ${label}; Source/Destination Check is off on its NIC.`);
    }
  };
  if (flow.phase !== 'idle') {
    const busy = isWorking(flow.phase);
    return (
      <Stack>
        <Text size="sm">Binding {vip.ip}:</Text>
        <WorkflowSteps flow={flow} />
        <Group justify="flex-end">
          <Button onClick={onClose} disabled={busy}>
            {busy ? 'Working…' : 'Close'}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack>
      <Text size="sm">
        Bind <b>{vip.label}</b> to <b>{label}</b> in subnet {vip.subnetName}. Binding also turns the Source/Destination Check off on this NIC
        {nic.checkOn ? ' (it is on now)' : ' (it is already off)'}.
      </Text>
      {!verdict.ok && (
        <Alert color="red" icon={<IconX size={18} />} title="Cannot bind">
          {verdict.reason}
        </Alert>
      )}
      {nic.serverStatus !== 'ACTIVE' && (
        <Text size="sm" c="dimmed">
          {nic.server_name} is stopped: the binding is kept, and the server answers for the VIP once it runs keepalived again.
        </Text>
      )}
      <BindingWarnings warnings={warnings} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={confirm} disabled={!verdict.ok}>
          Bind
        </Button>
      </Group>
    </Stack>
  );
}

export interface UnbindRequest {
  vipPortId: string;
  vipLabel: string;
  ip: string;
  nicLabel: string;
}

export function UnbindNicDialog({ request, onClose }: { request: UnbindRequest | null; onClose: () => void }) {
  const flow = useWorkflow();
  return (
    <WorkflowConfirmDialog
      opened={request !== null}
      onClose={onClose}
      title={`Unbind virtual IP ${request?.vipLabel ?? ''}`}
      confirmLabel="Unbind"
      flow={flow}
      onConfirm={async () => {
        if (!request) return false;
        const ok = await flow.start(unbindWorkflow({ id: request.vipPortId, ip: request.vipLabel }, { ip: request.ip, label: request.nicLabel }));
        if (ok) notifySuccess('Virtual IP unbound', `${request.vipLabel} is no longer bound to ${request.nicLabel}.`);
        return ok;
      }}
    >
      {request
        ? `${request.vipLabel} will no longer be bound to ${request.nicLabel}. The NIC's Source/Destination Check stays as it is.`
        : ''}
    </WorkflowConfirmDialog>
  );
}

export interface EipRequest {
  eipId: string;
  eipLabel: string;
  /** Bind to this VIP port, or unbind when null. */
  vipPortId: string | null;
  vipLabel: string;
}

export function EipDialog({ request, onClose }: { request: EipRequest | null; onClose: () => void }) {
  const setPort = useSetEipPort();
  const binding = request?.vipPortId != null;
  return (
    <ConfirmDialog
      opened={request !== null}
      onClose={onClose}
      title={binding ? `Bind EIP ${request?.eipLabel ?? ''}` : `Unbind EIP ${request?.eipLabel ?? ''}`}
      confirmLabel={binding ? 'Bind' : 'Unbind'}
      danger={!binding}
      onConfirm={async () => {
        if (!request) return;
        await setPort.mutateAsync({ eipId: request.eipId, portId: request.vipPortId });
        notifySuccess(binding ? 'EIP bound' : 'EIP unbound', binding ? `${request.eipLabel} now reaches ${request.vipLabel}.` : `${request.eipLabel} is free again.`);
      }}
    >
      {request
        ? binding
          ? `Internet traffic to ${request.eipLabel} will reach virtual IP ${request.vipLabel}, whichever server holds it.`
          : `${request.eipLabel} will no longer reach ${request.vipLabel}; the address stays yours.`
        : ''}
    </ConfirmDialog>
  );
}

/** The keyboard and click way to draw: pick the VIP for a selected server NIC or EIP, each with its verdict. */
export function PickVipDialog({
  from,
  facts,
  onPick,
  onClose,
}: {
  from: { kind: 'server'; serverId: string; name: string } | { kind: 'eip'; eipNodeId: string; name: string } | null;
  facts: ConnectionFacts;
  onPick: (choice: { vipNodeId: string; nicPortId?: string }) => void;
  onClose: () => void;
}) {
  const [choice, setChoice] = useState<string | null>(null);
  const options = from
    ? Object.keys(facts.vips).flatMap((vipNodeId) => {
        if (from.kind === 'eip') {
          const v = judgeConnection(facts, { source: from.eipNodeId, sourceHandle: handleId.out, target: vipNodeId });
          return [{ value: vipNodeId, label: facts.vips[vipNodeId].label, reason: v.ok ? null : v.reason }];
        }
        return (facts.nicsOfServer[from.serverId] ?? []).map((nic) => {
          const v = judgeConnection(facts, { source: nodeId.server(from.serverId), sourceHandle: handleId.nic(nic.port_id), target: vipNodeId });
          return { value: `${vipNodeId}|${nic.port_id}`, label: `${facts.vips[vipNodeId].label} ← NIC ${nic.ip}`, reason: v.ok ? null : v.reason };
        });
      })
    : [];
  const close = () => {
    setChoice(null);
    onClose();
  };
  return (
    <Modal opened={from !== null} onClose={close} title={from ? `Bind ${from.name} to a virtual IP` : ''} centered size="lg">
      <Stack>
        {options.length === 0 && <Text size="sm">There is no virtual IP in this diagram.</Text>}
        <Radio.Group value={choice} onChange={setChoice} aria-label="Virtual IP">
          <Stack gap="sm">
            {options.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} description={o.reason ?? 'Can be bound'} disabled={o.reason !== null} />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            disabled={!choice}
            onClick={() => {
              if (!choice) return;
              const [vipNodeId, nicPortId] = choice.split('|');
              setChoice(null);
              onPick({ vipNodeId, nicPortId });
            }}
          >
            Continue…
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
