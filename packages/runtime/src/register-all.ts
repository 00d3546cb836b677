// The entry of dist/motcua.js: one script tag registers every component.
import './components/provider/motcua-provider.js';
import './components/procedure/motcua-procedure.js';
import './components/dossier-status/motcua-dossier-status.js';
import './components/catalogue/motcua-catalogue.js';
