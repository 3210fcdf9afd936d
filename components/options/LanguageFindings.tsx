import { getLanguage, type MessageKey, t } from '../../lib/i18n/translate';
import type { PolicyProblem } from '../../lib/policy';

/**
 * The school's own prompts the guardrails refused or warned about (lob-content.md §5), each with
 * its level, kind, the sentence, the reason and a rewrite pattern, in the page's language (Dutch
 * first). The problems come validated from the stored configuration (lib/config/app-config.ts).
 */
export function LanguageFindings({ problems }: { problems: readonly PolicyProblem[] }) {
  const found = problems.filter((p) => p.level !== undefined);
  if (found.length === 0) return null;
  const lang = getLanguage();
  return (
    <div class="subpart language-findings">
      <h3>{t('diagnostics.languageTitle')}</h3>
      <p class="muted">{t('diagnostics.languageIntro')}</p>
      <ul class="taught-list">
        {found.map((p) => (
          <li key={`${p.key}-${p.rule ?? ''}`}>
            <span>
              <strong>{t(p.level === 'refuse' ? 'diagnostics.level.refuse' : 'diagnostics.level.warn')}</strong>
              {p.kind ? ` · ${t(`diagnostics.kind.${p.kind}` as MessageKey)}` : ''} · <code>{p.key}</code>
              {p.text && <q>{p.text}</q>}
              {p.reason && <span>{p.reason[lang]}</span>}
              {p.rewrite && <span class="muted">{t('diagnostics.rewrite', { rewrite: p.rewrite[lang] })}</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
