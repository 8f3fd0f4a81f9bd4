/**
 * Stands in for Microsoft's office.js inside the compose simulator's frames
 * (scripts/serve.js --demo rewrites the add-in pages to load this file): the
 * real task pane and the real event-handler bundle get the simulator's fake
 * mailbox from the parent page.
 */
interface SimulatorWindow {
  __phiSim?: { office: { globals: Record<string, unknown> }; orgPolicy?: boolean };
}

const sim = window.parent !== window ? (window.parent as unknown as SimulatorWindow).__phiSim : undefined;
const target = window as unknown as Record<string, unknown>;
if (sim) {
  const globals = sim.office.globals;
  target.Office = globals.Office;
  if (globals.OfficeRuntime) target.OfficeRuntime = globals.OfficeRuntime;
  // The handler fetches policy.json from the production origin baked into the build;
  // in the simulator the organisation policy (if any) is served by the demo server.
  // With none, the answer is the one the server would give (404: the built-in default
  // applies), made here: a 404 from the network shows as a red error in the console on
  // every compose, as if something had failed.
  const realFetch = window.fetch.bind(window);
  target.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!/\/policy\.json(?:\?|$)/.test(url)) return realFetch(input, init);
    if (sim.orgPolicy === false) return Promise.resolve(new Response('no organisation policy: the built-in default applies', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain' } }));
    return realFetch('/policy.json', init);
  };
}
