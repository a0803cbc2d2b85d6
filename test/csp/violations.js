// Records every Content-Security-Policy violation on the strict page, for the test to read.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.effectiveDirective}|${event.blockedURI}`);
});
