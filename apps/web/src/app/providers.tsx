import type { ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n';
import { cssVariablesResolver, theme } from './theme';

interface AppProvidersProps {
  client: ApolloClient;
  children: ReactNode;
  /** `test`: Mantine without transitions and portals (menus and modals open at once in jsdom). */
  env?: 'default' | 'test';
}

export function AppProviders({ client, children, env = 'default' }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" env={env}>
          {/* Bottom right: at the top they would cover the header's organisation and user menus. */}
          <Notifications position="bottom-right" />
          {children}
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
