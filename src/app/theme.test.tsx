// @vitest-environment jsdom
import { Badge, Button, MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubBrowser } from '../components/test-utils';
import { consoleTheme, cssVariablesResolver } from './theme';

function renderThemed(ui: React.ReactNode) {
  stubBrowser();
  const theme = consoleTheme({ closeDialog: 'Close', closeNotification: 'Close' });
  return render(
    <MantineProvider env="test" theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {ui}
    </MantineProvider>,
  );
}

describe('the console theme', () => {
  it('draws text buttons in the link colour, and red ones in the danger colour, in both schemes', () => {
    renderThemed(
      <>
        <Button variant="subtle">Bind</Button>
        <Button variant="subtle" color="red">
          Release
        </Button>
        <Button variant="default">Open</Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Bind' }).style.getPropertyValue('--button-color')).toBe('var(--app-color-action)');
    expect(screen.getByRole('button', { name: 'Release' }).style.getPropertyValue('--button-color')).toBe('var(--app-color-danger-action)');
    expect(screen.getByRole('button', { name: 'Open' }).style.getPropertyValue('--button-color')).not.toContain('--app-color');
  });

  it("draws a dot badge's dot in its colour's text shade (visible on a dark badge)", () => {
    renderThemed(
      <Badge variant="dot" color="gray">
        Not bound
      </Badge>,
    );
    expect(screen.getByText('Not bound').closest('.mantine-Badge-root')!.getAttribute('style')).toContain('--badge-dot-color: var(--mantine-color-gray-text)');
  });

  it('gives each scheme its own action, danger and control-border colours', () => {
    const vars = cssVariablesResolver(consoleTheme({ closeDialog: '', closeNotification: '' }) as never);
    for (const scheme of [vars.light, vars.dark]) {
      expect(Object.keys(scheme)).toEqual(expect.arrayContaining(['--app-color-action', '--app-color-danger-action', '--app-color-control-border', '--mantine-color-placeholder']));
    }
    expect(vars.dark['--app-color-danger-action']).toBe('var(--mantine-color-red-4)');
  });
});
