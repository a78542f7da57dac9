import { useLingui } from '@lingui/react/macro';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { chooseLocale, LOCALE_NAMES } from '../../i18n/locale';

/** Switches between English and Simplified Chinese; the choice is remembered for the next visit. */
export function LanguageSwitch() {
  const { t, i18n } = useLingui();
  const [busy, setBusy] = useState(false);
  const now = i18n.locale === 'zh-CN' ? 'zh-CN' : 'en';
  const next = now === 'zh-CN' ? 'en' : 'zh-CN';
  const current = LOCALE_NAMES[now];
  const other = LOCALE_NAMES[next];
  const switchTo = async () => {
    setBusy(true);
    try {
      await chooseLocale(next);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="subtle"
      color="gray"
      size="compact-sm"
      lang={next}
      loading={busy}
      onClick={() => void switchTo()}
      aria-label={t`Language: ${current}. Switch to ${other}`}
    >
      {next === 'zh-CN' ? '中文' : 'EN'}
    </Button>
  );
}
