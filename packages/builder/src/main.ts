// The builder page's one script (/builder/builder.js): registers the app and everything it shows.
import './components/builder/motcua-builder.js';
import './components/schema-panel/motcua-schema-panel.js';
import './components/form-designer/motcua-form-designer.js';
import './components/documents-editor/motcua-documents-editor.js';
import './components/fees-editor/motcua-fees-editor.js';
import './components/info-editor/motcua-info-editor.js';
import './components/legal-editor/motcua-legal-editor.js';
import './components/cases-editor/motcua-cases-editor.js';
import './components/steps-editor/motcua-steps-editor.js';
