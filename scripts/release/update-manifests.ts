/** The update manifests a school's web server hosts next to the packages (self-hosting). */

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');

/** Chrome/Edge `updates.xml` (gupdate protocol 2.0): where the CRX of this id and version is. */
export function chromeUpdatesXml(app: { id: string; version: string; crxUrl: string }): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${escapeXml(app.id)}'>`,
    `    <updatecheck codebase='${escapeXml(app.crxUrl)}' version='${escapeXml(app.version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

/** Firefox `updates.json`: where the signed XPI of this add-on id and version is. */
export function firefoxUpdatesJson(addon: { id: string; version: string; xpiUrl: string }): string {
  const manifest = { addons: { [addon.id]: { updates: [{ version: addon.version, update_link: addon.xpiUrl }] } } };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
