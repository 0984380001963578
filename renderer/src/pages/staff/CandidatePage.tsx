import type { Certificate, TravelStay } from '../../../../shared/rotation/schema.js';
import { CONTACT_KINDS, NAT_RESULTS, type ContactKind, type NatResult } from '../../../../shared/rotation/schema.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useQuery } from '../../api/useQuery.js';
import { useText } from '../../i18n/lang.js';
import { rotationText } from '../../i18n/rotation.js';
import { Link } from '../../router.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { fromDateTimeInput, toDateTimeInput } from '../../ui/dateTimeInput.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { Table, type Column } from '../../ui/Table.js';
import { useRotationAccess } from './access.js';
import { CheckView, useRotationFormat } from './format.js';
import { RotationItem } from './RotationItem.js';

/** A candidate's record and the R2 check with every reason, for the planned handover or any time asked. */
export function CandidatePage({ id, onChange }: { id: string; onChange: () => void }) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const { canMaintain } = useRotationAccess();
  const [entryAt, setEntryAt] = useState('');
  const [asked, setAsked] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const detail = useQuery('rotation.candidates.get', asked ? { id, entryAt: asked } : { id });
  const d = detail.data;
  const editable = canMaintain && d !== undefined && d.candidate.stage !== 'entered';
  const changed = (message?: string) => {
    if (message) setNotice(message);
    detail.reload();
    onChange();
  };

  if (!d) {
    return (
      <div className="stack">
        <ErrorBanner error={detail.error} onRetry={detail.reload} />
        {detail.loading ? <Loading /> : null}
      </div>
    );
  }
  const c = d.candidate;

  const certColumns: Column<Certificate>[] = [
    { key: 'at', header: t.sampledAt, nowrap: true, cell: (x) => f.at(x.sampledAt) },
    { key: 'result', header: t.result, cell: (x) => <span className={x.result === 'positive' ? 'rot-text-danger' : undefined}>{t[`result_${x.result}`]}</span> },
    { key: 'inst', header: t.institution, cell: (x) => x.institution },
    { key: 'no', header: t.certificateNo, nowrap: true, cell: (x) => <span className="mono">{x.certificateNo}</span> },
  ];
  const stayColumns: Column<TravelStay>[] = [
    { key: 'place', header: t.place, cell: (s) => s.place },
    { key: 'from', header: t.from, nowrap: true, cell: (s) => f.day(s.from) },
    { key: 'to', header: t.to, nowrap: true, cell: (s) => (s.to ? f.day(s.to) : t.stillThere) },
  ];

  return (
    <div className="stack" data-testid="candidate-page">
      <p>
        <Link to="/staff/candidates">← {t.backToCandidates}</Link>
      </p>
      {notice ? (
        <Notice tone="success" onDismiss={() => setNotice(null)} data-testid="candidate-notice">
          {notice}
        </Notice>
      ) : null}
      <ErrorBanner error={detail.error} onRetry={detail.reload} />
      <Card title={c.name} data-testid="candidate-facts">
        <dl className="facts">
          <dt>{t.roleLabel}</dt>
          <dd>{c.roleName ?? c.roleId}</dd>
          <dt>{t.stage}</dt>
          <dd>{t[`stage_${c.stage}`]}</dd>
          <dt>{t.idNumber}</dt>
          <dd className="mono">{c.idNumber}</dd>
          <dt>{t.phone}</dt>
          <dd>{c.phone}</dd>
          <dt>{t.attachments}</dt>
          <dd>{c.attachments.length > 0 ? c.attachments.join(', ') : t.noAttachments}</dd>
        </dl>
        {c.stage === 'entered' ? <Notice>{t.candidateEntered}</Notice> : null}
      </Card>

      <Card title={t.checkTitle} data-testid="candidate-check">
        <CheckView check={d.check} caption={t.checkForHandover(f.at(d.check.entryAt))} data-testid="candidate-check-result" />
        <form
          className="rot-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            setAsked(entryAt ? fromDateTimeInput(entryAt) : undefined);
          }}
        >
          <Field label={t.checkAt}>
            <Input type="datetime-local" value={entryAt || toDateTimeInput(d.check.entryAt)} onChange={(e) => setEntryAt(e.target.value)} data-testid="check-at" />
          </Field>
          <Button type="submit" busy={detail.loading} data-testid="check-submit">
            {t.recheck}
          </Button>
        </form>
        <p className="muted rot-small">{t.checkAtHint}</p>
      </Card>

      <Card title={t.certificatesTitle} data-testid="candidate-certificates">
        <Table columns={certColumns} rows={d.certificates} rowKey={(x) => x.id} caption={t.certificatesTitle} empty={t.noCertificates} />
        {editable ? <CertificateForm subjectId={c.id} onAdded={() => changed(t.certificateAdded)} /> : null}
      </Card>

      <Card title={t.staysTitle} data-testid="candidate-stays">
        <Table columns={stayColumns} rows={d.stays} rowKey={(s) => s.id} caption={t.staysTitle} empty={t.noStays} />
        {editable ? <StayForm subjectId={c.id} onAdded={() => changed(t.stayAdded)} /> : null}
      </Card>

      <Card title={t.contactsTitle} data-testid="candidate-contacts">
        {c.contacts.length === 0 ? (
          <p className="muted">{t.noContacts}</p>
        ) : (
          <ul className="rot-list">
            {c.contacts.map((x) => (
              <li key={`${x.kind}-${x.on}`}>
                {t[`contact_${x.kind}`]} · {f.day(x.on)}
              </li>
            ))}
          </ul>
        )}
        {editable ? <ContactForm candidateId={c.id} onAdded={() => changed(t.contactAdded)} /> : null}
      </Card>

      <Card title={t.rotationsTitle}>
        {d.rotations.length === 0 ? <p className="muted">{t.noRotations}</p> : null}
        <div className="rot-inbox">
          {d.rotations.map((r) => (
            <RotationItem key={r.id} rotation={r} onChanged={changed} />
          ))}
        </div>
      </Card>
    </div>
  );
}

function CertificateForm({ subjectId, onAdded }: { subjectId: string; onAdded: () => void }) {
  const t = useText(rotationText);
  const [values, setValues] = useState({ sampledAt: toDateTimeInput(), result: 'negative' as NatResult, institution: '', certificateNo: '' });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  return (
    <Form
      className="rot-add-form"
      aria-label={t.addCertificate}
      onSubmit={async () => {
        await api.call('rotation.certificates.add', { subjectId, ...values, sampledAt: fromDateTimeInput(values.sampledAt) });
        setValues((v) => ({ ...v, certificateNo: '' }));
        onAdded();
      }}
    >
      <div className="form-grid">
        <Field label={t.sampledAt} name="sampledAt">
          <Input type="datetime-local" value={values.sampledAt} onChange={set('sampledAt')} data-testid="cert-sampled-at" />
        </Field>
        <Field label={t.result} name="result">
          <Select value={values.result} onChange={set('result')} data-testid="cert-result">
            {NAT_RESULTS.map((r) => (
              <option key={r} value={r}>
                {t[`result_${r}`]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.institution} name="institution">
          <Input value={values.institution} onChange={set('institution')} data-testid="cert-institution" />
        </Field>
        <Field label={t.certificateNo} name="certificateNo">
          <Input value={values.certificateNo} onChange={set('certificateNo')} spellCheck={false} data-testid="cert-no" />
        </Field>
      </div>
      <div className="form-actions">
        <SubmitButton variant="secondary" icon="plus" data-testid="cert-submit">
          {t.addCertificate}
        </SubmitButton>
      </div>
    </Form>
  );
}

function StayForm({ subjectId, onAdded }: { subjectId: string; onAdded: () => void }) {
  const t = useText(rotationText);
  const areas = useQuery('rotation.riskAreas.list', {});
  const [values, setValues] = useState({ place: '', riskAreaName: '', from: '', to: '' });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const names = [...new Set((areas.data ?? []).map((a) => a.name))];
  return (
    <Form
      className="rot-add-form"
      aria-label={t.addStay}
      onSubmit={async () => {
        await api.call('rotation.candidates.addStay', {
          subjectId,
          place: values.place || values.riskAreaName,
          from: values.from,
          ...(values.riskAreaName ? { riskAreaName: values.riskAreaName } : {}),
          ...(values.to ? { to: values.to } : {}),
        });
        setValues({ place: '', riskAreaName: '', from: '', to: '' });
        onAdded();
      }}
    >
      <div className="form-grid">
        <Field label={t.place} name="place">
          <Input value={values.place} onChange={set('place')} data-testid="stay-place" />
        </Field>
        <Field label={t.riskAreaLink} name="riskAreaName">
          <Select value={values.riskAreaName} onChange={set('riskAreaName')}>
            <option value="">{t.riskAreaLinkNone}</option>
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.from} name="from">
          <Input type="date" value={values.from} onChange={set('from')} data-testid="stay-from" />
        </Field>
        <Field label={t.to} name="to" hint={t.toHint}>
          <Input type="date" value={values.to} onChange={set('to')} data-testid="stay-to" />
        </Field>
      </div>
      <div className="form-actions">
        <SubmitButton variant="secondary" icon="plus" data-testid="stay-submit">
          {t.addStay}
        </SubmitButton>
      </div>
    </Form>
  );
}

function ContactForm({ candidateId, onAdded }: { candidateId: string; onAdded: () => void }) {
  const t = useText(rotationText);
  const [kind, setKind] = useState<ContactKind>('closeContact');
  const [on, setOn] = useState('');
  return (
    <Form
      className="rot-add-form"
      aria-label={t.addContact}
      onSubmit={async () => {
        await api.call('rotation.candidates.addContact', { candidateId, kind, on });
        setOn('');
        onAdded();
      }}
    >
      <div className="form-grid">
        <Field label={t.contactKind} name="kind">
          <Select value={kind} onChange={(e) => setKind(e.target.value as ContactKind)}>
            {CONTACT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t[`contact_${k}`]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.contactOn} name="on">
          <Input type="date" value={on} onChange={(e) => setOn(e.target.value)} data-testid="contact-on" />
        </Field>
      </div>
      <div className="form-actions">
        <SubmitButton variant="secondary" icon="plus" data-testid="contact-submit">
          {t.addContact}
        </SubmitButton>
      </div>
    </Form>
  );
}
