import { Center, Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function LoadingNote({ children }: { children: ReactNode }) {
  return (
    <Center h="100%" mih={400}>
      <Group gap="sm">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {children}
        </Text>
      </Group>
    </Center>
  );
}
