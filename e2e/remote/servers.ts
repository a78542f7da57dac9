import { spawn, type ChildProcess } from 'node:child_process';

/** Ports of the remote journeys (playwright.remote.config.ts starts the first three). */
export const PORTS = {
  /** `npm run api -- --console dist-remote`: the team setup */
  team: Number(process.env.E2E_TEAM_PORT ?? 4374),
  /** `vite preview` of the same build */
  preview: Number(process.env.E2E_PREVIEW_PORT ?? 4375),
  /** `npm run api -- --cors <preview origin> --token REMOTE_TOKEN --ak REMOTE_AK --sk REMOTE_SK` */
  remote: Number(process.env.E2E_REMOTE_PORT ?? 4376),
  /** a port a journey starts its own servers on */
  spare: Number(process.env.E2E_SPARE_PORT ?? 4377),
};
export const REMOTE_TOKEN = 'e2e-team-token';
/** The remote server's AK/SK pair (it takes the token or a signature made with this pair). */
export const REMOTE_AK = 'E2EREMOTEAK00001';
export const REMOTE_SK = 'e2e-remote-secret-key';
export const DEMO = '0b3c5d7e9f1a4b6c8d0e2f4a6b8c0d1e';
export const origin = (port: number) => `http://127.0.0.1:${port}`;

/** Starts a server command in its own process group and resolves once `url` answers; `stop()` ends the group. */
export async function startServer(command: string, port: number, url: string): Promise<{ stop: () => Promise<void> }> {
  const child: ChildProcess = spawn('sh', ['-c', command], { env: { ...process.env, PORT: String(port) }, detached: true, stdio: 'ignore' });
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const up = await fetch(url).then(
      () => true,
      () => false,
    );
    if (up) return { stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`${command} did not answer ${url} within 60 s`);
}
