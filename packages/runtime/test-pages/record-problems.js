// The first script of the host pages, run before the runtime: records what the
// page's own scripts could notice going wrong, in window.recorded, for the tests.
(() => {
  const recorded = { errors: [], violations: [], defined: [] };
  window.recorded = recorded;
  // Capturing, so that a script or chunk that fails to load is caught too (its error does not bubble).
  addEventListener('error', (event) => recorded.errors.push(event.message || `could not load ${event.target.src || event.target.href}`), true);
  addEventListener('unhandledrejection', (event) => recorded.errors.push(String(event.reason)));
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    recorded.errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  document.addEventListener('securitypolicyviolation', (event) => recorded.violations.push(`${event.violatedDirective} ${event.blockedURI}`), true);
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => {
    recorded.defined.push(name);
    define(name, ...rest);
  };
})();
