import type { CommandId } from '../features/catalog';
import type { BlurState } from './blur';

/**
 * What each of our `commands` does. The background registers exactly this function with
 * `commands.onCommand`, and the router runs it for a `command/run` message from an extension page
 * (the panel's blur button; browser tests, which cannot press a `commands` shortcut): one path.
 */
export function commandHandler(deps: { blur: BlurState }): (command: string) => Promise<void> {
  const handlers: Record<CommandId, () => Promise<unknown>> = {
    'toggle-blur': () => deps.blur.toggle(),
  };
  return async (command) => {
    const run = handlers[command as CommandId];
    if (run) await run();
  };
}
