/**
 * Firefox installs only add-ons Mozilla signed. For self-hosting: sign the self-hosted build as
 * "unlisted" on addons.mozilla.org (not shown on AMO, signed automatically), then put the signed file
 * under the name updates.json points at. The same lines are in docs/admin.md (a test holds them equal).
 */
export function firefoxSigningSteps(options: { releaseDir: string; xpiName: string; sourcesZip: string }): string[] {
  const { releaseDir, xpiName, sourcesZip } = options;
  return [
    'export WEB_EXT_API_KEY=<JWT-uitgever> WEB_EXT_API_SECRET=<JWT-geheim>   # addons.mozilla.org/developers/addon/api/key/',
    `npx web-ext sign --channel=unlisted --source-dir ${releaseDir}/build-self-hosted/firefox-mv2 --artifacts-dir ${releaseDir}/ondertekend --upload-source-code ${releaseDir}/${sourcesZip}`,
    `mv ${releaseDir}/ondertekend/*.xpi ${releaseDir}/${xpiName}`,
    `# upload ${releaseDir}/${xpiName} en ${releaseDir}/updates.json naar LOB_UPDATE_BASE`,
  ];
}
