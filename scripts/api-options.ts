/**
 * The command line of `npm run api`: `PORT=8787 npm run api -- [--data FILE] [--token T] [--ak AK --sk SK]
 * [--cors ORIGIN ...] [--faults] [--console [DIR]]`. Flags take `--flag value` or `--flag=value`; `--cors`
 * repeats or takes a comma list; `--console` takes an optional folder (default dist). A mistake ends the
 * start with a message that says what to change.
 */
export interface ApiCommandLine {
  port: number;
  dataFile?: string;
  token?: string;
  ak?: string;
  sk?: string;
  corsOrigins: string[];
  faults: boolean;
  /** `--console [DIR]`: also serve the built console in DIR (default dist) from the same origin. */
  consoleDir?: string;
}

/** The folder `--console` serves when given none. */
export const DEFAULT_CONSOLE_DIR = 'dist';

const VALUE_FLAGS = ['--data', '--token', '--ak', '--sk', '--cors'] as const;
const SWITCHES = ['--faults'] as const;

/** `http://127.0.0.1:5173`: scheme, host and optional port, nothing after. */
const ORIGIN = /^https?:\/\/(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i;

export function parseApiCommandLine(argv: readonly string[], env: Record<string, string | undefined> = {}): ApiCommandLine {
  const values: Record<string, string[]> = {};
  let faults = false;
  let consoleDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--console') {
      if (consoleDir !== undefined) throw new Error('--console is given twice; give it once.');
      const next = argv[i + 1];
      consoleDir = eq > 0 ? arg.slice(eq + 1) : next !== undefined && !next.startsWith('--') ? argv[++i] : DEFAULT_CONSOLE_DIR;
      if (consoleDir === '') throw new Error('--console= needs a folder (or write --console alone for dist).');
      continue;
    }
    if ((SWITCHES as readonly string[]).includes(name)) {
      if (eq > 0) throw new Error(`${name} takes no value.`);
      faults = true;
      continue;
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) {
      throw new Error(`Unknown argument "${arg}". Use ${[...VALUE_FLAGS.map((f) => `${f} <value>`), ...SWITCHES, '--console [dir]'].join(', ')} (and PORT=<n> in the environment).`);
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new Error(`${name} needs a value.`);
    (values[name] ??= []).push(value);
  }
  const single = (name: string) => {
    const given = values[name];
    if (given && given.length > 1) throw new Error(`${name} is given ${given.length} times; give it once.`);
    return given?.[0];
  };
  const port = env.PORT === undefined || env.PORT === '' ? 8787 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT=${env.PORT} is not a port; use a whole number from 0 to 65535.`);
  const ak = single('--ak');
  const sk = single('--sk');
  if (Boolean(ak) !== Boolean(sk)) throw new Error('Give --ak and --sk together: the access key and the secret key it signs with.');
  const corsOrigins = (values['--cors'] ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const badOrigin = corsOrigins.find((o) => !ORIGIN.test(o));
  if (badOrigin) throw new Error(`--cors "${badOrigin}" is not an origin; write scheme, host and port only, e.g. http://127.0.0.1:5173.`);
  return { port, dataFile: single('--data'), token: single('--token'), ak, sk, corsOrigins, faults, consoleDir };
}

/** The start banner's lines about who may call and what is switched on. */
export function describeAccess(options: Pick<ApiCommandLine, 'token' | 'ak' | 'corsOrigins' | 'faults'> & { consoleDir?: string }): string[] {
  const ways = [options.token ? 'X-Auth-Token (the --token value)' : '', options.ak ? `AK/SK signatures by access key ${options.ak}` : ''].filter(Boolean);
  const lines = [
    ways.length
      ? `Authentication: required: ${ways.join(' or ')}.`
      : 'Authentication: OPEN. Any token and any AK/SK signature is accepted: for local use only (see --token, --ak/--sk).',
    options.corsOrigins.length ? `CORS: browser pages on ${options.corsOrigins.join(', ')} may call.` : 'CORS: off (no cross-origin page may call; see --cors).',
  ];
  if (options.consoleDir) {
    lines.push(
      `Console: the built console in ${options.consoleDir} is served on this origin, with this server as its backend (no in-browser backend); open it in every browser of the team. Changes stream to every open console.`,
    );
  }
  if (options.faults) lines.push('Faults test aid: ON (POST /console/v1/{project_id}/faults makes a request fail).');
  return lines;
}
