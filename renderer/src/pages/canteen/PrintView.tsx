import { format, parseISO } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import { useState } from 'react';
import type { NoticeSitting, UnitNotice } from '../../../../shared/canteen/notice.js';
import { MEALS } from '../../../../shared/canteen/schema.js';
import { useQuery } from '../../api/useQuery.js';
import { canteenText, noticeText } from '../../i18n/canteen.js';
import { useLang, useText } from '../../i18n/lang.js';
import { LANG_NAMES } from '../../i18n/shell.js';
import { LANGS, type Lang } from '../../i18n/text.js';
import { Link, navigate } from '../../router.js';
import { Button } from '../../ui/Button.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Select } from '../../ui/Field.js';
import { Loading } from '../../ui/Progress.js';

type NoticeWords = (typeof noticeText)['en'];

const DATE_PATTERN: Record<Lang, string> = { zh: 'yyyy年M月d日', en: 'd MMMM yyyy' };
const LOCALE = { zh: zhCN, en: enUS } as const;

interface PrintViewProps {
  planId: string;
  kind: 'unit' | 'region';
  id: string;
}

/**
 * A printable notice for one unit, or one sheet for a region with all its units, in Chinese or English whatever the
 * screen's language; the controls and the app's frame are left out of the print (canteen.css).
 */
export function PrintView({ planId, kind, id }: PrintViewProps) {
  const t = useText(canteenText);
  const { lang } = useLang();
  const [printLang, setPrintLang] = useState<Lang>(lang);
  const notices = useQuery('canteen.notices', kind === 'unit' ? { planId, unitId: id } : { planId, regionId: id });
  const words: NoticeWords = noticeText[printLang];
  const date = (d: string) => format(parseISO(d), DATE_PATTERN[printLang], { locale: LOCALE[printLang] });
  const data = notices.data;

  return (
    <div className="cp-print" data-testid="canteen-print">
      <div className="cp-print-tools no-print">
        <Link to="/canteen">{t.printBack}</Link>
        <Field label={t.printLanguage}>
          <Select value={printLang} onChange={(e) => setPrintLang(e.target.value as Lang)} data-testid="print-lang">
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </Select>
        </Field>
        {kind === 'region' && data ? (
          <Field label={t.regionCol}>
            <Select value={id} onChange={(e) => navigate(`/canteen/print/${encodeURIComponent(planId)}/region/${encodeURIComponent(e.target.value)}`)} data-testid="print-region">
              {data.regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Button variant="primary" icon="reports" onClick={() => window.print()} data-testid="print-button">
          {t.print}
        </Button>
      </div>
      <ErrorBanner error={notices.error} onRetry={notices.reload} />
      {data ? (
        <article className="cp-paper" lang={printLang === 'zh' ? 'zh-CN' : 'en'} data-testid="notice-paper">
          {data.plan.status === 'draft' ? <p className="cp-draft-mark">{words.draftMark}</p> : null}
          {kind === 'unit' ? (
            data.notices[0] ? (
              <UnitNoticePage notice={data.notices[0]} words={words} period={words.period(date(data.plan.from), date(data.plan.to))} />
            ) : null
          ) : (
            <RegionSheet
              title={words.sheetHeading(data.regions.find((r) => r.id === id)?.name ?? id)}
              notices={data.sheets[0]?.notices ?? []}
              words={words}
              period={words.period(date(data.plan.from), date(data.plan.to))}
            />
          )}
          <footer className="cp-paper-footer">{words.planLine(data.plan.version)}</footer>
        </article>
      ) : notices.loading ? (
        <Loading />
      ) : null}
    </div>
  );
}

function UnitNoticePage({ notice, words, period }: { notice: UnitNotice; words: NoticeWords; period: string }) {
  return (
    <>
      <p className="cp-paper-kicker">{words.heading}</p>
      <h1 className="cp-paper-title">{words.unitHeading(notice.unitName)}</h1>
      <p className="cp-paper-period">{period}</p>
      <table className="cp-paper-table">
        <thead>
          <tr>
            <th scope="col">{words.meal}</th>
            <th scope="col">{words.time}</th>
            <th scope="col">{words.canteen}</th>
            <th scope="col">{words.zone}</th>
          </tr>
        </thead>
        <tbody>
          {notice.sittings.map((s) => (
            <tr key={s.meal}>
              <th scope="row">{words[`mealTitle_${s.meal}`]}</th>
              <td className="cp-paper-time">
                {s.start}–{s.end}
              </td>
              <td>{s.canteenName}</td>
              <td className="cp-paper-zone">{s.zoneName}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="cp-paper-sentences">
        {notice.sittings.map((s) => (
          <li key={s.meal}>{words.sentence(notice.unitName, words[`meal_${s.meal}`], s.start, s.end, s.canteenName, s.zoneName)}</li>
        ))}
      </ul>
      <p className="cp-paper-rules">{words.rules}</p>
    </>
  );
}

function RegionSheet({ title, notices, words, period }: { title: string; notices: readonly UnitNotice[]; words: NoticeWords; period: string }) {
  const cell = (s: NoticeSitting | undefined) => (s ? `${s.start}–${s.end} · ${s.canteenName} · ${s.zoneName}` : '—');
  return (
    <>
      <p className="cp-paper-kicker">{words.heading}</p>
      <h1 className="cp-paper-title">{title}</h1>
      <p className="cp-paper-period">{period}</p>
      <table className="cp-paper-table cp-paper-sheet">
        <thead>
          <tr>
            <th scope="col">{words.unit}</th>
            {MEALS.map((m) => (
              <th scope="col" key={m}>
                {words[`mealTitle_${m}`]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {notices.map((n) => (
            <tr key={n.unitId}>
              <th scope="row">{n.unitName}</th>
              {MEALS.map((m) => (
                <td key={m}>{cell(n.sittings.find((s) => s.meal === m))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="cp-paper-rules">{words.rules}</p>
    </>
  );
}
