import { Alert, Button, Center, Stack } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';

export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Center h="60vh" p="md">
      <Stack maw={520}>
        <Alert color="red" title="This page failed to load" role="alert">
          {message}
        </Alert>
        <Button onClick={() => window.location.reload()}>Reload the console</Button>
      </Stack>
    </Center>
  );
}
