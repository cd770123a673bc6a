'use client';

import { createContext, useContext, type ReactNode } from 'react';

export interface ErrorText {
  title: string;
  text: string;
  retry: string;
}

const Context = createContext<ErrorText>({ title: '', text: '', retry: '' });

/**
 * The error boundary's three strings, translated on the server by the layout. The boundary is a client
 * component loaded with every page; taking its words from next-intl would bring next-intl's client
 * runtime and provider to every page.
 */
export function ErrorTextProvider({ value, children }: { value: ErrorText; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export const useErrorText = (): ErrorText => useContext(Context);
