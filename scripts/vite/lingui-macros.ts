import { transformAsync } from '@babel/core';
import linguiMacro from '@lingui/babel-plugin-lingui-macro';
import type { Plugin } from 'vite';

const MACRO_IMPORT = /from ['"]@lingui\/(core|react)\/macro['"]/;

/**
 * Expands Lingui's macros (t`...`, <Trans>, plural) into runtime calls with message ids, before the
 * React plugin compiles the file. @vitejs/plugin-react 6 has no Babel step and Lingui's native
 * transform needs Node 22, so this runs Babel with only the macro plugin, on the files that import a
 * macro, leaving TypeScript and JSX for the next plugin.
 */
export function linguiMacros(): Plugin {
  return {
    name: 'lingui-macros',
    enforce: 'pre',
    async transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[jt]sx?$/.test(id.split('?')[0]) || !MACRO_IMPORT.test(code)) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [linguiMacro],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}
