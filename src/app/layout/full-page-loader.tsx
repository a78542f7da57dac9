import { useLingui } from '@lingui/react/macro';
import { Center, Loader } from '@mantine/core';

export function FullPageLoader() {
  const { t } = useLingui();
  return (
    <Center h="60vh">
      <Loader aria-label={t`Loading`} />
    </Center>
  );
}
