/** English: every area's catalog (see lingui.config.ts) in one chunk, compiled by Lingui's Vite plugin. */
export const messages = Object.assign({}, ...Object.values(import.meta.glob<Record<string, unknown>>('../locales/en/*.po', { eager: true, import: 'messages' })));
