/** Each preset's body, by preset: one module per preset. */
import type { BasePreset, PortfolioPreset, PresetBody, PresetContext } from '../types';
import { appraisalBody } from './appraisal';
import { schemeOfPreset } from './catalogue';
import { fullRecordBody } from './full';
import { schemeBody } from './scheme';
import { supervisionBody } from './supervision';

const BODIES: Record<BasePreset, (ctx: PresetContext) => PresetBody> = {
  supervision: supervisionBody,
  appraisal: appraisalBody,
  full: fullRecordBody,
};

/** The sections after "About" of any preset, and the entries it shows. */
export function presetBody(preset: PortfolioPreset, ctx: PresetContext): PresetBody {
  const scheme = schemeOfPreset(preset);
  if (scheme) return schemeBody(scheme, ctx);
  const body = BODIES[preset as BasePreset];
  if (!body) throw new Error(`Unknown portfolio preset: ${preset}`);
  return body(ctx);
}
