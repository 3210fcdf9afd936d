import { recogniseByMeaning } from '../../../hosts/meaning/recognise';
import type { HostProfile } from '../../../hosts/schema';
import { framePathOf } from '../../../hosts/teach/frame-path';
import { type HostProfilePatch, hostProfilePatch } from '../../../hosts/teach/host-patch';
import { taughtPageProblem } from '../../../hosts/teach/patch-check';
import { previewPageProfile } from '../../../hosts/teach/preview';
import { routeConflict } from '../../../hosts/teach/route-check';
import { teachColumnGrid } from '../../../hosts/teach/teach-columns';
import { teachRowList, teachStudentRecord } from '../../../hosts/teach/teach-page';
import type { TaughtPage } from '../../../hosts/teach/teach-page-parts';
import { taughtProblemText } from '../../../i18n/taught-problem-text';
import { t } from '../../../i18n/translate';
import { previewValues, profileForConfirmation } from './flow';

/**
 * "Klopt" on a proposal of recognition by meaning: what the proposal showed becomes a taught page,
 * exactly as if the teacher had pointed at it (lib/hosts/teach), under every check of a taught page:
 * it must find the same student (or rows) again, its ids must be ids, its route must take over no
 * other page, and no name or number may be in it. Pure apart from reading the DOM.
 */
export type Confirmation = { patch: HostProfilePatch; values: string[] } | { problem: string };

function teachFinding(
  doc: Document,
  href: string,
): { taught: TaughtPage; values: string[]; pageType: 'studentRecord' | 'gradeEntry' } | undefined {
  const finding = recogniseByMeaning(doc, href);
  if (!finding) return undefined;
  const pathAndHash = `${doc.location?.pathname ?? ''}${doc.location?.hash ?? ''}`;
  if (finding.kind === 'studentRecord') {
    const name = finding.name.textContent?.trim() ?? '';
    const taught = teachStudentRecord(
      doc,
      { name: finding.name, id: finding.id === 'address' ? 'route' : finding.id, ...finding.fields },
      { pathAndHash, ...(finding.id === 'address' ? { studentId: finding.idText } : {}) },
    );
    return { taught, values: [name, finding.idText], pageType: 'studentRecord' };
  }
  const taught =
    'columns' in finding
      ? teachColumnGrid(doc, finding.columns, { pathAndHash })
      : teachRowList(doc, finding.pick, { pathAndHash });
  return { taught, values: [finding.exampleName], pageType: 'gradeEntry' };
}

export function confirmFinding(doc: Document, profiles: readonly HostProfile[]): Confirmation {
  const href = doc.location?.href ?? '';
  const found = teachFinding(doc, href);
  if (!found) return { problem: t('meaning.gone') };
  const { taught, pageType } = found;
  if (!taught.page) return { problem: t('meaning.notFirm', { fields: taught.missing.join(', ') }) };
  const inFrame = doc.defaultView !== null && doc.defaultView !== doc.defaultView.top;
  const frame = inFrame ? framePathOf(doc, found.values) : undefined;
  if (inFrame && !frame) return { problem: t('meaning.notFirm', { fields: 'frame' }) };
  const page = frame ? { ...taught.page, frame } : taught.page;
  const preview = previewPageProfile(href, doc, pageType, page);
  const finds = pageType === 'studentRecord' ? preview.student?.id === found.values[1] : preview.rowCount >= 3;
  if (preview.status !== 'recognised' || !finds)
    return { problem: t('meaning.notFirm', { fields: taught.missing.join(', ') || 'id' }) };
  if (preview.idProblem) return { problem: t(`teach.idProblem.${preview.idProblem}`) };
  const host = doc.location?.hostname ?? '';
  const address = `${doc.location?.pathname ?? ''}${doc.location?.search ?? ''}${doc.location?.hash ?? ''}`;
  const conflict = routeConflict({ route: page.route, pageType, profiles, host, address });
  if (conflict) return { problem: taughtProblemText({ code: 'route', conflict }) };
  const profile = profileForConfirmation(href, profiles, pageType);
  const patch = hostProfilePatch(profile.id, pageType, page, profile.hosts ? { hosts: profile.hosts } : {});
  const values = [...found.values, ...previewValues(preview)];
  const problem = taughtPageProblem(patch, pageType, { values, profiles, address });
  return problem ? { problem: taughtProblemText(problem) } : { patch, values };
}
