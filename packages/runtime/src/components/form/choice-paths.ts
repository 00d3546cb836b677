/** A problem the citizen must fix before submitting, at the path of the control that fixes it. */
export interface FormIssue {
  path: string;
  message: string;
}

/** Paths of the controls outside the answers: they start with `$`, which no JSON Pointer does. */
export const CHOICE = { case: '$case', category: '$category', agency: '$agency', delivery: '$delivery', address: '$address' } as const;

export const ADDRESS_FIELDS = ['recipient', 'phone', 'province', 'commune', 'detail'] as const;
