import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const flow = useWorkflow();
  const confirm = useSchemaForm(noFields, {});
  const vip = request ? facts.vips[request.vipNodeId] : undefined;
  const nic = request ? facts.nics[request.nicPortId] : undefined;
  const verdict = request && vip && nic ? judgeConnection(facts, { source: nodeId.server(nic.server_id), sourceHandle: handleId.nic(nic.port_id), target: request.vipNodeId }) : null;
  const label = nic ? `${nic.server_name} (${nic.ip})` : '';
  const bind = async () => {
    if (!vip || !nic) return;
    if (await flow.start(bindWorkflow({ id: vip.id, ip: vip.ip }, [{ portId: nic.port_id, ip: nic.ip, label }]))) {
      const ip = vip.ip;
      notifySuccess(t`Virtual IP bound`, t`${ip} is bound to ${label}; Source/Destination Check is off on its NIC.`);
    }
  };
  return (
    <FormModal
      opened={request !== null}
      onClose={onClose}
      title={t`Bind virtual IP`}
      form={confirm}
      onSubmit={bind}
      submitLabel={t`Bind`}
      submitDisabled={!verdict?.ok}
      flow={flow}
    >
      {vip && nic && verdict ? (
        <BindNicFacts facts={facts} vip={vip} nic={nic} verdict={verdict} />
      ) : (
        <Text size="sm">
          <Trans>This virtual IP or NIC is no longer in the diagram.</Trans>
        </Text>
      )}
    </FormModal>
  );
}

type VipFacts = ConnectionFacts['vips'][string];
type NicFacts = ConnectionFacts['nics'][string];

function BindNicFacts({ facts, vip, nic, verdict }: { facts: ConnectionFacts; vip: VipFacts; nic: NicFacts; verdict: ReturnType<typeof judgeConnection> }) {
  const { t } = useLingui();
  const warnings = bindingWarnings({
    vip,
    chosen: [nic],
    nicsOfServer: (id) => facts.nicsOfServer[id] ?? [],
    vipCountOfServer: (id) => facts.vipCountOfServer[id] ?? 0,
    boundServerCount: vip.boundIps.length,
  });
  const vipLabel = vip.label;
  const nicLabel = `${nic.server_name} (${nic.ip})`;
  const subnetName = vip.subnetName;
  const serverName = nic.server_name;
  return (
    <>
      <Text size="sm">
        {nic.checkOn ? (
          <Trans>
            Bind <b>{vipLabel}</b> to <b>{nicLabel}</b> in subnet {subnetName}. Binding also turns the Source/Destination Check off on this NIC (it is on
            now).
          </Trans>
        ) : (
          <Trans>
            Bind <b>{vipLabel}</b> to <b>{nicLabel}</b> in subnet {subnetName}. Binding also turns the Source/Destination Check off on this NIC (it is
            already off).
          </Trans>
        )}
      </Text>
      {!verdict.ok && (
        <Alert color="red" icon={<IconX size={18} />} title={t`Cannot bind`}>
          {verdict.reason}
        </Alert>
      )}
      {nic.serverStatus !== 'ACTIVE' && (
        <Text size="sm" c="dimmed">
          <Trans>{serverName} is stopped: the binding is kept, and the server answers for the VIP once it runs keepalived again.</Trans>
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
  const { t } = useLingui();
  const flow = useWorkflow();
  const vipLabel = request?.vipLabel ?? '';
  const nicLabel = request?.nicLabel ?? '';
  return (
    <WorkflowConfirmDialog
      opened={request !== null}
      onClose={onClose}
      title={t`Unbind virtual IP ${vipLabel}`}
      confirmLabel={t`Unbind`}
      flow={flow}
      onConfirm={async () => {
        if (!request) return false;
        const ok = await flow.start(unbindWorkflow({ id: request.vipPortId, ip: request.vipLabel }, { ip: request.ip, label: request.nicLabel }));
        if (ok) notifySuccess(t`Virtual IP unbound`, t`${vipLabel} is no longer bound to ${nicLabel}.`);
        return ok;
      }}
    >
      {request ? t`${vipLabel} will no longer be bound to ${nicLabel}. The NIC's Source/Destination Check stays as it is.` : ''}
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
  const { t } = useLingui();
  const setPort = useSetEipPort();
  const binding = request?.vipPortId != null;
  const eipLabel = request?.eipLabel ?? '';
  const vipLabel = request?.vipLabel ?? '';
  return (
    <ConfirmDialog
      opened={request !== null}
      onClose={onClose}
      title={binding ? t`Bind EIP ${eipLabel}` : t`Unbind EIP ${eipLabel}`}
      confirmLabel={binding ? t`Bind` : t`Unbind`}
      danger={!binding}
      onConfirm={async () => {
        if (!request) return;
        await setPort.mutateAsync({ eipId: request.eipId, portId: request.vipPortId });
        if (binding) notifySuccess(t`EIP bound`, t`${eipLabel} now reaches ${vipLabel}.`);
        else notifySuccess(t`EIP unbound`, t`${eipLabel} is free again.`);
      }}
    >
      {request
        ? binding
          ? t`Internet traffic to ${eipLabel} will reach virtual IP ${vipLabel}, whichever server holds it.`
          : t`${eipLabel} will no longer reach ${vipLabel}; the address stays yours.`
        : ''}
    </ConfirmDialog>
  );
}

/** Made on each render, so its words follow the console's language. */
const pickForm = () =>
  z.object({ choice: chosen(t`Choose a virtual IP.`) }).transform(({ choice }) => {
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
  const { t } = useLingui();
  const pick = useSchemaForm(pickForm(), { choice: null as string | null });
  const fromName = from?.name ?? '';
  const options = from
    ? Object.keys(facts.vips).flatMap((vipNodeId) => {
        if (from.kind === 'eip') {
          const v = judgeConnection(facts, { source: from.eipNodeId, sourceHandle: handleId.out, target: vipNodeId });
          return [{ value: vipNodeId, label: facts.vips[vipNodeId].label, reason: v.ok ? null : v.reason }];
        }
        return (facts.nicsOfServer[from.serverId] ?? []).map((nic) => {
          const v = judgeConnection(facts, { source: nodeId.server(from.serverId), sourceHandle: handleId.nic(nic.port_id), target: vipNodeId });
          const vipLabel = facts.vips[vipNodeId].label;
          const nicIp = nic.ip;
          return { value: `${vipNodeId}|${nic.port_id}`, label: t`${vipLabel} ← NIC ${nicIp}`, reason: v.ok ? null : v.reason };
        });
      })
    : [];
  const firstOpen = options.find((o) => o.reason === null)?.value;
  return (
    <FormModal
      opened={from !== null}
      onClose={onClose}
      title={from ? t`Bind ${fromName} to a virtual IP` : ''}
      form={pick}
      onSubmit={onPick}
      submitLabel={t`Continue…`}
      submitDisabled={!pick.valid}
    >
      {options.length === 0 && (
        <Text size="sm">
          <Trans>There is no virtual IP in this diagram.</Trans>
        </Text>
      )}
      <Radio.Group aria-label={t`Virtual IP`} {...pick.form.getInputProps('choice')}>
        <Stack gap="sm">
          {options.map((o) => (
            <Radio
              key={o.value}
              value={o.value}
              label={o.label}
              description={o.reason ?? t`Can be bound`}
              disabled={o.reason !== null}
              data-autofocus={o.value === firstOpen ? true : undefined}
            />
          ))}
        </Stack>
      </Radio.Group>
    </FormModal>
  );
}
