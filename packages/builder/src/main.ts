// The builder page's one script (/builder/builder.js): registers the app and everything it shows.
import './components/builder/motcua-builder.js';
import './components/schema-panel/motcua-schema-panel.js';
