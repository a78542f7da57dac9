// Mantine's full style sheet and the notifications' styles: loaded lazily through all-styles.ts.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
