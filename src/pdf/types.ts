/**
 * The portfolio's types, in a module of their own: the document model (sections of blocks) that
 * the presets build and the renderer lays out, the input it is built from, and the renderer's
 * assets and result. Types only: every PDF module imports them from here, so no module needs
 * another's code for its types (no import cycle).
 */
import type { ItemStatus, LadderStatus } from '../domain/pathway';
import type { SuggestionKind } from '../domain/suggestion-types';
import type { Certificate, ISODate, Profile, Reflection, RecordSnapshot, Training } from '../domain/types';
import type { Framework } from '../frameworks/types';

export type BasePreset = 'supervision' | 'appraisal' | 'full';
/** A professional scheme's own layout, "scheme:nmc": one for each scheme in profile.schemes. */
export type SchemePreset = `scheme:${string}`;
export type PortfolioPreset = BasePreset | SchemePreset;

/** Inclusive dates; null start or end means open (the full record). */
export interface PortfolioPeriod {
  start: ISODate | null;
  end: ISODate | null;
}

export interface PortfolioOptions {
  reflections: boolean;
  /** Reflections in full rather than as summaries (supervision and full record are always full). */
  reflectionsFullText: boolean;
  certificates: boolean;
  /** Training notes and plan notes. */
  notes: boolean;
  /** Supervision: the points to discuss as the user kept them (absent: the suggested points). */
  agenda?: AgendaItem[];
  /** Supervision: the record checklist (certificates to attach, steps to confirm, scheme
   * settings), for the user's own use; off by default. */
  recordChecklist?: boolean;
}

/** A point on the supervision agenda; `id` says where a suggested point came from
 * ("reflection:<id>", "impact:<id>"...) or "own:<n>" for one the user added. */
export interface AgendaItem {
  id: string;
  text: string;
}

/** What the suggestion engine says to do next, as the portfolio shows it. */
export interface PortfolioSuggestion {
  title: string;
  reason: string;
  /** Where the rule comes from, in words ("Solihull strategy, section 4"). */
  cite?: string;
  /** How urgent (the engine's kind). */
  kind?: SuggestionKind;
  /** The app's own housekeeping (attach a certificate, confirm a step, a scheme setting): for
   * the record checklist, never a point to discuss. */
  housekeeping?: boolean;
  /** Attach a certificate (the checklist lists the entries without one itself). */
  certificate?: boolean;
}

export interface PathwayProgressInput {
  title: string;
  done: number;
  total: number;
  deadline: ISODate | null;
  status?: string;
  items?: Array<{ title: string; status: ItemStatus; date?: ISODate | null }>;
}

/** A framework level and where the record stands (from the engine's level ladder). */
export interface LevelInput {
  title: string;
  /** One of the levels the user's group trains at. */
  target: boolean;
  /** Where the record stands (the progress model's ladder; shown in LEVEL_STATUS_WORDS). */
  status: LadderStatus;
  lastDone: ISODate | null;
  /** When a refresh falls due, where a refresh rule covers the level. */
  due: ISODate | null;
}

export interface PortfolioInput {
  profile: Profile;
  record: RecordSnapshot;
  framework: Framework | null;
  suggestions: PortfolioSuggestion[];
  pathwayProgress: PathwayProgressInput[];
  levels: LevelInput[];
  today: ISODate;
}

/** Where an exported text comes from, so that the privacy check can link to the entry. */
export interface TextSource {
  kind: 'training' | 'reflection' | 'plan' | 'profile' | 'agenda' | 'signoff';
  id: string;
  label: string;
}

export interface ExportText {
  text: string;
  source: TextSource;
  field: string;
}

export type Block =
  | { kind: 'paragraph'; text: string; style?: 'normal' | 'muted' | 'bold' }
  | { kind: 'keyValues'; rows: Array<[string, string]> }
  | {
      kind: 'table';
      caption?: string;
      columns: Array<{ header: string; width?: number; align?: 'left' | 'right' }>;
      rows: string[][];
      /** Shown instead of an empty table. */
      emptyText: string;
      /** A totals row drawn as the table's foot. */
      foot?: string[];
    }
  | { kind: 'entry'; title: string; meta: string; parts: Array<{ heading: string; text: string }> }
  | { kind: 'writingSpace'; label: string; lines: number }
  /** Items to tick by hand, each with a box and room for the date. */
  | { kind: 'checklist'; items: string[] }
  | { kind: 'signatures'; roles: string[] }
  /** A drawn signature (PNG data URL) with its caption. */
  | { kind: 'signatureImage'; png: string; caption: string };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
  /** Start the section on a new page. */
  newPage?: boolean;
}

export interface CertificateEntry {
  certificateId: string;
  trainingId: string | null;
  /** "Certificate 3: Working Together (27 Nov 2026)". */
  label: string;
  fileName: string;
  mimeType: Certificate['mimeType'];
}

export interface PortfolioCounts {
  trainings: number;
  reflections: number;
  certificates: number;
  impactNotes: number;
  suggestions: number;
  hours: number;
}

export interface PortfolioModel {
  preset: PortfolioPreset;
  title: string;
  /** Document language (PDF metadata). */
  lang: 'en-GB';
  period: PortfolioPeriod;
  periodLabel: string;
  generatedOn: ISODate;
  cover: {
    name: string;
    role: string;
    organisation: string;
    framework: string;
    /** The professional scheme, in a scheme preset. */
    scheme?: string;
    period: string;
    generated: string;
  };
  sections: Section[];
  certificates: CertificateEntry[];
  counts: PortfolioCounts;
  /** Every user-written text that the document will show, for the privacy check. */
  texts: ExportText[];
}

/** What a preset's body returns: its sections and the entries it shows (for counts and certificates). */
export interface PresetBody {
  sections: Section[];
  trainings: Training[];
  reflections: Reflection[];
  impactCount: number;
  /** Supervision: the points to discuss (otherwise the suggestions shown count). */
  points?: number;
}

// The renderer's assets and result (src/pdf/render.ts).

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface CertificateFile {
  bytes: Uint8Array;
  mimeType: string;
}

/** A photo made ready to embed: JPEG (or PNG) bytes no bigger than the page needs. */
export interface PreparedImage {
  bytes: Uint8Array;
  format: 'JPEG' | 'PNG';
  width: number;
  height: number;
}

export interface RenderProgress {
  stage: string;
  /** 0..1 over the whole build. */
  fraction: number;
}

export interface RenderAssets {
  fonts: FontBytes;
  /** Certificate files by certificate id (missing = not on this device). */
  certificates?: Map<string, CertificateFile>;
  /** Downscales and re-encodes a photo (the worker uses OffscreenCanvas); without it JPEG and
   * PNG are embedded as they are and other types are listed as unreadable. */
  prepareImage?: (file: CertificateFile) => Promise<PreparedImage>;
  onProgress?: (p: RenderProgress) => void;
}

export interface RenderResult {
  bytes: Uint8Array;
  pages: number;
  /** Certificates that could not be included, with the reason (also listed in the PDF). */
  unreadable: Array<{ label: string; reason: string }>;
  /** Bytes of the photos as embedded (for the size budget: PDF <= 1.1 x this + 200 KB). */
  imageBytes: number;
}

/** A table block. */
export type TableBlock = Extract<Block, { kind: 'table' }>;

/** What every preset's body is built from. */
export interface PresetContext {
  input: PortfolioInput;
  period: PortfolioPeriod;
  options: PortfolioOptions;
  /** Every exported user text goes here, for the privacy check. */
  texts: ExportText[];
  trainingById: Map<string, Training>;
}
