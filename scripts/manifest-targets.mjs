// One manifest.json, two browsers: these pure functions derive each target's manifest from the
// source one, so vite.config.ts, the packaging script and tests/build agree on what ships.

/** Stable add-on id: AMO and Firefox's storage key the add-on by it. */
export const GECKO_ID = 'sopan@sopan-extension.org';

/**
 * Firefox 140 is the first release that reads `data_collection_permissions` (and it is an
 * ESR), so older versions would silently ignore the "collects nothing" declaration.
 */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** The manifest crxjs should build for Firefox: background scripts, gecko id, no data collection. */
export function firefoxManifest(manifest) {
  const { service_worker: worker, ...background } = manifest.background ?? {};
  return {
    ...manifest,
    // Firefox MV3 runs background scripts in an event page, not a service worker.
    background: { ...background, scripts: [worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learned data_collection_permissions two releases later.
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}
