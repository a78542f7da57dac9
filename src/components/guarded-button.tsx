import { Button, type ButtonProps } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';
import { Hint } from './hint';

type Props = ButtonProps & Omit<ComponentPropsWithoutRef<'button'>, keyof ButtonProps> & {
  /** Why the button cannot act now (shown on hover and keyboard focus), or null. */
  blockedReason: string | null;
};

/**
 * A button that, when blocked, stays in the tab order and says why (tooltip on hover and focus, and its
 * accessible description) instead of vanishing from the keyboard as a disabled button does.
 */
export function GuardedButton({ blockedReason, onClick, ...props }: Props) {
  if (!blockedReason) return <Button onClick={onClick} {...props} />;
  return (
    <Hint label={blockedReason} withArrow multiline maw={300} events={{ hover: true, focus: true, touch: true }}>
      <Button {...props} data-disabled aria-disabled="true" aria-description={blockedReason} onClick={(e) => e.preventDefault()} />
    </Hint>
  );
}
