import { describe, expect, it } from 'vitest';
import {
  ariaKeyshortcuts,
  formatShortcut,
  isMacPlatform,
  matchesShortcut,
  normalizeShortcut,
  RESERVED_ALT_SHIFT,
  shortcutSettingsUrl,
} from '../../lib/core/shortcuts';
import { COMMAND_IDS, SHORTCUTS } from '../../lib/features/catalog';
import config from '../../wxt.config';

type Commands = Record<string, { suggested_key?: { default?: string }; description?: string }>;

async function manifestCommands(browser: 'chrome' | 'firefox'): Promise<Commands> {
  const manifest = config.manifest as (env: object) => { commands?: Commands } | Promise<{ commands?: Commands }>;
  const built = await manifest({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' });
  return built.commands ?? {};
}

describe('shortcuts', () => {
  it('collide with no Alt+Shift default of Chrome, Edge or ChromeOS, and differ from each other', () => {
    const keys = Object.values(SHORTCUTS);
    for (const key of keys) {
      expect(key).toMatch(/^Alt\+Shift\+[A-Z0-9]$/);
      expect(RESERVED_ALT_SHIFT[key.slice(-1)], key).toBeUndefined();
    }
    expect(new Set(keys).size).toBe(keys.length);
    // The ones issue #15 found taken are gone.
    expect(keys).not.toContain('Alt+Shift+L');
    expect(keys).not.toContain('Alt+Shift+B');
  });

  it('are the suggested keys of the manifest commands, for Chrome and Firefox (at most 4, Alt/Ctrl + letter)', async () => {
    const chrome = await manifestCommands('chrome');
    const firefox = await manifestCommands('firefox');
    expect(chrome._execute_action?.suggested_key?.default).toBe(SHORTCUTS.panel);
    expect(firefox._execute_sidebar_action?.suggested_key?.default).toBe(SHORTCUTS.panel);
    for (const commands of [chrome, firefox]) {
      expect(commands['toggle-blur']?.suggested_key?.default).toBe(SHORTCUTS.blur);
      expect(commands['toggle-blur']?.description).toBe('__MSG_cmdToggleBlur__');
      const suggested = Object.values(commands).filter((c) => c.suggested_key);
      expect(suggested.length).toBeLessThanOrEqual(4);
      for (const c of suggested) expect(c.suggested_key?.default).toMatch(/^(Ctrl|Alt)\+(Shift\+)?[A-Z0-9]$/);
      // Every command the background handles is in the manifest, and the other way round.
      expect(Object.keys(commands).filter((k) => !k.startsWith('_execute'))).toEqual([...COMMAND_IDS]);
    }
  });

  it('are shown with ⌥ on a Mac and as written elsewhere', () => {
    expect(formatShortcut('Alt+Shift+H', false)).toBe('Alt+Shift+H');
    expect(formatShortcut('Alt+Shift+H', true)).toBe('⌥⇧H');
    expect(formatShortcut('Ctrl+Shift+Y', true)).toBe('⌃⇧Y');
    expect(formatShortcut('Command+Shift+5', true)).toBe('⌘⇧5');
    // What Chrome on a Mac already reports, and a shortcut the teacher removed.
    expect(formatShortcut('⌥⇧H', true)).toBe('⌥⇧H');
    expect(formatShortcut('', true)).toBe('');
    expect(formatShortcut('  ', false)).toBe('');
  });

  it('read what commands.getAll() reports on a Mac or elsewhere', () => {
    expect(normalizeShortcut('⌥⇧H')).toBe('Alt+Shift+H');
    expect(normalizeShortcut('⌘⇧Y')).toBe('Command+Shift+Y');
    expect(normalizeShortcut('Alt+Shift+H')).toBe('Alt+Shift+H');
    expect(normalizeShortcut('')).toBe('');
    expect(normalizeShortcut(undefined)).toBe('');
    expect(formatShortcut(normalizeShortcut('⌥⇧H'), true)).toBe('⌥⇧H');
    expect(ariaKeyshortcuts(normalizeShortcut('⌥⇧H'))).toBe('Alt+Shift+H');
  });

  it('detect a Mac from userAgentData or the old platform string', () => {
    expect(isMacPlatform({ userAgentData: { platform: 'macOS' } })).toBe(true);
    expect(isMacPlatform({ platform: 'MacIntel' })).toBe(true);
    expect(isMacPlatform({ userAgentData: { platform: 'Chrome OS' }, platform: 'Linux x86_64' })).toBe(false);
    expect(isMacPlatform({ userAgentData: { platform: '' }, platform: 'Win32' })).toBe(false);
    expect(isMacPlatform(undefined)).toBe(false);
  });

  it('name keys for aria-keyshortcuts and match key events by physical key', () => {
    expect(ariaKeyshortcuts('Alt+Shift+K')).toBe('Alt+Shift+K');
    expect(ariaKeyshortcuts('Ctrl+Shift+1')).toBe('Control+Shift+1');
    const press = (code: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>>) => ({
      altKey: false,
      shiftKey: false,
      ctrlKey: false,
      metaKey: false,
      code,
      ...mods,
    });
    expect(matchesShortcut(press('KeyK', { altKey: true, shiftKey: true }), SHORTCUTS.cue)).toBe(true);
    expect(matchesShortcut(press('KeyK', { altKey: true }), SHORTCUTS.cue)).toBe(false);
    expect(matchesShortcut(press('KeyK', { altKey: true, shiftKey: true, ctrlKey: true }), SHORTCUTS.cue)).toBe(false);
    expect(matchesShortcut(press('KeyL', { altKey: true, shiftKey: true }), SHORTCUTS.cue)).toBe(false);
    expect(matchesShortcut(press('Digit1', { ctrlKey: true, shiftKey: true }), 'Ctrl+Shift+1')).toBe(true);
  });

  it('point to the page of the browser where they can be changed', () => {
    expect(shortcutSettingsUrl('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36')).toBe(
      'chrome://extensions/shortcuts',
    );
    expect(shortcutSettingsUrl('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/140.0 Safari/537.36 Edg/140.0')).toBe(
      'edge://extensions/shortcuts',
    );
    expect(shortcutSettingsUrl('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe('about:addons');
  });
});
