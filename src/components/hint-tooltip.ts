// Mantine's Tooltip (and floating-ui under it), loaded after the first paint through hint.tsx.
export { Tooltip } from '@mantine/core';
