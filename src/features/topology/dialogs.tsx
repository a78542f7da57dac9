import { Alert, Radio, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { z } from 'zod';
import { useSetEipPort } from '../../api/eips/update-eip';
import { BindingWarnings } from '../../components/binding-warnings';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notifySuccess } from '../../components/notify';
import { FormModal } from '../../components/form-modal';
import { chosen } from '../../components/form-rules';
import { useSchemaForm } from '../../components/use-schema-form';
import { WorkflowConfirmDialog } from '../../components/workflow-confirm-dialog';
import { bindingWarnings } from '../../domain';
import { bindWorkflow, unbindWorkflow } from '../../workflows/binding';
import { useWorkflow } from '../../workflows/use-workflow';
import { judgeConnection } from './connection-rules';
import { handleId, nodeId, type ConnectionFacts } from './model';

export interface BindRequest {
  vipNodeId: string;
  nicPortId: string;
}

const noFields = z.object({});

/** Drawing a NIC to a VIP lands here: the same warnings and steps as Bind to Server, for one NIC. */
export function BindNicDialog({ request, facts, onClose }: { request: BindRequest | null; facts: ConnectionFacts; onClose: () => void }) {
  const flow = useWorkflow();
  const confirm = useSchemaForm(noFields, {});
  const vip = request ? facts.vips[request.vipNodeId] : undefined;
  const nic = request ? facts.nics[request.nicPortId] : undefined;
  const verdict = request && vip && nic ? judgeConnection(facts, { source: nodeId.server(nic.server_id), sourceHandle: handleId.nic(nic.port_id), target: request.vipNodeId }) : null;
  const label = nic ? `${nic.server_name} (${nic.ip})` : '';
  const bind = async () => {
    if (!vip || !nic) return;
    if (await flow.start(bindWorkflow({ id: vip.id, ip: vip.ip }, [{ portId: nic.port_id, ip: nic.ip, label }]))) {
      notifySuccess('Virtual IP bound', `${vip.ip} is bound to ${label}; Source/Destination Check is off on its NIC.`);
    }
  };
  return (
    <FormModal
      opened={request !== null}
      onClose={onClose}
      title="Bind virtual IP"
      form={confirm}
      onSubmit={bind}
      submitLabel="Bind"
      submitDisabled={!verdict?.ok}
      flow={flow}
    >
      {vip && nic && verdict ? (
        <BindNicFacts facts={facts} vip={vip} nic={nic} verdict={verdict} />
      ) : (
        <Text size="sm">This virtual IP or NIC is no longer in the diagram.</Text>
      )}
    </FormModal>
  );
}

type VipFacts = ConnectionFacts['vips'][string];
type NicFacts = ConnectionFacts['nics'][string];

function BindNicFacts({ facts, vip, nic, verdict }: { facts: ConnectionFacts; vip: VipFacts; nic: NicFacts; verdict: ReturnType<typeof judgeConnection> }) {
  const warnings = bindingWarnings({
    vip,
    chosen: [nic],
    nicsOfServer: (id) => facts.nicsOfServer[id] ?? [],
    vipCountOfServer: (id) => facts.vipCountOfServer[id] ?? 0,
    boundServerCount: vip.boundIps.length,
  });
  return (
    <>
      <Text size="sm">
        Bind <b>{vip.label}</b> to <b>{`${nic.server_name} (${nic.ip})`}</b> in subnet {vip.subnetName}. Binding also turns the Source/Destination Check off on this NIC
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
    </>
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

const pickForm = z.object({ choice: chosen('Choose a virtual IP.') }).transform(({ choice }) => {
  const [vipNodeId, nicPortId] = choice.split('|');
  return { vipNodeId, nicPortId };
});

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
  const pick = useSchemaForm(pickForm, { choice: null as string | null });
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
  const firstOpen = options.find((o) => o.reason === null)?.value;
  return (
    <FormModal
      opened={from !== null}
      onClose={onClose}
      title={from ? `Bind ${from.name} to a virtual IP` : ''}
      form={pick}
      onSubmit={onPick}
      submitLabel="Continue…"
      submitDisabled={!pick.valid}
    >
      {options.length === 0 && <Text size="sm">There is no virtual IP in this diagram.</Text>}
      <Radio.Group aria-label="Virtual IP" {...pick.form.getInputProps('choice')}>
        <Stack gap="sm">
          {options.map((o) => (
            <Radio
              key={o.value}
              value={o.value}
              label={o.label}
              description={o.reason ?? 'Can be bound'}
              disabled={o.reason !== null}
              data-autofocus={o.value === firstOpen ? true : undefined}
            />
          ))}
        </Stack>
      </Radio.Group>
    </FormModal>
  );
}
