// Types of scripts/manifest-targets.mjs for vite.config.ts and tests/build.
export type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  web_accessible_resources?: { resources: string[]; matches?: string[]; use_dynamic_url?: boolean }[];
};
export const GECKO_ID: string;
export const FIREFOX_MIN_VERSION: string;
export const FIREFOX_ANDROID_MIN_VERSION: string;
export function firefoxManifest<M extends Manifest>(manifest: M): M & {
  background: { scripts: string[]; type: 'module' };
  browser_specific_settings: { gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } };
    gecko_android: { strict_min_version: string };
  };
};
