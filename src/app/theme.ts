import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** The words the theme puts on Mantine's close buttons, in the console's language. */
export interface ThemeLabels {
  closeDialog: string;
  closeNotification: string;
}

/** Shade 8 for links, filled buttons and outlines in both schemes, so white text on them and they on the page keep a 4.5:1 contrast. */
export function consoleTheme({ closeDialog, closeNotification }: ThemeLabels) {
  return createTheme({
    primaryColor: 'blue',
    primaryShade: { light: 8, dark: 8 },
    defaultRadius: 'sm',
    fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    headings: { fontWeight: '600' },
    components: {
      Button: { defaultProps: { size: 'sm' } },
      Modal: { defaultProps: { radius: 'md', closeButtonProps: { 'aria-label': closeDialog } } },
      Notification: {
        defaultProps: { closeButtonProps: { 'aria-label': closeNotification } },
        styles: { description: { color: 'var(--app-color-strong-dimmed)' } },
      },
    },
  });
}

/**
 * The console's own surface colours, one name per role in both schemes (use these, never a fixed grey or
 * white): the page behind the cards, a surface on it (cards, the topology's nodes and side panel), a
 * subtle fill (a disabled row, a hint box), and its borders. Dimmed text is one shade stronger than
 * Mantine's, for contrast on the page background.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--app-color-page': 'var(--mantine-color-gray-0)',
    '--app-color-surface': 'var(--mantine-color-white)',
    '--app-color-subtle': 'var(--mantine-color-gray-0)',
    '--app-color-border': 'var(--mantine-color-gray-3)',
    '--app-color-strong-border': 'var(--mantine-color-gray-4)',
    '--app-color-strong-dimmed': 'var(--mantine-color-gray-8)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--app-color-page': 'var(--mantine-color-dark-8)',
    '--app-color-surface': 'var(--mantine-color-dark-7)',
    '--app-color-subtle': 'var(--mantine-color-dark-6)',
    '--app-color-border': 'var(--mantine-color-dark-4)',
    '--app-color-strong-border': 'var(--mantine-color-dark-3)',
    '--app-color-strong-dimmed': 'var(--mantine-color-dark-0)',
  },
});
