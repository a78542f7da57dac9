import { activateLocale } from './i18n/locale';

// Components and messages render in English in tests unless a test switches the language.
await activateLocale('en');
