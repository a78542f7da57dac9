import { notificationsStore } from '@mantine/notifications';
import { useEffect, useState, type ComponentType } from 'react';
import { afterFirstPaint } from '../../components/after-first-paint';
import { loadAllStyles } from '../../components/all-styles';

type NotificationsProps = { position: 'top-right'; limit: number };

/**
 * Mantine's notification stack and the full style sheet, loaded after the first page has drawn its data
 * (afterFirstPaint), or at once when something shows a notification (notifications.show works at any
 * time; it appears as soon as the stack has loaded).
 */
export function LazyNotifications() {
  const [Notifications, setNotifications] = useState<ComponentType<NotificationsProps> | null>(null);
  useEffect(() => {
    let started = false;
    const load = () => {
      if (started) return;
      started = true;
      void Promise.all([import('./notifications-stack'), loadAllStyles()]).then(([m]) => setNotifications(() => m.Notifications));
    };
    afterFirstPaint(load);
    const shown = () => {
      const { notifications, queue } = notificationsStore.getState();
      if (notifications.length + queue.length > 0) load();
    };
    shown();
    return notificationsStore.subscribe(shown);
  }, []);
  return Notifications ? <Notifications position="top-right" limit={4} /> : null;
}
