import { createContext } from '@lit/context';
import type { Locale } from '@motcua/core';

/** What a `<motcua-provider>` shares with every Một Cửa component inside it. */
export interface MotcuaConfig {
  /** The Một Cửa server's base URL, without a trailing slash. */
  server: string;
  locale: Locale;
}

export const motcuaContext = createContext<MotcuaConfig | undefined>(Symbol.for('motcua-config'));
