import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * English is the source language: messages are written in English in the code (t`...`, <Trans>) and
 * `npm run i18n:extract` gathers them into one catalog per area and language under src/locales/.
 * zh-CN follows the terms of Huawei Cloud's Chinese console.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'zh-CN'],
  fallbackLocales: { default: 'en' },
  // One catalog per feature area, and one each for the shell (app, boot), the shared components, and the
  // data layer (api, workflows), so work on one area touches its own files. The console loads every
  // catalog of the chosen language at once (src/i18n/catalog-*.ts).
  catalogs: [
    { path: '<rootDir>/src/locales/{locale}/{name}', include: ['<rootDir>/src/features/{name}/'], exclude: ['**/*.test.*'] },
    { path: '<rootDir>/src/locales/{locale}/app', include: ['<rootDir>/src/app/', '<rootDir>/src/boot/'], exclude: ['**/*.test.*'] },
    { path: '<rootDir>/src/locales/{locale}/components', include: ['<rootDir>/src/components/'], exclude: ['**/*.test.*'] },
    { path: '<rootDir>/src/locales/{locale}/data', include: ['<rootDir>/src/api/', '<rootDir>/src/workflows/'], exclude: ['**/*.test.*'] },
  ],
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
});
