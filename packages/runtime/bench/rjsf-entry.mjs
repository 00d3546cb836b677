// The rjsf side of the bench, bundled by esbuild (minified, production React):
// @rjsf/core 6 with its default theme and @rjsf/validator-ajv8, as an agency
// would embed it, uncontrolled (rjsf keeps the answers in its own state).
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { createElement, createRef } from 'react';
import { createRoot } from 'react-dom/client';

const read = (id) => JSON.parse(document.getElementById(id).textContent);
const form = createRef();
createRoot(document.getElementById('root')).render(
  createElement(Form, { ref: form, schema: read('schema'), uiSchema: read('ui-schema'), formData: read('form-data'), validator }),
);
window.benchValidate = () => form.current.validateForm();
