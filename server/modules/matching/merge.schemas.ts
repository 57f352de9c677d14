import { z } from 'zod';
import { pageOf } from '../../http/paging';

/** Request and response shapes for duplicate candidates and their merge. */

const counts = z.object({
  qualifications: z.number().int(),
  englishTests: z.number().int(),
  stageMoves: z.number().int(),
  enrolments: z.number().int(),
  waitingList: z.number().int(),
  matches: z.number().int(),
  placements: z.number().int(),
});
export const duplicateSummary = z.object({
  id: z.string(),
  reference: z.string(),
  fullName: z.string(),
  status: z.string(),
  stage: z.string(),
  version: z.number().int(),
  dateOfBirth: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  borough: z.string().nullable(),
  rightToWork: z.string(),
  createdAt: z.string(),
  counts: counts.describe('what each record holds: all of it moves to the survivor on merge'),
});
export const duplicatePairsQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const duplicatePairsPage = pageOf(
  z.object({ a: duplicateSummary, b: duplicateSummary, reasons: z.array(z.string()) }),
);
export const candidateDuplicates = z.object({
  items: z.array(z.object({ candidate: duplicateSummary, reasons: z.array(z.string()) })),
});
export const compareParams = z.object({ id: z.string().min(1).max(100), other: z.string().min(1).max(100) });
export const comparison = z.object({ a: duplicateSummary, b: duplicateSummary, reasons: z.array(z.string()) });
export const mergeBody = z.strictObject({
  merged: z.uuid().describe('the record merged into this one; it is kept as a tombstone pointing here'),
  version: z.number().int().min(1).describe("the survivor's version you read"),
  mergedVersion: z.number().int().min(1).describe("the merged record's version you read"),
});
const ref = z.object({ id: z.string(), reference: z.string() });
export const mergeResult = z.object({
  survivor: ref,
  merged: ref,
  moved: z.record(z.string(), z.number().int()),
  filled: z.array(z.string()),
  conflicts: z.array(
    z.object({ field: z.string(), kept: z.string().nullable(), other: z.string().nullable(), explanation: z.string() }),
  ),
});
