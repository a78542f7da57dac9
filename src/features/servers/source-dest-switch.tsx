import { useLingui } from '@lingui/react/macro';
import { Switch } from '@mantine/core';
import type { Port } from '../../contract';
import { useSetSourceDestCheck } from '../../api/ports/set-source-dest-check';
import { notifyError, notifySuccess } from '../../components/notify';
import { useWriteBlock } from '../../api/write-access';
import { isSourceDestCheckOn } from '../../domain';

export function SourceDestSwitch({ port, ip, serverId }: { port: Port | undefined; ip: string; serverId: string }) {
  const { t } = useLingui();
  const set = useSetSourceDestCheck();
  const writeBlock = useWriteBlock();
  const on = port ? isSourceDestCheckOn(port.allowed_address_pairs) : false;
  const toggle = async (next: boolean) => {
    if (!port) return;
    try {
      await set.mutateAsync({ portId: port.id, on: next, serverId });
      if (next) notifySuccess(t`Source/Destination Check on`, t`NIC ${ip}: the check is now on.`);
      else notifySuccess(t`Source/Destination Check off`, t`NIC ${ip}: the check is now off.`);
    } catch (err) {
      notifyError(t`Could not change the check of NIC ${ip}`, err);
    }
  };
  return (
    <Switch
      label={t`Source/Destination Check`}
      styles={{ labelWrapper: { minWidth: 'max-content' } }}
      description={writeBlock ?? (port ? (on ? t`On` : t`Off: the NIC may answer for virtual IPs`) : t`Reading…`)}
      checked={on}
      disabled={!port || set.isPending}
      aria-disabled={writeBlock ? true : undefined}
      readOnly={Boolean(writeBlock)}
      onChange={(e) => !writeBlock && void toggle(e.currentTarget.checked)}
    />
  );
}
