import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageTeacherServices } from '../../lib/features/page-teacher/content/index';

const services: PageTeacherServices = { profiles: () => [], save: async () => undefined, describeError: String };

/** Each injection of page-teacher.js evaluates its own copy of the module: a fresh import stands for one. */
async function inject() {
  vi.resetModules();
  return (await import('../../lib/features/page-teacher/content/index')).startPageTeacher;
}

const pickers = () => document.querySelectorAll('[data-lob-ui="page-teacher"]').length;

afterEach(() => {
  document.body.replaceChildren();
});

describe('starting the page picker (injected when the teacher asks for it)', () => {
  it('injected twice gives one picker: the second start closes the first', async () => {
    const firstClosed = vi.fn();
    expect((await inject())(document, services, firstClosed)).toBe(true);
    expect(pickers()).toBe(1);
    const secondClosed = vi.fn();
    expect((await inject())(document, services, secondClosed)).toBe(true);
    expect(pickers()).toBe(1);
    expect(firstClosed).toHaveBeenCalledTimes(1);
    expect(secondClosed).not.toHaveBeenCalled();
    // A third injection: still one, the second closed.
    expect((await inject())(document, services)).toBe(true);
    expect(pickers()).toBe(1);
    expect(secondClosed).toHaveBeenCalledTimes(1);
  });
});
