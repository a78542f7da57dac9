import { Alert, Badge, Button, Checkbox, Group, Paper, PasswordInput, Radio, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconDeviceFloppy, IconPlugConnected, IconAlertTriangle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
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

/** The choice a draft stands for, or what is missing. */
function choiceOf(draft: Draft): BackendChoice | string {
  if (draft.kind === 'browser') return { kind: 'browser' };
  if (!draft.url.trim()) return 'Give the endpoint URL.';
  let url: string;
  try {
    url = normaliseUrl(draft.url);
  } catch {
    return 'The URL is not valid: write it as http://host:port or https://host/path.';
  }
  if (!/^https?:/.test(url)) return 'The URL must start with http:// or https://.';
  if (draft.authKind === 'token') return draft.token ? { kind: 'remote', url, auth: { token: draft.token } } : 'Give the token.';
  return draft.ak && draft.sk ? { kind: 'remote', url, auth: { ak: draft.ak.trim(), sk: draft.sk } } : 'Give the access key (AK) and the secret key (SK).';
}

export function BackendCard() {
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
  const key = typeof choice === 'string' ? '' : JSON.stringify(choice);
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
    notifySuccess('Backend switched', `The console now talks to ${describeBackend(choice)}.`);
  };
  const canSave = typeof choice !== 'string' && !unchanged && (draft.kind === 'browser' || tested?.ok === true || anyway);

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Group justify="space-between">
          <Title order={2} fz="h4">
            Backend
          </Title>
          <Badge variant="light" color={inUse.kind === 'browser' ? 'gray' : 'blue'} tt="none" aria-label={`Backend in use: ${describeBackend(inUse)}`}>
            In use: {describeBackend(inUse)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          Where the console&apos;s data lives. This browser keeps it in IndexedDB, for you alone. A Huawei-compatible endpoint (a team&apos;s{' '}
          <code>npm run api</code>, or a gateway) is shared by everyone who points their console at it. Switching forgets every cached answer.
        </Text>
        <Radio.Group value={draft.kind} onChange={(kind) => setDraft({ kind: kind as Draft['kind'] })} label="The console talks to">
          <Stack gap="xs" mt={6}>
            <Radio
              value="browser"
              label="This browser"
              description={
                servedByApiServer
                  ? 'Not on this page: it was served by npm run api -- --console, whose API is this origin. Open the console from npm run dev or preview for an in-browser backend.'
                  : 'The backend runs in a service worker of this browser, on IndexedDB.'
              }
              disabled={servedByApiServer}
            />
            <Radio value="remote" label="A Huawei-compatible endpoint" description="A URL with a token or an AK/SK pair (signed in the browser, as the SDK signs)." />
          </Stack>
        </Radio.Group>
        {draft.kind === 'remote' && (
          <Stack gap="sm" pl="lg">
            <TextInput
              label="Endpoint URL"
              description="The API's base URL: requests go to <URL>/v1/{project_id}/..."
              placeholder="http://127.0.0.1:8787"
              value={draft.url}
              onChange={(e) => setDraft({ url: e.currentTarget.value })}
              error={submitted && typeof choice === 'string' && choice.includes('URL') ? choice : null}
              maw={480}
              autoComplete="off"
              spellCheck={false}
            />
            <Text size="sm" fw={500} mb={-8} id="backend-auth-label">
              Authentication
            </Text>
            <SegmentedControl
              value={draft.authKind}
              onChange={(authKind) => setDraft({ authKind: authKind as AuthKind })}
              data={[
                { value: 'token', label: 'Token' },
                { value: 'aksk', label: 'AK/SK' },
              ]}
              aria-labelledby="backend-auth-label"
              w={220}
            />
            {draft.authKind === 'token' ? (
              <PasswordInput
                label="Token"
                description="Sent as X-Auth-Token (the server's --token)."
                value={draft.token}
                onChange={(e) => setDraft({ token: e.currentTarget.value })}
                error={submitted && choice === 'Give the token.' ? choice : null}
                maw={480}
                autoComplete="off"
              />
            ) : (
              <Group align="flex-start" grow maw={640}>
                <TextInput
                  label="Access key (AK)"
                  description="Names the key pair; sent with each request."
                  value={draft.ak}
                  onChange={(e) => setDraft({ ak: e.currentTarget.value })}
                  error={submitted && typeof choice === 'string' && choice.includes('AK') && !draft.ak ? 'Give the access key.' : null}
                  autoComplete="off"
                  spellCheck={false}
                />
                <PasswordInput
                  label="Secret key (SK)"
                  description="Signs each request; never sent."
                  value={draft.sk}
                  onChange={(e) => setDraft({ sk: e.currentTarget.value })}
                  error={submitted && typeof choice === 'string' && choice.includes('SK') && !draft.sk ? 'Give the secret key.' : null}
                  autoComplete="off"
                />
              </Group>
            )}
            <Text size="xs" c="dimmed">
              The URL and the credential are kept in this browser (localStorage).
            </Text>
          </Stack>
        )}
        {tested && (
          <Alert
            color={tested.ok ? 'teal' : 'red'}
            icon={tested.ok ? <IconCheck size={18} /> : <IconAlertTriangle size={18} />}
            title={tested.ok ? 'Connection works' : 'Connection failed'}
            role="status"
          >
            {tested.message}
          </Alert>
        )}
        <Group>
          {draft.kind === 'remote' && (
            <Button variant="default" leftSection={<IconPlugConnected size={16} />} onClick={() => void runTest()} loading={testing}>
              Test connection
            </Button>
          )}
          <Button leftSection={<IconDeviceFloppy size={16} />} onClick={save} disabled={!canSave}>
            Save
          </Button>
          {draft.kind === 'remote' && !unchanged && tested?.ok !== true && (
            <Checkbox label="Save anyway, without a successful test" checked={anyway} onChange={(e) => setAnyway(e.currentTarget.checked)} />
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
