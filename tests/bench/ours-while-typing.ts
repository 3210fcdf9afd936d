import type { CDPSession, Page } from 'playwright-core';

/**
 * What the extension's own scripts run while the teacher types, from Chromium's sampling profiler
 * (every 100 µs): the self time of every sample whose function comes from a chrome-extension://
 * script (the content script and anything it loads), in milliseconds. The host's own scripts are
 * counted apart, for scale.
 */
export interface ScriptTime {
  ours: number;
  host: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

function timeByOrigin(profile: Profile, hostOrigin: string): ScriptTime {
  const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let ours = 0;
  let host = 0;
  // A sample's time is the delta to the next sample.
  for (let i = 0; i < samples.length; i++) {
    const url = urlOf.get(samples[i] as number) ?? '';
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (url.startsWith('chrome-extension://')) ours += ms;
    else if (url.startsWith(hostOrigin)) host += ms;
  }
  return { ours, host };
}

/** Profiles `action` in `page` (all its scripts, every world of the tab's main thread). */
export async function scriptTimeDuring(page: Page, action: () => Promise<void>): Promise<ScriptTime> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await action();
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    return timeByOrigin(profile, new URL(page.url()).origin);
  } finally {
    await cdp.detach();
  }
}
