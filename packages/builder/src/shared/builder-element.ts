import { OfficerElement, officerStyles } from '@motcua/runtime';
import { BuilderApi } from './builder-api.js';

/**
 * What every builder component shares: the officers' base element (server, language, words)
 * with the builder's API client.
 */
export class BuilderElement extends OfficerElement {
  protected override get api(): BuilderApi {
    return new BuilderApi(this.serverUrl, this.language);
  }
}

/** The look every builder component starts from: the officers' apps' shared styles. */
export const hostStyles = officerStyles;
