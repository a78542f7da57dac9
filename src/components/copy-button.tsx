import { useLingui } from '@lingui/react/macro';
import { ActionIcon, CopyButton as MantineCopyButton } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { Hint } from './hint';

export function CopyButton({ value, label }: { value: string; label?: string }) {
  const { t } = useLingui();
  return (
    <MantineCopyButton value={value} timeout={1500}>
      {({ copied, copy }) => (
        <Hint label={copied ? t`Copied` : (label ?? t`Copy`)} withArrow>
          <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} size="sm" onClick={copy} aria-label={label ?? t`Copy ${value}`}>
            {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
          </ActionIcon>
        </Hint>
      )}
    </MantineCopyButton>
  );
}
