import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Center, Stack } from '@mantine/core';
import { Component, type ReactNode } from 'react';

interface Props {
  /** The error boundary starts over when this changes (the page's path): another page may work. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: unknown;
  resetKey: string;
}

/** Shows a page that failed to load or to render, with a way out, instead of a blank console. */
export class RouteErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error() };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return <RouteErrorNotice error={this.state.error} />;
  }
}

function RouteErrorNotice({ error }: { error: unknown }) {
  const { t } = useLingui();
  return (
    <Center h="60vh" p="md">
      <Stack maw={520}>
        <Alert color="red" title={t`This page failed to load`} role="alert">
          {error instanceof Error ? error.message || t`Unknown error` : String(error)}
        </Alert>
        <Button onClick={() => window.location.reload()}>
          <Trans>Reload the console</Trans>
        </Button>
      </Stack>
    </Center>
  );
}
