import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { PORTS, REMOTE_AK, REMOTE_SK, REMOTE_TOKEN, origin } from './e2e/remote/servers';

/**
 * The console against a remote backend (`npm test` runs it after playwright.config.ts): the build served
 * by `npm run api -- --console` (the team setup), and the same build under `vite preview` switched in
 * Settings to `npm run api -- --cors <origin> --token <T> --ak <AK> --sk <SK>` (token, then AK/SK signed in the page). Its own build folder and ports (4374-4377).
 */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p!));
}

const host = origin;

export default defineConfig({
  testDir: 'e2e/remote',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-remote-results.json' }]],
  outputDir: 'test-results/remote',
  use: {
    baseURL: host(PORTS.team),
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  // Started one after the other: the first builds what the others serve.
  webServer: [
    {
      command: 'npx vite build --outDir dist-remote && npx tsx scripts/api-server.ts --console dist-remote',
      env: { PORT: String(PORTS.team) },
      url: `${host(PORTS.team)}/`,
      timeout: 240_000,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx tsx scripts/api-server.ts --cors ${host(PORTS.preview)} --token ${REMOTE_TOKEN} --ak ${REMOTE_AK} --sk ${REMOTE_SK}`,
      env: { PORT: String(PORTS.remote) },
      url: `${host(PORTS.remote)}/v1/probe/vpcs`,
      timeout: 60_000,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx vite preview --outDir dist-remote --host 127.0.0.1 --port ${PORTS.preview} --strictPort`,
      url: host(PORTS.preview),
      timeout: 60_000,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
