import { Alert, Badge, Button, Checkbox, Group, Paper, PasswordInput, Radio, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconDeviceFloppy, IconPlugConnected, IconAlertTriangle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { currentBackend, describeBackend, normaliseUrl, servedByApiServer, useConnectionStore, type BackendChoice } from '../../api/connection';
import { useProjectStore } from '../../api/project-store';
import { testConnection, type ConnectionTest } from '../../api/test-connection';
import { notifySuccess } from '../../components/notify';

type AuthKind = 'token' | 'aksk';

interface Draft {
  kind: BackendChoice['kind'];
  url: string;
  authKind: AuthKind;
  token: string;
  ak: string;
  sk: string;
}

function draftOf(backend: BackendChoice): Draft {
  const empty: Draft = { kind: backend.kind, url: '', authKind: 'token', token: '', ak: '', sk: '' };
  if (backend.kind === 'browser') return empty;
  return 'token' in backend.auth
    ? { ...empty, url: backend.url, token: backend.auth.token }
    : { ...empty, url: backend.url, authKind: 'aksk', ak: backend.auth.ak, sk: backend.auth.sk };
}

/** What keeps a draft from being a choice. */
type Missing = 'url' | 'url-invalid' | 'url-scheme' | 'token' | 'keys';

/** The choice a draft stands for, or what is missing. */
function choiceOf(draft: Draft): BackendChoice | Missing {
  if (draft.kind === 'browser') return { kind: 'browser' };
  if (!draft.url.trim()) return 'url';
  let url: string;
  try {
    url = normaliseUrl(draft.url);
  } catch {
    return 'url-invalid';
  }
  if (!/^https?:/.test(url)) return 'url-scheme';
  if (draft.authKind === 'token') return draft.token ? { kind: 'remote', url, auth: { token: draft.token } } : 'token';
  return draft.ak && draft.sk ? { kind: 'remote', url, auth: { ak: draft.ak.trim(), sk: draft.sk } } : 'keys';
}

export function BackendCard() {
  const { t } = useLingui();
  const stored = useConnectionStore((s) => s.backend);
  const setBackend = useConnectionStore((s) => s.setBackend);
  const projectId = useProjectStore((s) => s.projectId);
  const qc = useQueryClient();
  const inUse = stored.kind === 'browser' && servedByApiServer ? currentBackend() : stored;
  const [draft, setDraftState] = useState<Draft>(() => draftOf(inUse));
  const [test, setTest] = useState<{ result: ConnectionTest; for: string } | null>(null);
  const [testing, setTesting] = useState(false);
  const [anyway, setAnyway] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const choice = choiceOf(draft);
  const missing = typeof choice === 'string' ? choice : null;
  const key = missing ? '' : JSON.stringify(choice);
  const tested = test && test.for === key ? test.result : null;
  const unchanged = key === JSON.stringify(inUse);
  const setDraft = (change: Partial<Draft>) => {
    setDraftState((d) => ({ ...d, ...change }));
    setAnyway(false);
  };

  const runTest = async () => {
    setSubmitted(true);
    if (typeof choice === 'string') return;
    setTesting(true);
    const result = await testConnection(choice, projectId);
    setTest({ result, for: JSON.stringify(choice) });
    setTesting(false);
  };
  const save = () => {
    setSubmitted(true);
    if (typeof choice === 'string') return;
    void qc.cancelQueries();
    qc.clear();
    setBackend(choice);
    setAnyway(false);
    const backend = describeBackend(choice);
    notifySuccess(t`Backend switched`, t`The console now talks to ${backend}.`);
  };
  const canSave = !missing && !unchanged && (draft.kind === 'browser' || tested?.ok === true || anyway);
  const shown = submitted ? missing : null;
  const urlError =
    shown === 'url' ? t`Give the endpoint URL.` : shown === 'url-invalid' ? t`The URL is not valid: write it as http://host:port or https://host/path.` : shown === 'url-scheme' ? t`The URL must start with http:// or https://.` : null;
  const inUseName = describeBackend(inUse);
  const requestPath = '<URL>/v1/{project_id}/...';

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Group justify="space-between">
          <Title order={2} fz="h4">
            <Trans>Backend</Trans>
          </Title>
          <Badge variant="light" color={inUse.kind === 'browser' ? 'gray' : 'blue'} tt="none" aria-label={t`Backend in use: ${inUseName}`}>
            <Trans>In use: {inUseName}</Trans>
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          <Trans>
            Where the console&apos;s data lives. This browser keeps it in IndexedDB, for you alone. A Huawei-compatible endpoint (a team&apos;s{' '}
            <code>npm run api</code>, or a gateway) is shared by everyone who points their console at it. Switching forgets every cached answer.
          </Trans>
        </Text>
        <Radio.Group value={draft.kind} onChange={(kind) => setDraft({ kind: kind as Draft['kind'] })} label={t`The console talks to`}>
          <Stack gap="xs" mt={6}>
            <Radio
              value="browser"
              label={t`This browser`}
              description={
                servedByApiServer
                  ? t`Not on this page: it was served by npm run api -- --console, whose API is this origin. Open the console from npm run dev or preview for an in-browser backend.`
                  : t`The backend runs in a service worker of this browser, on IndexedDB.`
              }
              disabled={servedByApiServer}
            />
            <Radio
              value="remote"
              label={t`A Huawei-compatible endpoint`}
              description={t`A URL with a token or an AK/SK pair (signed in the browser, as the SDK signs).`}
            />
          </Stack>
        </Radio.Group>
        {draft.kind === 'remote' && (
          <Stack gap="sm" pl="lg">
            <TextInput
              label={t`Endpoint URL`}
              description={t`The API's base URL: requests go to ${requestPath}`}
              placeholder="http://127.0.0.1:8787"
              value={draft.url}
              onChange={(e) => setDraft({ url: e.currentTarget.value })}
              error={urlError}
              maw={480}
              autoComplete="off"
              spellCheck={false}
            />
            <Text size="sm" fw={500} mb={-8} id="backend-auth-label">
              <Trans>Authentication</Trans>
            </Text>
            <SegmentedControl
              value={draft.authKind}
              onChange={(authKind) => setDraft({ authKind: authKind as AuthKind })}
              data={[
                { value: 'token', label: t`Token` },
                { value: 'aksk', label: t`AK/SK` },
              ]}
              aria-labelledby="backend-auth-label"
              w={220}
            />
            {draft.authKind === 'token' ? (
              <PasswordInput
                label={t`Token`}
                description={t`Sent as X-Auth-Token (the server's --token).`}
                value={draft.token}
                onChange={(e) => setDraft({ token: e.currentTarget.value })}
                error={shown === 'token' ? t`Give the token.` : null}
                maw={480}
                autoComplete="off"
              />
            ) : (
              <Group align="flex-start" grow maw={640}>
                <TextInput
                  label={t`Access key (AK)`}
                  description={t`Names the key pair; sent with each request.`}
                  value={draft.ak}
                  onChange={(e) => setDraft({ ak: e.currentTarget.value })}
                  error={shown === 'keys' && !draft.ak ? t`Give the access key.` : null}
                  autoComplete="off"
                  spellCheck={false}
                />
                <PasswordInput
                  label={t`Secret key (SK)`}
                  description={t`Signs each request; never sent.`}
                  value={draft.sk}
                  onChange={(e) => setDraft({ sk: e.currentTarget.value })}
                  error={shown === 'keys' && !draft.sk ? t`Give the secret key.` : null}
                  autoComplete="off"
                />
              </Group>
            )}
            <Text size="xs" c="dimmed">
              <Trans>The URL and the credential are kept in this browser (localStorage).</Trans>
            </Text>
          </Stack>
        )}
        {tested && (
          <Alert
            color={tested.ok ? 'teal' : 'red'}
            icon={tested.ok ? <IconCheck size={18} /> : <IconAlertTriangle size={18} />}
            title={tested.ok ? t`Connection works` : t`Connection failed`}
            role="status"
          >
            {tested.message}
          </Alert>
        )}
        <Group>
          {draft.kind === 'remote' && (
            <Button variant="default" leftSection={<IconPlugConnected size={16} />} onClick={() => void runTest()} loading={testing}>
              <Trans>Test connection</Trans>
            </Button>
          )}
          <Button leftSection={<IconDeviceFloppy size={16} />} onClick={save} disabled={!canSave}>
            <Trans>Save</Trans>
          </Button>
          {draft.kind === 'remote' && !unchanged && tested?.ok !== true && (
             <Checkbox label={t`Save anyway, without a successful test`} checked={anyway} onChange={(e) => setAnyway(e.currentTarget.checked)} />
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
