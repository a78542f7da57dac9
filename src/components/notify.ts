import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/client';

export function notifySuccess(title: string, message?: string) {
  notifications.show({ title, message: message ?? '', color: 'teal', autoClose: 4000 });
}

/** Shows the backend's message as is. */
export function notifyError(title: string, error: unknown) {
  notifications.show({ title, message: errorMessage(error), color: 'red', autoClose: 8000 });
}
