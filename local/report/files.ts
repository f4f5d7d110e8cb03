// What a season leaves on disk for people to read: top100.csv, report.html, the public page and the PDFs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LocalRuntime } from '../runtime';
import { top100Csv } from './tabs';
import { reportHtml } from './html';

/** Writes top100.csv and report.html beside the workspace's state. */
export function writeOutputs(rt: LocalRuntime, dir: string, title: string): { csv: string; html: string } {
  const csv = path.join(dir, 'top100.csv');
  const html = path.join(dir, 'report.html');
  fs.writeFileSync(csv, top100Csv(rt));
  fs.writeFileSync(html, reportHtml(rt, title));
  return { csv, html };
}

/** Drive files the script made, by their kind tag (appProperties top100) and not trashed, with their content. */
export function outputFiles(
  rt: LocalRuntime,
  kind: string,
): { id: string; name: string; content: Buffer; caseId: string }[] {
  return [...rt.world.drive.values()]
    .filter((f) => f.appProperties.top100 === kind && !f.trashed && f.contentBase64 !== undefined)
    .map((f) => ({
      id: f.id,
      name: f.name,
      content: Buffer.from(f.contentBase64!, 'base64'),
      caseId: f.appProperties.top100Case ?? '',
    }));
}

export interface StageOutputs {
  publicHtml: string;
  certificates: string;
  certificateCount: number;
  catalog: string | null;
  stands: string;
  standCount: number;
}

/** Every stand's poster PDF as `stands/<name>.pdf` (the folder made anew); the folder and how many were written. */
export function writeStands(rt: LocalRuntime, dir: string): { stands: string; standCount: number } {
  const stands = path.join(dir, 'stands');
  fs.rmSync(stands, { recursive: true, force: true });
  const posters = outputFiles(rt, 'stand');
  if (posters.length) fs.mkdirSync(stands, { recursive: true });
  for (const f of posters) fs.writeFileSync(path.join(stands, safeFileName(f.name)), f.content);
  return { stands, standCount: posters.length };
}

/**
 * Stages II and III for a person to look at: the public page exactly as doGet serves it (public.html), every
 * certificate PDF (certificates/), the catalog PDF (catalog.pdf), every stand's poster (stands/).
 */
export function writeStageOutputs(rt: LocalRuntime, dir: string): StageOutputs {
  const publicHtml = path.join(dir, 'public.html');
  const page = rt.web();
  if (page.error) throw new Error(`doGet failed: ${String((page.error as Error).message ?? page.error)}`);
  fs.writeFileSync(publicHtml, page.html);
  const certificates = path.join(dir, 'certificates');
  fs.rmSync(certificates, { recursive: true, force: true });
  fs.mkdirSync(certificates, { recursive: true });
  const certs = outputFiles(rt, 'certificate');
  for (const f of certs) fs.writeFileSync(path.join(certificates, safeFileName(f.name)), f.content);
  const pdf = outputFiles(rt, 'catalog-pdf').find((f) => f.content.length > 0);
  const catalog = pdf ? path.join(dir, 'catalog.pdf') : null;
  if (pdf && catalog) fs.writeFileSync(catalog, pdf.content);
  return { publicHtml, certificates, certificateCount: certs.length, catalog, ...writeStands(rt, dir) };
}

const safeFileName = (name: string): string => name.replace(/[/\\:*?"<>|\p{Cc}]/gu, '_').slice(0, 150);
