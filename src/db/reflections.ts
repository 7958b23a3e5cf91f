/** Reflections: linked to a training entry or free-standing (supervision, case discussion). */
import { db } from './db';
import { deleteRecords, putRecord, restoreRecords } from './records';
import type { Reflection } from '../domain/types';
import { openMany, openOne } from './seal';

export type ReflectionInput = Omit<Reflection, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

export function saveReflection(input: ReflectionInput): Promise<Reflection> {
  return putRecord<Reflection>('reflections', input);
}

export async function getReflection(id: string): Promise<Reflection | undefined> {
  return openOne('reflections', await db.reflections.get(id));
}

export async function reflectionsOf(trainingId: string): Promise<Reflection[]> {
  return openMany('reflections', await db.reflections.where('trainingId').equals(trainingId).reverse().sortBy('date'));
}

/** Deletes a reflection; returns it for Undo. */
export function deleteReflection(id: string): Promise<Reflection[]> {
  return deleteRecords<Reflection>('reflections', [id]);
}

export function restoreReflections(rs: Reflection[]): Promise<void> {
  return restoreRecords<Reflection>('reflections', rs);
}

/** Every reflection (they are small text records). */
export async function allReflections(): Promise<Reflection[]> {
  return openMany('reflections', await db.reflections.toArray());
}
