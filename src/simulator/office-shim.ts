/**
 * Stands in for Microsoft's office.js inside the compose simulator's frames
 * (scripts/serve.js --demo rewrites the add-in pages to load this file): the
 * real task pane and the real event-handler bundle get the simulator's fake
 * mailbox from the parent page.
 */
interface SimulatorWindow {
  __phiSim?: { office: { globals: Record<string, unknown> } };
}

const sim = window.parent !== window ? (window.parent as unknown as SimulatorWindow).__phiSim : undefined;
const target = window as unknown as Record<string, unknown>;
if (sim) {
  const globals = sim.office.globals;
  target.Office = globals.Office;
  if (globals.OfficeRuntime) target.OfficeRuntime = globals.OfficeRuntime;
  // The handler fetches policy.json from the production origin baked into the build;
  // in the simulator the organisation policy (if any) is served by the demo server.
  const realFetch = window.fetch.bind(window);
  target.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return realFetch(/\/policy\.json(?:\?|$)/.test(url) ? '/policy.json' : input, init);
  };
}
