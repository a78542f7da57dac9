import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, List, Loader, Stack, Text } from '@mantine/core';
import { IconFileOff } from '@tabler/icons-react';
import { useHaGroupFiles } from '../../api/ha-groups/config-spec';
import type { HaGroup } from '../../contract';
import { ALERT_STYLES } from '../../components/alert-styles';
import { InlineError } from '../../components/inline-error';
import { ServerFilesView } from '../../components/server-files';
import type { GroupHealth } from '../../domain/ha';
import { specProblemText } from '../../api/ha-groups/spec-problem-text';
import { healthText } from './health-text';

/** The Configuration tab: the files of a whole group, or what is missing, and never a configuration that cannot fail over. */
export function GroupConfig({ group, health }: { group: HaGroup; health: GroupHealth | undefined }) {
  const { t, i18n } = useLingui();
  const { files, error, missing } = useHaGroupFiles(group);
  const withheld = health?.state === 'incomplete' || missing.length > 0;
  if (withheld) {
    // The generator's own refusal when it has one; else what the group verdict found (a member gone or unbound).
    const reasons = missing.length > 0 ? missing.map((w) => specProblemText(w, i18n)) : (health?.problems.map((p) => healthText(p.text, i18n)) ?? []);
    return (
      <Alert color="red" styles={ALERT_STYLES} icon={<IconFileOff size={18} />} title={t`No configuration while the group is incomplete`}>
        <Stack gap="xs">
          <Text size="sm">
            <Trans>A keepalived.conf for this group would not fail over (keepalived refuses one with no peers), so none is offered. What is missing:</Trans>
          </Text>
          <List size="sm" spacing={4}>
            {reasons.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
          <Text size="sm">
            <Trans>
              To fix it: Retry the setup if it stopped part way, edit the members to replace a deleted or missing server, or bind the virtual IP to
              the member again. The configuration appears here once the group is whole.
            </Trans>
          </Text>
        </Stack>
      </Alert>
    );
  }
  return (
    <>
      <InlineError error={error} title={t`Could not read what the configuration needs`} />
      {files ? <ServerFilesView servers={files} archiveName={group.name} /> : !error && <Loader size="sm" />}
    </>
  );
}
