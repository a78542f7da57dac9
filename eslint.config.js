import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import pluginLingui from 'eslint-plugin-lingui';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Import boundaries (docs: /work/shared/design/architecture.md, "Boundaries").
 *
 * Data flows one way: screen -> api -> HTTP -> backend -> store. The rules below keep it that way.
 * The project uses relative imports only (no path aliases), so a boundary is a relative path that climbs
 * back to `src/` and then enters a forbidden folder. A file at depth D below `src/` reaches `src/`
 * with exactly D `../` (`./` at depth 0), so each layer gets one block per depth and each pattern is
 * exact: `src/backend/routes/x.ts` may import `../store` but `src/features/vips/x.tsx` may not
 * import `../../backend/store`.
 *
 * ESLint keeps only the last `no-restricted-imports` that matches a file, so every file gets exactly
 * one block holding all of its restrictions; test files get their own block (they may use the backend).
 */

/** The screens' code: every text a user reads there goes through Lingui, or the lint refuses it. */
const TRANSLATED = ['src/{app,components,features,boot,api,workflows}/**/*.{ts,tsx}', 'src/main.tsx'];

const TOP = ['domain', 'contract', 'backend', 'api', 'workflows', 'features', 'components', 'app'];
const MAX_DEPTH = 8;

const why = {
  domainPure:
    'src/domain holds the pure network rules shared by forms, backend and topology: it imports nothing of the app, so every layer can use it and its tests need nothing else.',
  domainNoUi:
    'src/domain is pure: no React, no UI kit, no fetch, no storage. Pass the facts in as arguments instead.',
  contract:
    'src/contract is the wire contract shared by client and backend: it may import only src/domain and zod, so both sides can depend on it without pulling the other in.',
  backendLayer:
    'src/backend answers HTTP like a real server: it imports src/domain and src/contract only, never the client (api), the screens (features, components, app) or React.',
  backendNoUi: 'src/backend runs in the service worker and in Node: no React, no UI libraries, no query client.',
  onlyWorkerImportsBackend:
    'Only src/sw.ts, scripts/ and tests import src/backend: the screens reach data through src/api over HTTP, so the same build can talk to another backend and the backend stays out of the first-route bundle.',
  apiBelowScreens:
    'src/api is the typed HTTP client: it imports src/contract (and src/domain), never the layers above it (workflows, features, components, app).',
  workflowsLayer:
    'src/workflows runs multi-call operations between src/api and the screens: it imports src/api and src/domain only (plans come from domain, calls from api), never contract, components, features or app; screens import it.',
  workflowsNoUi:
    'src/workflows is React-free except its hook files (use-x.ts), which wrap a workflow for screens: keep React and the query client there.',
  featureAreas:
    'A feature area never imports another one (features/vips must not reach into features/topology): the routes in src/app compose them; move shared code to src/components, src/api or src/domain.',
  componentsShared:
    'src/components holds shared UI pieces used by features: it never imports a feature (that would make a cycle); pass data in through props.',
};

const UI_PACKAGES = [
  'react',
  'react-dom',
  'react-router-dom',
  '@mantine/*',
  '@tabler/*',
  '@tanstack/*',
  '@xyflow/*',
  'zustand',
  'idb',
  'workbox-*',
  'clsx',
];

/** Regex of a relative import, written in a file at `depth` below src/, that enters src/<one of tops>. */
function into(depth, tops) {
  return `^${up(depth)}(${tops.join('|')})(/|$)`;
}

/** Regex of the relative prefix that climbs from a file at `depth` below src/ back to src/. */
function up(depth) {
  return depth === 0 ? '\\./' : `(\\.\\./){${depth}}`;
}

/** The restrictions of a file at `depth` below src/ in `layer` ('' for files directly in src/). */
function restrictionsOf(layer, depth, isTest) {
  const rel = (tops, message) => ({ regex: into(depth, tops), caseSensitive: true, message });
  const patterns = [];
  const paths = [];
  const backendForScreens = isTest ? [] : ['backend'];
  switch (layer) {
    case 'domain':
      // Anything that climbs to src/ (or above) and does not come back into src/domain.
      patterns.push({ regex: `^${up(depth)}(?!domain(/|$))`, caseSensitive: true, message: why.domainPure });
      patterns.push({ group: UI_PACKAGES, message: why.domainNoUi });
      break;
    case 'contract':
      patterns.push({ regex: `^${up(depth)}(?!(domain|contract)(/|$))`, caseSensitive: true, message: why.contract });
      // Any bare package other than zod.
      patterns.push({ regex: '^(?!\\.|zod(/|$))', caseSensitive: true, message: why.contract });
      break;
    case 'backend':
      patterns.push(rel(['api', 'features', 'components', 'app', 'main', 'sw'], why.backendLayer));
      patterns.push({ group: UI_PACKAGES.filter((p) => p !== 'idb' && p !== 'workbox-*'), message: why.backendNoUi });
      break;
    case 'api':
      if (!isTest) patterns.push(rel(['backend'], why.onlyWorkerImportsBackend));
      patterns.push(rel(['workflows', 'features', 'components', 'app'], why.apiBelowScreens));
      break;
    case 'workflows':
      if (!isTest) patterns.push(rel(['backend'], why.onlyWorkerImportsBackend));
      patterns.push(rel(['contract', 'features', 'components', 'app', 'main', 'sw'], why.workflowsLayer));
      break;
    case 'features':
      if (backendForScreens.length) patterns.push(rel(backendForScreens, why.onlyWorkerImportsBackend));
      if (depth >= 2) {
        // `../` x (depth - 1) reaches src/features/: whatever comes next is a feature area, own or other.
        patterns.push({ regex: `^(\\.\\./){${depth - 1}}[^./]`, caseSensitive: true, message: why.featureAreas });
        patterns.push(rel(['features'], why.featureAreas));
      }
      break;
    case 'components':
      if (backendForScreens.length) patterns.push(rel(backendForScreens, why.onlyWorkerImportsBackend));
      patterns.push(rel(['features'], why.componentsShared));
      break;
    case 'app':
    case '*':
      if (backendForScreens.length) patterns.push(rel(backendForScreens, why.onlyWorkerImportsBackend));
      break;
    case '':
      // src/main.tsx and friends; src/sw.ts is exempt below.
      if (backendForScreens.length) patterns.push(rel(backendForScreens, why.onlyWorkerImportsBackend));
      break;
  }
  return { paths, patterns };
}

function boundaryBlocks() {
  const blocks = [];
  const add = (layer, depth, isTest, files, ignores) => {
    const { paths, patterns } = restrictionsOf(layer, depth, isTest);
    // no-restricted-imports does not see `import('...')`: the same regexes, as syntax selectors, catch
    // lazy imports too (esquery regexes cannot hold a slash, hence \x2F).
    const lazy = patterns
      .filter((p) => p.regex)
      .map((p) => ({
        selector: `ImportExpression[source.value=/${p.regex.replaceAll('/', '\\x2F')}/]`,
        message: `Lazy import across a boundary. ${p.message}`,
      }));
    blocks.push({
      name: `boundaries/${layer === '*' ? 'other' : layer || 'src'}/depth-${depth}${isTest ? '/tests' : ''}`,
      files,
      ignores,
      rules: {
        'no-restricted-imports': patterns.length + paths.length ? ['error', { paths, patterns }] : 'off',
        'no-restricted-syntax': lazy.length ? ['error', ...lazy] : 'off',
      },
    });
  };
  const tests = (dir) => `${dir}/*.test.{ts,tsx}`;
  // Files directly in src/ (main.tsx); src/sw.ts is the one that may import the backend.
  add('', 0, false, ['src/*.{ts,tsx}'], [tests('src'), 'src/sw.ts']);
  add('', 0, true, [tests('src')], []);
  // Any other folder of src/ (src/boot, ...) is app code: the backend rule applies. The named layers
  // come after and, matching the same files, replace these blocks for their own folders.
  for (const layer of ['*', ...TOP]) {
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      const dir = ['src', layer, ...Array(depth - 1).fill('*')].join('/');
      add(layer, depth, false, [`${dir}/*.{ts,tsx}`], [tests(dir)]);
      add(layer, depth, true, [tests(dir)], []);
    }
  }
  return blocks;
}

export default defineConfig([
  globalIgnores(['dist/', 'dist-remote/', 'dev-dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', 'coverage/', 'screenshots/', '.scratch/']),
  {
    name: 'base',
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  { name: 'browser', files: ['src/**/*.{ts,tsx}'], languageOptions: { globals: globals.browser } },
  { name: 'service-worker', files: ['src/sw.ts'], languageOptions: { globals: { ...globals.serviceworker } } },
  {
    name: 'node',
    files: ['scripts/**', 'e2e/**', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'react-hooks',
    // Hooks live in .ts files too (use-x.ts); the domain, contract and backend have none.
    files: ['src/{app,api,workflows,components,features,boot}/**/*.{ts,tsx}', 'src/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  ...boundaryBlocks(),
  {
    // Every word a user reads goes through Lingui (t`...`, <Trans>): a literal string that reaches the screen
    // fails the lint. Strings that are code (keys, CSS values, routes, ids) are told apart by the type they
    // go to (a union of literals is code) and by the names below.
    name: 'i18n/no-unlocalized-strings',
    files: TRANSLATED,
    ignores: ['**/*.test.{ts,tsx}', 'src/components/test-utils.tsx', 'src/**/test-fixtures.ts', 'src/i18n/wording-suite.ts'],
    plugins: { lingui: pluginLingui },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'lingui/no-unlocalized-strings': [
        'error',
        {
          useTsTypes: true,
          // No letters, a single lower-case or dotted word (a key, a CSS value), a path, or an all-caps term;
          // an error code (VPC.0002, Console.Blocked), a MIME type, an HTTP header name (X-Console-Client);
          // a CSS length, var() or calc(), or a scoped package's name.
          ignore: [
            '^[^A-Za-z]*$',
            '^[a-z][A-Za-z0-9_.:-]*$',
            '^/',
            '^#',
            '^[A-Z][A-Z0-9_-]*$',
            '^https?://',
            '^[A-Za-z]+\\.[A-Za-z0-9]*$',
            '^[a-z]+/[a-z0-9.+-]+$',
            '^[A-Z][a-z]*(-[A-Z][a-z]*)+$',
            '^-?[\\d.]+(px|rem|em|%|vh|vw|dvh)$',
            '^(var|calc)\\(',
            '^@[a-z0-9-]+/',
          ],
          ignoreNames: [
            { regex: { pattern: '^(className|classNames|key|to|href|variant|color|c|bg|size|fw|fz|ff|ta|tt|td|lh|gap|justify|align|wrap|mode|type|role|id|name|target|rel|component|orientation|position|pos|radius|display|w|h|maw|miw|mah|mih|p[xytblr]?|m[xytblr]?|inputMode|autoComplete|dataKey|sortKey|rowKey|kind|tone|status|state|method|accept|download|lang|dir|renderRoot|viewBox|d|fill|stroke|transform|style|sx|styles|vars|order|fit|icon|as|shape|layout|mimeType|fileName|testId|path|fontFamily|cssText)$' } },
            { regex: { pattern: '(Key|Id|Ids|Color|Variant|Size|Class|Url|Path|Route|Mime|Pattern|Format|Code)$' } },
            { regex: { pattern: '^data-' } },
            { regex: { pattern: '^aria-(controls|describedby|labelledby|live|haspopup|current|expanded|hidden)$' } },
          ],
          ignoreFunctions: [
            'console.*',
            'Error',
            'TypeError',
            'localStorage.*',
            'sessionStorage.*',
            'document.*',
            '*.getAttribute',
            '*.setAttribute',
            '*.querySelector',
            '*.querySelectorAll',
            '*.addEventListener',
            '*.removeEventListener',
            '*.startsWith',
            '*.endsWith',
            '*.includes',
            '*.split',
            '*.join',
            '*.replace',
            '*.get',
            '*.set',
            '*.has',
            '*.delete',
            '*.append',
            'navigate',
            'new URL',
            'URLSearchParams',
            'useSearchParams',
            'matchMedia',
            'window.matchMedia',
            'clsx',
            'cx',
            'import',
            'Intl.*',
            'setSearchParams',
            'download',
            'downloadText',
            'downloadBlob',
          ],
        },
      ],
    },
  },
  {
    // Plain workflow files stay React-free (type-only imports of query keys are fine); hooks live in use-x.ts.
    name: 'workflows/no-react-outside-hooks',
    files: ['src/workflows/**/*.ts'],
    ignores: ['src/workflows/**/use-*.ts', 'src/workflows/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: UI_PACKAGES, message: why.workflowsNoUi, allowTypeImports: true }] },
      ],
    },
  },
]);
