/**
 * The record: training entries, plans, reflections and certificates.
 * Routes: #/record (training), #/record/plans, #/record/reflections, #/record/certificates,
 * #/record/training/new | <id> | <id>/edit, #/record/training/from-certificate[?certificate=<id>]
 * (then #/record/training/new?certificate=<id>, the form pre-filled from it), #/record/plan/new | <id>,
 * #/record/reflection/new[?training=<id>][&form=nmc-account|reflective-discussion|confirmation|feedback|swe-cpd] | <id>.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useRoute } from '../router';
import { focusPendingHeading } from '../focus';
import { useProfileStore } from '../../state/profile';
import { getTraining } from '../../state/trainings';
import { getPlan } from '../../state/plans';
import { getReflection } from '../../state/reflections';
import { useFramework } from '../../state/framework';
import type { Framework } from '../../frameworks/types';
import { ToastBar } from '../record/Toast';
import { TrainingList } from '../record/TrainingList';
import { TrainingForm } from '../record/TrainingForm';
import { TrainingDetail } from '../record/TrainingDetail';
import { PlanList } from '../record/PlanList';
import { PlanForm } from '../record/PlanForm';
import { ReflectionList } from '../record/ReflectionList';
import { ReflectionForm } from '../record/ReflectionForm';
import { CertificateList } from '../record/CertificateList';
import { presetFromQuery, valuesFromCertificate } from '../record/training-values';
import { formTitle, recordFormOf } from '../record/reflection-values';
import { LogFromCertificate } from '../record/LogFromCertificate';
import { useCertificateReading } from '../../state/certificate-reading';
import { useRecordUi } from '../../state/record';
import { EMPTY_FILTER } from '../../domain/record-filter';
import '../record/record.css';

const TABS = [
  { key: '', label: 'Training', href: '#/record' },
  { key: 'plans', label: 'Plans', href: '#/record/plans' },
  { key: 'reflections', label: 'Reflections', href: '#/record/reflections' },
  { key: 'certificates', label: 'Certificates', href: '#/record/certificates' },
];

/** Loads one record once (not live: an open form must not be reset by its own save). */
function useOnce<T>(load: (id: string) => Promise<T | undefined>, id: string | undefined): T | null | undefined {
  const [value, setValue] = useState<T | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    setValue(undefined);
    if (!id) return;
    load(id)
      .then((v) => live && setValue(v ?? null))
      .catch(() => live && setValue(null));
    return () => {
      live = false;
    };
  }, [load, id]);
  return value;
}

function Page({ title, back, children }: { title: string; back?: { href: string; label: string }; children: ComponentChildren }) {
  return (
    <section class="rec" aria-labelledby="screen-title">
      {back && (
        <p class="rec-back">
          <a href={back.href}>‹ {back.label}</a>
        </p>
      )}
      <h1 id="screen-title" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}

function NotFound({ what }: { what: string }) {
  return (
    <Page title={`${what} not found`} back={{ href: '#/record', label: 'Your record' }}>
      <p>It is not in your record (it may have been deleted).</p>
    </Page>
  );
}

const Loading = () => <p role="status">Loading…</p>;

function Tabs({ active }: { active: string }) {
  return (
    <nav class="rec-tabs" aria-label="Record sections">
      <ul>
        {TABS.map((t) => (
          <li key={t.key}>
            <a href={t.href} aria-current={active === t.key ? 'page' : undefined}>
              {t.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Overview({ tab, framework, filterParam }: { tab: string; framework: Framework | null; filterParam: string | null }) {
  const setFilter = useRecordUi((s) => s.setFilter);
  // '#/record?filter=impact-due' or '?filter=no-certificate' (links from the suggestions).
  useEffect(() => {
    if (filterParam === 'impact-due') setFilter({ ...EMPTY_FILTER, impactDue: true });
    if (filterParam === 'no-certificate') setFilter({ ...EMPTY_FILTER, certificate: 'without' });
  }, [filterParam, setFilter]);
  return (
    <section class="rec" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        Your record
      </h1>
      <div class="rec-actions rec-top-actions">
        <a class="button" href="#/record/training/new">
          Log training
        </a>
        <a class="button secondary" href="#/record/training/from-certificate">
          Log from a certificate
        </a>
        <a class="button secondary" href="#/record/plan/new">
          Plan a course
        </a>
        <a class="button secondary" href="#/record/reflection/new">
          Write a reflection
        </a>
      </div>
      <Tabs active={tab} />
      {tab === 'plans' ? (
        <PlanList framework={framework} />
      ) : tab === 'reflections' ? (
        <ReflectionList />
      ) : tab === 'certificates' ? (
        <CertificateList />
      ) : (
        <TrainingList />
      )}
    </section>
  );
}

export function RecordScreen() {
  const { parts, query } = useRoute();
  const frameworkId = useProfileStore((s) => s.profile?.frameworkId ?? '');
  // The user's framework; null when there is none or it cannot be loaded: the record screens
  // then work without a course list.
  const loaded = useFramework(frameworkId);
  const framework = loaded.framework;
  const loading = loaded.status === 'loading';
  const [, kind = '', id, action] = parts;
  const isNew = id === 'new';
  const training = useOnce(getTraining, kind === 'training' && action === 'edit' ? id : undefined);
  const plan = useOnce(getPlan, kind === 'plan' && !isNew ? id : undefined);
  const reflection = useOnce(getReflection, kind === 'reflection' && !isNew ? id : undefined);
  // Sub-screens render their heading after loading; take the focus the router asked for then.
  useEffect(() => focusPendingHeading());
  // A new entry or plan for a given course or pathway step (the suggestions link here).
  const presetValues = isNew && (kind === 'training' || kind === 'plan') ? presetFromQuery(query, framework) : null;
  // A new entry read from a certificate: the fields wait in the store (after a reload, the
  // form's draft, kept under the same key, has them).
  const reading = useCertificateReading((s) => s.reading);
  const fromCertificate = isNew && kind === 'training' ? query.get('certificate') : null;
  const certificatePreset = fromCertificate
    ? {
        values:
          reading?.certificateId === fromCertificate
            ? valuesFromCertificate(fromCertificate, reading.fields, framework, frameworkId)
            : { fromCertificate, unconfirmed: [] },
        key: `certificate=${fromCertificate}`,
      }
    : null;
  const preset = certificatePreset ?? (presetValues ? { values: presetValues, key: query.toString() } : null);

  let content: preact.JSX.Element;
  if (kind === 'training' && id === 'from-certificate') {
    content = (
      <Page title="Log from a certificate" back={{ href: '#/record', label: 'Your record' }}>
        <LogFromCertificate key={query.get('certificate') ?? ''} certificateId={query.get('certificate')} />
      </Page>
    );
  } else if (kind === 'training' && id) {
    if (loading) content = <Loading />;
    else if (isNew)
      content = (
        <Page title="Log training" back={{ href: '#/record', label: 'Your record' }}>
          {fromCertificate && reading?.certificateId === fromCertificate && reading.problem && (
            <p class="rec-notice" role="status">
              {reading.problem} Fill in the entry below; the certificate will be attached to it.
            </p>
          )}
          <TrainingForm key={preset?.key ?? ''} framework={framework} frameworkId={frameworkId} preset={preset} />
        </Page>
      );
    else if (action === 'edit')
      content =
        training === undefined ? (
          <Loading />
        ) : training === null ? (
          <NotFound what="Entry" />
        ) : (
          <Page title="Edit training" back={{ href: `#/record/training/${id}`, label: training.title }}>
            <TrainingForm framework={framework} frameworkId={frameworkId} existing={training} />
          </Page>
        );
    else content = <TrainingDetail id={id} framework={framework} focus={query.get('focus')} />;
  } else if (kind === 'plan' && id) {
    content =
      loading || (!isNew && plan === undefined) ? (
        <Loading />
      ) : !isNew && !plan ? (
        <NotFound what="Plan" />
      ) : (
        <Page title={isNew ? 'Plan a course' : 'Edit plan'} back={{ href: '#/record/plans', label: 'Plans' }}>
          <PlanForm
            key={preset?.key ?? plan?.id ?? ''}
            framework={framework}
            frameworkId={frameworkId}
            existing={plan ?? undefined}
            preset={preset}
          />
        </Page>
      );
  } else if (kind === 'reflection' && id) {
    content =
      !isNew && reflection === undefined ? (
        <Loading />
      ) : !isNew && !reflection ? (
        <NotFound what="Reflection" />
      ) : (
        <Page
          title={isNew ? formTitle(recordFormOf(query.get('form'))) : 'Edit reflection'}
          back={{ href: '#/record/reflections', label: 'Reflections' }}
        >
          <ReflectionForm
            existing={reflection ?? undefined}
            trainingId={isNew ? (query.get('training') ?? '') : undefined}
            form={isNew ? recordFormOf(query.get('form')) : undefined}
          />
        </Page>
      );
  } else {
    content = <Overview tab={TABS.some((t) => t.key === kind) ? kind : ''} framework={framework} filterParam={query.get('filter')} />;
  }
  return (
    <>
      {content}
      <ToastBar />
    </>
  );
}
