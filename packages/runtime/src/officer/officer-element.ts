import { format, type Bilingual } from '@motcua/core';
import { MotcuaElement } from '../components/shared/motcua-element.js';
import { ApiProblem, OfficerApi } from './officer-api.js';
import { OFFICER_TEXT } from './officer-text.js';

/**
 * What every component of the officers' apps (the builder, the back office) shares: the server
 * and language as the citizens' components take them (attributes, else the nearest provider, else
 * the script's own server), the officers' API client and the officer's words. Each app narrows
 * `api` to its own client.
 */
export class OfficerElement extends MotcuaElement {
  protected get api(): OfficerApi {
    return new OfficerApi(this.serverUrl, this.language);
  }

  /** What to tell the officer of a failure: the server's own words, else that it could not be reached. */
  protected problemOf(error: unknown): string {
    return error instanceof ApiProblem ? error.message : OFFICER_TEXT.unreachable[this.language];
  }

  /** This component's `t()`: its own table of words, in the officer's current language. */
  protected wording<K extends string>(table: Readonly<Record<K, Bilingual>>): (key: K, values?: Record<string, string | number>) => string {
    return (key, values = {}) => format(table[key][this.language], values);
  }
}
