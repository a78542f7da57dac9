/** Simplified Chinese: every area's catalog in one chunk. */
export const messages = Object.assign({}, ...Object.values(import.meta.glob<Record<string, unknown>>('../locales/zh-CN/*.po', { eager: true, import: 'messages' })));
