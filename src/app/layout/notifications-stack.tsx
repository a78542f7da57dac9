// Mantine's notification stack alone (its store is on the first route through components/notify.ts).
export { Notifications } from '@mantine/notifications';
