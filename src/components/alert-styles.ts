/** Alert titles in the text colour: a coloured title on a light tinted background is too faint (axe color-contrast). */
export const ALERT_STYLES = { title: { color: 'var(--mantine-color-text)' } } as const;
