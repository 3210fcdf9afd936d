import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Public half of the signing key: pins the extension id for managed policy. */
const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxJvUpkBJsHmohL2FDz4NTXKa3cVo/5DuoqJ+q972ShnqUjgl0xWPHjAovIswGtls8SIoPBr16S7mahr2OiUwrkgtgeR08LUuz8e/Zw3jNf9cv1kK9x0JmfNVyuitQPUb047yMTZVa+5go6aZfuZwUWvqpGJTDC8OJQP9IFTVj2kSggPqSrs7NEVOqRGuLLDu9Lk6xVU2gagF430QXCUV7joIHuY+3pPvbhss0jJGCIBOePLUt8rXPwEXUSsez8JkNioiWsPZrJtsoPLmYF1ns+aa9ckMFebIVjVfJ50ujWBXDX5x99aZkRu3ShYChMPh9IfC+DUjqcuV5C3LV85KOQIDAQAB';

export default defineConfig({
  srcDir: '.',
  // A separate output folder lets parallel builds (e.g. WXT_OUT_DIR=.output-dev) not collide.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel', 'scripting'])],
    // A school's own SIS domain (policy extraHosts) is only used after the teacher or admin allows it.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lob-naast-de-leerling@lob.school',
              strict_min_version: '121.0',
              // Nothing is collected or sent anywhere.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: EXTENSION_KEY }),
    action: { default_title: '__MSG_extActionTitle__' },
    // Keyboard shortcut for the side panel (Chrome/Edge: the toolbar action opens the panel).
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_extActionTitle__' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_extActionTitle__' } },
    // The school's configuration (managed policy), validated again with zod in lib/policy.
    storage: { managed_schema: 'managed_schema.json' },
  }),
});
