import { t } from '@lingui/core/macro';
import { useEffect, useState, type ComponentType } from 'react';
import { loadAllStyles } from './all-styles';
import { notifyError } from './notify';

/**
 * A dialog whose code (and Mantine's full styles) loads the first time it opens, so the page that offers
 * it does not carry it. `isOpen` says, from the dialog's own props, whether it is asked to show. Once
 * loaded it stays mounted like any dialog (its closing transition runs).
 */
export function lazyDialog<P extends object>(load: () => Promise<ComponentType<P>>, isOpen: (props: P) => boolean): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  function LazyDialog(props: P) {
    const [Dialog, setDialog] = useState<ComponentType<P> | null>(() => loaded);
    const open = isOpen(props);
    useEffect(() => {
      if (!open || Dialog) return;
      let live = true;
      Promise.all([load(), loadAllStyles()])
        .then(([component]) => {
          loaded = component;
          if (live) setDialog(() => component);
        })
        .catch((error: unknown) => notifyError(t`Could not open the dialog; reload the page and try again`, error));
      return () => {
        live = false;
      };
    }, [open, Dialog]);
    return Dialog ? <Dialog {...props} /> : null;
  }
  return LazyDialog;
}
