// Registers every component at once, for applications that bundle the runtime
// themselves (the builder's preview, the back office). Agencies' pages load
// dist/motcua.js instead, which loads each component when its tag appears.
import './components/provider/motcua-provider.js';
import './components/procedure/motcua-procedure.js';
import './components/dossier-status/motcua-dossier-status.js';
import './components/catalogue/motcua-catalogue.js';
import './components/form/motcua-form.js';
import './components/receipt/motcua-receipt.js';
