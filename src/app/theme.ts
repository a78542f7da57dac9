import { createTheme, DEFAULT_THEME, type CSSVariablesResolver } from '@mantine/core';

/** The words the theme puts on Mantine's close buttons, in the console's language. */
export interface ThemeLabels {
  closeDialog: string;
  closeNotification: string;
}

/**
 * Text buttons (row actions, "Recent operations") in the link's colour, red when destructive, in both
 * schemes: Mantine's dark scheme draws them near-white (shade 0) whatever their colour.
 */
const SUBTLE_COLORS: Partial<Record<string, string>> = {
  blue: 'var(--app-color-action)',
  red: 'var(--app-color-danger-action)',
};

function subtleColor(variant: string | undefined, color: string | undefined): string | undefined {
  return variant === 'subtle' ? SUBTLE_COLORS[color ?? 'blue'] : undefined;
}

/** A dot badge's dot in the colour's text shade: Mantine's filled shade 8 vanishes on a dark badge (gray 1.03:1). */
function dotColor(variant: string | undefined, color: string | undefined): string | undefined {
  const name = color ?? 'blue';
  return variant === 'dot' && name in DEFAULT_THEME.colors ? `var(--mantine-color-${name}-text)` : undefined;
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
      Button: {
        defaultProps: { size: 'sm' },
        vars: (_theme: unknown, props: { variant?: string; color?: string }) => {
          const color = subtleColor(props.variant, props.color);
          return { root: color ? { '--button-color': color } : {} };
        },
      },
      ActionIcon: {
        vars: (_theme: unknown, props: { variant?: string; color?: string }) => {
          const color = subtleColor(props.variant, props.color);
          return { root: color ? { '--ai-color': color } : {} };
        },
      },
      Badge: {
        vars: (_theme: unknown, props: { variant?: string; color?: string }) => {
          const color = dotColor(props.variant, props.color);
          return { root: color ? { '--badge-dot-color': color } : {} };
        },
      },
      Title: { styles: { root: { color: 'var(--mantine-color-bright)' } } },
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
 * Mantine's, for contrast on the page background; placeholders and the borders of unchecked checkboxes
 * and radios (app.css) reach 3:1 against their field in both schemes.
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
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--app-color-control-border': 'var(--mantine-color-gray-6)',
    '--app-color-action': 'var(--mantine-color-blue-light-color)',
    '--app-color-danger-action': 'var(--mantine-color-red-light-color)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--app-color-page': 'var(--mantine-color-dark-8)',
    '--app-color-surface': 'var(--mantine-color-dark-7)',
    '--app-color-subtle': 'var(--mantine-color-dark-6)',
    '--app-color-border': 'var(--mantine-color-dark-4)',
    '--app-color-strong-border': 'var(--mantine-color-dark-3)',
    '--app-color-strong-dimmed': 'var(--mantine-color-dark-0)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-2)',
    '--app-color-control-border': 'var(--mantine-color-dark-2)',
    '--app-color-action': 'var(--mantine-color-anchor)',
    '--app-color-danger-action': 'var(--mantine-color-red-4)',
  },
});
