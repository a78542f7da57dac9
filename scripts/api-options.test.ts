import { describe, expect, it } from 'vitest';
import { describeAccess, parseApiCommandLine } from './api-options';

describe('npm run api command line', () => {
  it('defaults to port 8787, open, no CORS, no faults', () => {
    const o = parseApiCommandLine([], {});
    expect(o).toEqual({ port: 8787, dataFile: undefined, token: undefined, ak: undefined, sk: undefined, corsOrigins: [], faults: false });
    expect(describeAccess(o).join('\n')).toMatch(/Authentication: OPEN.*local use only/);
  });

  it('reads every flag, in both spellings, --cors repeated and as a comma list', () => {
    const o = parseApiCommandLine(
      ['--data', 'x.db', '--token=T', '--ak', 'AK1', '--sk=SK1', '--cors', 'http://127.0.0.1:5173,https://a.example', '--cors=http://[::1]:8080', '--faults'],
      { PORT: '9000' },
    );
    expect(o).toEqual({ port: 9000, dataFile: 'x.db', token: 'T', ak: 'AK1', sk: 'SK1', corsOrigins: ['http://127.0.0.1:5173', 'https://a.example', 'http://[::1]:8080'], faults: true });
    const text = describeAccess(o).join('\n');
    expect(text).toMatch(/X-Auth-Token .* or AK\/SK signatures by access key AK1/);
    expect(text).toMatch(/Faults test aid: ON/);
  });

  it.each([
    [['--ak', 'AK'], /--ak and --sk together/],
    [['--sk', 'SK'], /--ak and --sk together/],
    [['--token'], /--token needs a value/],
    [['--token', '--faults'], /--token needs a value/],
    [['--cors', 'http://a.example/path'], /not an origin/],
    [['--cors', '*'], /not an origin/],
    [['--port', '1'], /Unknown argument "--port"/],
    [['--faults=yes'], /takes no value/],
    [['--token', 'a', '--token', 'b'], /given 2 times/],
  ])('refuses %j with a message that says what to change', (argv, message) => {
    expect(() => parseApiCommandLine(argv, {})).toThrow(message);
  });

  it('refuses a PORT that is not a port', () => {
    expect(() => parseApiCommandLine([], { PORT: '99999' })).toThrow(/PORT=99999 is not a port/);
    expect(() => parseApiCommandLine([], { PORT: 'abc' })).toThrow(/not a port/);
  });
});
