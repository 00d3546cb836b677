/** The `ui:widget` names rjsf itself defines that Một Cửa forms may use. */
export const RJSF_WIDGETS = [
  'text',
  'textarea',
  'password',
  'email',
  'uri',
  'date',
  'radio',
  'select',
  'checkboxes',
  'checkbox',
  'hidden',
  'updown',
  'range',
] as const;

/** Widgets rjsf has no word for; the runtime (and the builder's preview) register them. */
export const CUSTOM_WIDGETS = ['money', 'phone', 'citizen-id'] as const;

export const KNOWN_WIDGETS: ReadonlySet<string> = new Set<string>([...RJSF_WIDGETS, ...CUSTOM_WIDGETS]);

/** `ui:field` names: whole-subtree renderers that replace rjsf's own for an object. */
export const KNOWN_UI_FIELDS: ReadonlySet<string> = new Set<string>(['address']);
