/** Reflections: linked to a training entry or free-standing (supervision, case discussion). */
import { db } from './db';
import { deleteRecords, putRecord, restoreRecords } from './records';
import type { Reflection } from '../domain/types';

export type ReflectionInput = Omit<Reflection, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

export function saveReflection(input: ReflectionInput): Promise<Reflection> {
  return putRecord<Reflection>('reflections', input);
}

export function getReflection(id: string): Promise<Reflection | undefined> {
  return db.reflections.get(id);
}

export function reflectionsOf(trainingId: string): Promise<Reflection[]> {
  return db.reflections.where('trainingId').equals(trainingId).reverse().sortBy('date');
}

/** Deletes a reflection; returns it for Undo. */
export function deleteReflection(id: string): Promise<Reflection[]> {
  return deleteRecords<Reflection>('reflections', [id]);
}

export function restoreReflections(rs: Reflection[]): Promise<void> {
  return restoreRecords<Reflection>('reflections', rs);
}

/** Every reflection (they are small text records). */
export function allReflections(): Promise<Reflection[]> {
  return db.reflections.toArray();
}
