import { notifications, type NotificationData } from '@mantine/notifications';
import i18next from 'i18next';

/** A notification whose close button is named, in the reader's language (Mantine leaves it unnamed). */
export function notify(data: NotificationData): string {
  return notifications.show({ closeButtonProps: { 'aria-label': i18next.t('states.dismiss') }, ...data });
}
