/**
 * The command line of `npm run api`: `PORT=8787 npm run api -- [--data FILE] [--token T] [--ak AK --sk SK]
 * [--cors ORIGIN ...] [--faults]`. Flags take `--flag value` or `--flag=value`; `--cors` repeats or takes a
 * comma list. A mistake ends the start with a message that says what to change.
 */
export interface ApiCommandLine {
  port: number;
  dataFile?: string;
  token?: string;
  ak?: string;
  sk?: string;
  corsOrigins: string[];
  faults: boolean;
}

const VALUE_FLAGS = ['--data', '--token', '--ak', '--sk', '--cors'] as const;
const SWITCHES = ['--faults'] as const;

/** `http://127.0.0.1:5173`: scheme, host and optional port, nothing after. */
const ORIGIN = /^https?:\/\/(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i;

export function parseApiCommandLine(argv: readonly string[], env: Record<string, string | undefined> = {}): ApiCommandLine {
  const values: Record<string, string[]> = {};
  let faults = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if ((SWITCHES as readonly string[]).includes(name)) {
      if (eq > 0) throw new Error(`${name} takes no value.`);
      faults = true;
      continue;
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) {
      throw new Error(`Unknown argument "${arg}". Use ${[...VALUE_FLAGS.map((f) => `${f} <value>`), ...SWITCHES].join(', ')} (and PORT=<n> in the environment).`);
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
  return { port, dataFile: single('--data'), token: single('--token'), ak, sk, corsOrigins, faults };
}

/** The start banner's lines about who may call and what is switched on. */
export function describeAccess(options: Pick<ApiCommandLine, 'token' | 'ak' | 'corsOrigins' | 'faults'>): string[] {
  const ways = [options.token ? 'X-Auth-Token (the --token value)' : '', options.ak ? `AK/SK signatures by access key ${options.ak}` : ''].filter(Boolean);
  const lines = [
    ways.length
      ? `Authentication: required: ${ways.join(' or ')}.`
      : 'Authentication: OPEN. Any token and any AK/SK signature is accepted: for local use only (see --token, --ak/--sk).',
    options.corsOrigins.length ? `CORS: browser pages on ${options.corsOrigins.join(', ')} may call.` : 'CORS: off (no cross-origin page may call; see --cors).',
  ];
  if (options.faults) lines.push('Faults test aid: ON (POST /console/v1/{project_id}/faults makes a request fail).');
  return lines;
}
