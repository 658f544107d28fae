import { Alert, createTheme, Notification, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons and link text above WCAG AA contrast (5:1).
  primaryShade: 8,
  defaultRadius: 'md',
  headings: { fontWeight: '700' },
  // People who ask their system for less motion get no sliding or fading (toasts, modals, menus).
  respectReducedMotion: true,
  components: {
    // A light alert prints its title in the alert's colour, below 4.5:1 for yellow, orange and teal.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-black)' } } }),
    // Under a title, a notification's message is grey 6 (3.3:1 on white): the theme's dimmed grey instead.
    Notification: Notification.extend({ styles: (_theme, props) => ({ description: props.title ? { color: 'var(--mantine-color-dimmed)' } : {} }) }),
  },
});

/** Mantine's defaults for secondary and error text (grey 6, red 6) fall below 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
