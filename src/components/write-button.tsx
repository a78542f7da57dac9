import type { ButtonProps } from '@mantine/core';
import type { ComponentPropsWithoutRef, ElementType } from 'react';
import { useWriteBlock } from '../api/write-access';
import { GuardedButton } from './guarded-button';

type Props = ButtonProps &
  Omit<ComponentPropsWithoutRef<'button'>, keyof ButtonProps> & {
    /** Why this action cannot run now (besides the acting user's role), or null/undefined. */
    blockedReason?: string | null;
    component?: ElementType;
    to?: string;
  };

/** A button that changes something: blocked, with the reason, when the console acts as a read-only user. */
export function WriteButton({ blockedReason = null, ...props }: Props) {
  const writeBlock = useWriteBlock();
  return <GuardedButton blockedReason={writeBlock ?? blockedReason} {...(props as object)} />;
}
