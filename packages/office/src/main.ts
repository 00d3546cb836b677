// The back office page's one script (/office/office.js): registers the app and everything it shows.
import './components/office/motcua-office.js';
